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

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
