package org.attache.formats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads article dates: {@code YYYY-MM-DD}, or an ISO timestamp of which only the date counts. */
final class ArticleDates {

    private ArticleDates() {
    }

    /**
     * The date written in {@code text}, or null when it is not a real date. A timestamp keeps the
     * date as written rather than converting it to UTC: that is the date the publisher printed.
     */
    static LocalDate parse(String text) {
        String s = text.strip();
        try {
            if (s.indexOf('T') > 0) {
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(s));
            }
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The message for a date that {@link #parse} refused. */
    static String invalid(String text) {
        return "date " + text.strip() + " is not a valid date (YYYY-MM-DD)";
    }
}
