package org.attache.dictionary;

/**
 * Where a dictionary entry was written: the file (resource or path as given) and its 1-based line.
 * Carried into every event's evidence so a user can open the rule that fired.
 */
public record SourceLine(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
