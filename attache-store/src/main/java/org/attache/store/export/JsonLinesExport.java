package org.attache.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.attache.formats.EventJsonWriter;
import org.attache.store.EventRecord;

/**
 * Attaché's own event JSON Lines ({@code EventJson}), byte for byte what {@code attache code}
 * wrote for the same events. For a cluster this is its representative event; the cluster's counts
 * and members are in {@code attache events --clusters}.
 *
 * <p>Not thread-safe.
 */
final class JsonLinesExport implements EventExport {

    private final EventJsonWriter writer;

    JsonLinesExport(OutputStream out) {
        this.writer = new EventJsonWriter(out);
    }

    @Override
    public void write(EventRecord record) throws IOException {
        try {
            writer.write(record.event());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public long written() {
        return writer.count();
    }

    @Override
    public long leftOut() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
