package org.attache.codebook;

import java.util.List;

/**
 * A codebook table could not be read: carries every problem found, each as
 * {@code source:line: problem}, so that a broken file is fixed in one pass rather than one error
 * per run.
 */
public final class CodebookException extends RuntimeException {

    private final List<String> problems;

    public CodebookException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found, each {@code source:line: problem}. */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " problems in codebook:\n  " + String.join("\n  ", problems);
    }
}
