package org.attache.store.export;

/**
 * The counts every export keeps: records written and records left out. Not thread-safe.
 */
abstract class CountingExport implements EventExport {

    private long written;
    private long leftOut;

    /** Counts one record written. */
    protected final void countWritten() {
        written++;
    }

    /** Counts one record the format cannot represent. */
    protected final void countLeftOut() {
        leftOut++;
    }

    @Override
    public final long written() {
        return written;
    }

    @Override
    public final long leftOut() {
        return leftOut;
    }
}
