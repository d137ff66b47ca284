package org.attache.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.petrarch.PetrarchActorReader.Restriction;

/**
 * Turns date-restricted codes that are tried in order (the first that holds wins, an unrestricted
 * one holds whenever no earlier one does) into codes over disjoint stretches of time, which is what
 * Attaché's actor entries, each with a {@code from} and {@code until} date, can say. Stateless.
 */
final class DateSpans {

    private DateSpans() {
    }

    /** A stretch of time, both ends included; {@link LocalDate#MIN} and {@link LocalDate#MAX} for open ends. */
    private record Span(LocalDate from, LocalDate until) {

        static Span of(Restriction r) {
            return new Span(r.from() == null ? LocalDate.MIN : r.from(), r.until() == null ? LocalDate.MAX : r.until());
        }

        boolean overlaps(Span other) {
            return !from.isAfter(other.until) && !other.from.isAfter(until);
        }

        Restriction as(String code) {
            return new Restriction(code, from.equals(LocalDate.MIN) ? null : from,
                    until.equals(LocalDate.MAX) ? null : until);
        }
    }

    static List<Restriction> firstWins(List<Restriction> written) {
        List<Restriction> ordered = new ArrayList<>(written);
        // an unrestricted code is the default wherever it is written: it holds only where no other does
        ordered.sort(Comparator.comparing(r -> r.from() == null && r.until() == null));
        List<Span> claimed = new ArrayList<>();
        List<Restriction> disjoint = new ArrayList<>();
        for (Restriction r : ordered) {
            Span whole = Span.of(r);
            for (Span piece : minus(whole, claimed)) {
                disjoint.add(piece.as(r.code()));
            }
            claimed.add(whole);
        }
        return disjoint;
    }

    private static List<Span> minus(Span span, List<Span> taken) {
        List<Span> left = new ArrayList<>(List.of(span));
        for (Span t : taken) {
            List<Span> next = new ArrayList<>();
            for (Span p : left) {
                if (!p.overlaps(t)) {
                    next.add(p);
                    continue;
                }
                if (p.from().isBefore(t.from())) {
                    next.add(new Span(p.from(), t.from().minusDays(1)));
                }
                if (p.until().isAfter(t.until())) {
                    next.add(new Span(t.until().plusDays(1), p.until()));
                }
            }
            left = next;
        }
        return left;
    }
}
