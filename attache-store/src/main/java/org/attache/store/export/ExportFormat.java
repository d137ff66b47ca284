package org.attache.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** The export formats of {@code attache export}. */
public enum ExportFormat {
    /** Attaché's own JSON Lines (what {@code attache code} writes). */
    JSONL,
    /** Every stored column, comma-separated with a header. */
    CSV,
    /** The CSV columns as Parquet files partitioned by year and month. */
    PARQUET,
    /** The 61 columns of the GDELT 2.0 event table, tab-separated, no header (as GDELT ships it). */
    GDELT,
    /** The 20 columns of the ICEWS coded event data, tab-separated with a header. */
    ICEWS,
    /** PLOVER JSON records, one per line. */
    PLOVER;

    /** Whether the output is a directory (Parquet's partitions) rather than one file or stream. */
    public boolean writesDirectory() {
        return this == PARQUET;
    }

    /** An export to {@code out} (not closed by the export's close, only flushed); not for Parquet. */
    public EventExport open(OutputStream out) {
        return switch (this) {
            case JSONL -> new JsonLinesExport(out);
            case CSV -> new CsvExport(out);
            case GDELT -> new GdeltExport(out);
            case ICEWS -> new IcewsExport(out);
            case PLOVER -> new PloverExport(out);
            case PARQUET -> throw new IllegalArgumentException("Parquet is written to a directory: use open(Path)");
        };
    }

    /** A Parquet export into directory {@code dir}, one file per year and month partition. */
    public EventExport openDirectory(Path dir) throws IOException {
        if (this != PARQUET) {
            throw new IllegalArgumentException(this + " is written to a stream: use open(OutputStream)");
        }
        return new ParquetExport(dir);
    }
}
