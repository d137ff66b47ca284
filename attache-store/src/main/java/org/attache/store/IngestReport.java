package org.attache.store;

import java.util.List;

/**
 * What one {@link EventStore#store} call did.
 *
 * @param added documents stored for the first time
 * @param replaced documents whose earlier version (other text, date or coder) was replaced
 * @param events events stored
 * @param copies documents found to be near-identical copies of a stored document
 * @param rejected documents that could not be stored, each {@code "id: reason"}; the others were
 */
public record IngestReport(int added, int replaced, int events, int copies, List<String> rejected) {

    public IngestReport {
        rejected = List.copyOf(rejected);
    }

    public static final IngestReport NONE = new IngestReport(0, 0, 0, 0, List.of());

    public IngestReport plus(IngestReport other) {
        List<String> all = new java.util.ArrayList<>(rejected);
        all.addAll(other.rejected);
        return new IngestReport(added + other.added, replaced + other.replaced, events + other.events,
                copies + other.copies, all);
    }
}
