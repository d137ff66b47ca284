package org.attache.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the dictionaries' dates and {@code FROM..TO} ranges. */
public final class Dates {

    /** A date range with open ends as {@code null}. */
    public record Range(LocalDate from, LocalDate until) {
    }

    private Dates() {
    }

    /** Parses {@code YYYY-MM-DD}; throws {@link IllegalArgumentException} naming the text otherwise. */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + text.strip(), e);
        }
    }

    /** Parses {@code FROM..TO}, either side empty. */
    public static Range range(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("not a date range (FROM..TO): " + text);
        }
        String from = text.substring(0, dots).strip();
        String to = text.substring(dots + 2).strip();
        Range r = new Range(from.isEmpty() ? null : parse(from), to.isEmpty() ? null : parse(to));
        if (r.from() != null && r.until() != null && r.until().isBefore(r.from())) {
            throw new IllegalArgumentException("range ends before it starts: " + text);
        }
        return r;
    }
}
