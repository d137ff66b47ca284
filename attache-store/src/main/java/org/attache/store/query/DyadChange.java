package org.attache.store.query;

import java.util.Objects;

/**
 * How the events of one dyad (source acting on target) changed between the two latest periods of
 * a selection.
 *
 * @param sourceName a dictionary name the source code was stored with
 * @param targetName a dictionary name the target code was stored with
 * @param events all the dyad's selected events, in every period
 * @param previous its events in the period before the latest
 * @param latest its events in the latest period
 * @param goldsteinMean the mean Goldstein weight of all its selected events
 */
public record DyadChange(String source, String target, String sourceName, String targetName, long events,
                         long previous, long latest, double goldsteinMean) {

    public DyadChange {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** Latest minus previous: positive when the dyad is heating up. */
    public long change() {
        return latest - previous;
    }
}
