package org.attache.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.attache.store.EventStore;

/**
 * The store connections of a server. An {@link EventStore} is not thread-safe, so each request
 * borrows one for the time of its queries: a fixed set of readers, each a
 * {@linkplain EventStore#duplicate() duplicate} of the primary store (for DuckDB, connections to
 * the one database instance of the process; for PostgreSQL, connections of their own), and the
 * primary store itself as the only writer, one write at a time. DuckDB and PostgreSQL both let
 * readers see committed data while a write is under way.
 *
 * <p>Thread-safe. A request that waits longer than {@value #WAIT_SECONDS} s for a reader gets 503.
 */
final class StorePool implements AutoCloseable {

    static final int WAIT_SECONDS = 30;

    private final EventStore primary;
    private final BlockingQueue<EventStore> readers;
    private final List<EventStore> all = new ArrayList<>();

    StorePool(String location, int readers) {
        this.primary = EventStore.open(location);
        this.readers = new ArrayBlockingQueue<>(readers);
        all.add(primary);
        try {
            for (int i = 0; i < readers; i++) {
                EventStore reader = primary.duplicate();
                all.add(reader);
                this.readers.add(reader);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    String description() {
        return primary.description();
    }

    /** Runs {@code work} with a reader of its own. */
    <T> T read(Function<EventStore, T> work) {
        EventStore store;
        try {
            store = readers.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down");
        }
        if (store == null) {
            throw new ApiException(503, "the server is busy: try again");
        }
        try {
            return work.apply(store);
        } finally {
            readers.add(store);
        }
    }

    /** Runs {@code work} with the writer, after any write under way. */
    <T> T write(Function<EventStore, T> work) {
        synchronized (primary) {
            return work.apply(primary);
        }
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
