package org.attache.store.query;

import java.time.LocalDate;

/**
 * The counts of one period of a series: events (or clusters) per quad class and the Goldstein
 * weights summed and averaged over all of them.
 *
 * @param start the first day of the period
 * @param label the period as printed ({@code 2008-08})
 * @param byQuadClass counts of quad classes 1 to 4 at indexes 0 to 3
 */
public record SeriesPoint(LocalDate start, String label, long[] byQuadClass, double goldsteinSum) {

    public SeriesPoint {
        byQuadClass = byQuadClass.clone();
    }

    public long total() {
        long total = 0;
        for (long n : byQuadClass) {
            total += n;
        }
        return total;
    }

    /** The count of quad class {@code quad} (1-4). */
    public long count(int quad) {
        return byQuadClass[quad - 1];
    }

    public double goldsteinMean() {
        long total = total();
        return total == 0 ? 0.0 : goldsteinSum / total;
    }

    @Override
    public long[] byQuadClass() {
        return byQuadClass.clone();
    }
}
