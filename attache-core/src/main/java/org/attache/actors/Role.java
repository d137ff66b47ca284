package org.attache.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office a person holds between two dates (either may be open): while it lasts the person is
 * coded with {@code code}.
 */
public record Role(String code, LocalDate from, LocalDate until, String title) {

    public Role {
        Objects.requireNonNull(code, "code");
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("role " + code + " ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** Days between {@code date} and this office: 0 while it is held. */
    public long daysFrom(LocalDate date) {
        if (from != null && date.isBefore(from)) {
            return java.time.temporal.ChronoUnit.DAYS.between(date, from);
        }
        if (until != null && date.isAfter(until)) {
            return java.time.temporal.ChronoUnit.DAYS.between(until, date);
        }
        return 0;
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
