package org.attache.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.attache.store.EventRecord;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Parquet files partitioned by year and month ({@code DIR/year=2022/month=2/data_0.parquet}), with
 * the {@link Columns} as typed columns. Records are appended to an in-memory DuckDB table and
 * written by DuckDB's {@code COPY ... (FORMAT PARQUET, PARTITION_BY (year, month))} on close, which
 * works whatever store the records came from and keeps the heavy Parquet/Hadoop libraries out.
 * Memory grows with the export (DuckDB spills to disk past its limit).
 *
 * <p>Not thread-safe.
 */
final class ParquetExport extends CountingExport {

    private final Path dir;
    private final Connection connection;
    private final DuckDBAppender appender;
    private boolean closed;

    ParquetExport(Path dir) throws IOException {
        this.dir = dir;
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            throw new IOException(dir + " exists and is not an empty directory");
        }
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            String columns = Columns.ALL.stream().map(c -> c.name() + " " + c.type())
                    .collect(Collectors.joining(", "));
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE export (" + columns + ", year INTEGER, month INTEGER)");
            }
            appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                    "export");
        } catch (SQLException e) {
            throw new IOException("cannot prepare the Parquet export: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    @Override
    public void write(EventRecord record) throws IOException {
        try {
            appender.beginRow();
            for (Columns.Column c : Columns.ALL) {
                append(c.type(), c.value().apply(record));
            }
            appender.append(record.event().date().getYear());
            appender.append(record.event().date().getMonthValue());
            appender.endRow();
        } catch (SQLException e) {
            throw new IOException("cannot add event " + record.event().eventId() + ": " + e.getMessage(), e);
        }
        countWritten();
    }

    private void append(String type, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
            return;
        }
        switch (type) {
            case "INTEGER" -> appender.append(Integer.parseInt(value));
            case "DOUBLE" -> appender.append(Double.parseDouble(value));
            case "BOOLEAN" -> appender.append(Boolean.parseBoolean(value));
            case "DATE" -> appender.append(java.time.LocalDate.parse(value));
            default -> appender.append(value);
        }
    }

    /** Writes the partitions; the target directory is a literal because COPY takes no parameter there. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (connection) {
            appender.close();
            Files.createDirectories(dir);
            String target = dir.toAbsolutePath().toString().replace("'", "''");
            String order = String.join(", ", List.of("date", "doc_id", "sentence_index", "event_id"));
            try (Statement s = connection.createStatement()) {
                s.execute("COPY (SELECT * FROM export ORDER BY " + order + ") TO '" + target
                        + "' (FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE true)");
            }
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet to " + dir + ": " + e.getMessage(), e);
        }
    }
}
