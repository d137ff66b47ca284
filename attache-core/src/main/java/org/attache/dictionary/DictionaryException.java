package org.attache.dictionary;

import java.util.List;

/**
 * A dictionary file could not be loaded. The message lists every problem found, one per line, as
 * {@code FILE:LINE: problem}, so an editor can fix them all in one pass.
 */
public final class DictionaryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DictionaryException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
