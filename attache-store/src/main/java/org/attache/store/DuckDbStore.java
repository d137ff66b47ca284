package org.attache.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB file, opened by one process at a time. Bulk writes go through
 * DuckDB's appender, which writes columnar chunks inside the current transaction instead of
 * parsing one INSERT per row.
 *
 * <p>Not thread-safe.
 */
final class DuckDbStore extends JdbcEventStore {

    private final Path file;

    private DuckDbStore(Connection connection, Path file) {
        super(connection, file.toString(), "duckdb");
        this.file = file;
    }

    @Override
    public EventStore duplicate() {
        try {
            return new DuckDbStore(connection.unwrap(DuckDBConnection.class).duplicate(), file);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + file + ": " + e.getMessage(), e);
        }
    }

    static DuckDbStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties properties = new Properties();
            // fewer, larger checkpoints: bulk ingest commits often, and each checkpoint costs a rewrite
            properties.setProperty("checkpoint_threshold", "256MB");
            return new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:" + file, properties), file);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    Rows rows(String table, List<String> columns) throws SQLException {
        return new AppenderRows(connection.unwrap(DuckDBConnection.class).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, table));
    }

    @Override
    String migrationLock() {
        return null; // a DuckDB file has one writing process
    }

    @Override
    String analyze(String table) {
        return null;
    }

    @Override
    String clusterLock() {
        return null;
    }

    /** Rows through DuckDB's appender; columns must be given in table order, all of them. */
    private static final class AppenderRows implements Rows {

        private final DuckDBAppender appender;
        private boolean inRow;

        AppenderRows(DuckDBAppender appender) {
            this.appender = appender;
        }

        private DuckDBAppender next() throws SQLException {
            if (!inRow) {
                appender.beginRow();
                inRow = true;
            }
            return appender;
        }

        @Override
        public Row text(String value) throws SQLException {
            if (value == null) {
                next().appendNull();
            } else {
                next().append(value);
            }
            return this;
        }

        @Override
        public Row integer(Integer value) throws SQLException {
            if (value == null) {
                next().appendNull();
            } else {
                next().append(value.intValue());
            }
            return this;
        }

        @Override
        public Row bigint(long value) throws SQLException {
            next().append(value);
            return this;
        }

        @Override
        public Row real(Double value) throws SQLException {
            if (value == null) {
                next().appendNull();
            } else {
                next().append(value.doubleValue());
            }
            return this;
        }

        @Override
        public Row bool(boolean value) throws SQLException {
            next().append(value);
            return this;
        }

        @Override
        public Row date(LocalDate value) throws SQLException {
            if (value == null) {
                next().appendNull();
            } else {
                next().append(value);
            }
            return this;
        }

        @Override
        public Row timestamp(LocalDateTime value) throws SQLException {
            if (value == null) {
                next().appendNull();
            } else {
                next().append(value);
            }
            return this;
        }

        @Override
        public void end() throws SQLException {
            next().endRow();
            inRow = false;
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }
}
