package org.attache.store.export;

import java.io.IOException;
import org.attache.store.EventRecord;

/**
 * A writer of event records in one export format. {@link #close()} finishes the output (and, for
 * Parquet, writes it). Records of events a format cannot represent — negated or hypothetical
 * events in formats without such a flag, CAMEO comments in PLOVER — are left out and counted.
 *
 * <p>Not thread-safe.
 */
public interface EventExport extends AutoCloseable {

    void write(EventRecord record) throws IOException;

    /** Records written. */
    long written();

    /** Records left out because the format cannot represent them. */
    long leftOut();

    @Override
    void close() throws IOException;
}
