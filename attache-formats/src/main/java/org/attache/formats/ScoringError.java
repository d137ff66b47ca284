package org.attache.formats;

import java.util.Locale;
import java.util.Objects;

/**
 * A gold event no prediction matched ({@link Kind#MISS}) or a counted prediction no gold event
 * matched ({@link Kind#EXTRA}), with the text of its gold item. Immutable.
 *
 * @param source the gold actor prefix (MISS) or predicted actor code (EXTRA), or null
 * @param target likewise
 * @param code the gold code expression (MISS) or the predicted code (EXTRA)
 */
public record ScoringError(Kind kind, String docId, String source, String target, String code, String text) {

    /** Which side of the match is missing. */
    public enum Kind {
        MISS, EXTRA
    }

    public ScoringError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /** The line {@code score.py --errors} prints for this error (Python writes a missing actor as {@code None}). */
    public String line() {
        return String.format(Locale.ROOT, "%-5s", kind.name()) + " " + docId + ": " + python(source)
                + " -> " + python(target) + " " + code + "   | " + text;
    }

    private static String python(String actor) {
        return actor == null ? "None" : actor;
    }
}
