package org.attache.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * The dyads of a selection ordered by how much their events changed between its two latest periods.
 * The latest period is the one holding the selection's last event; the previous one is the period
 * just before it, whether or not it holds events.
 *
 * @param by the periods compared
 * @param previous the first day of the previous period, or null when nothing was selected
 * @param latest the first day of the latest period, or null when nothing was selected
 * @param dyads largest change first (a rise or a fall), then more events first
 */
public record DyadChanges(Period by, LocalDate previous, LocalDate latest, List<DyadChange> dyads) {

    public DyadChanges {
        dyads = List.copyOf(dyads);
    }
}
