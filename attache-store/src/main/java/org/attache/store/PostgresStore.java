package org.attache.store;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The shared store: a PostgreSQL database that several users and processes write to and read
 * from. Bulk writes use the COPY protocol inside the current transaction. Writers that rebuild
 * clusters take a table lock, so concurrent
 * ingests serialise there and nowhere else.
 *
 * <p>Not thread-safe: one connection.
 */
final class PostgresStore extends JdbcEventStore {

    private static final int BATCH = 10_000;

    private final String location;

    private PostgresStore(Connection connection, String description, String location) {
        super(connection, description, "postgresql");
        this.location = location;
    }

    @Override
    public EventStore duplicate() {
        return open(location);
    }

    /** {@code postgresql://user[:password]@host[:port]/db[?params]} or {@code jdbc:postgresql://...}. */
    static PostgresStore open(String location) {
        Target target = target(location);
        try {
            return new PostgresStore(DriverManager.getConnection(target.url(), target.properties()),
                    target.description(), location);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + target.description() + ": " + e.getMessage(), e);
        }
    }

    /** A plain connection to the database at {@code location}, without schema preparation. */
    static Connection connect(String location) throws SQLException {
        Target target = target(location);
        return DriverManager.getConnection(target.url(), target.properties());
    }

    /** The JDBC URL, the connection properties (user, password) and a description without password. */
    private record Target(String url, Properties properties, String description) {
    }

    private static Target target(String location) {
        Properties properties = new Properties();
        String url;
        String description;
        if (location.startsWith("jdbc:")) {
            url = location;
            description = location.replaceAll("password=[^&]*", "password=***");
        } else {
            URI uri = parse(location);
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            url = "jdbc:postgresql://" + host + port + uri.getRawPath() + (uri.getRawQuery() == null ? ""
                    : "?" + uri.getRawQuery());
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                if (colon >= 0) {
                    properties.setProperty("password", decode(userInfo.substring(colon + 1)));
                }
            }
            description = "postgresql://" + (userInfo == null ? "" : properties.getProperty("user") + "@") + host + port
                    + uri.getRawPath();
        }
        String password = System.getenv("PGPASSWORD");
        if (!properties.containsKey("password") && password != null) {
            properties.setProperty("password", password);
        }
        return new Target(url, properties, description);
    }

    private static URI parse(String location) {
        try {
            return new URI(location);
        } catch (URISyntaxException e) {
            throw new StoreException("not a PostgreSQL URL (postgresql://user@host:port/database): " + location, e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    Rows rows(String table, List<String> columns) throws SQLException {
        return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI(),
                "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
    }

    @Override
    String migrationLock() {
        return "SELECT pg_advisory_xact_lock(7466108321)"; // any constant shared by all Attaché processes
    }

    @Override
    String analyze(String table) {
        return "ANALYZE " + table;
    }

    @Override
    String clusterLock() {
        return "LOCK TABLE cluster_backlog, event_clusters, cluster_members IN EXCLUSIVE MODE";
    }

    /**
     * Rows through PostgreSQL's COPY protocol in text format, sent every {@value #BATCH} rows and on
     * close: an order of magnitude faster than INSERTs, and part of the current transaction.
     */
    private static final class CopyRows implements Rows {

        private final CopyManager copy;
        private final String sql;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private boolean first = true;
        private int pending;

        CopyRows(CopyManager copy, String sql) {
            this.copy = copy;
            this.sql = sql;
        }

        private Row value(String text) {
            if (!first) {
                buffer.append('\t');
            }
            first = false;
            if (text == null) {
                buffer.append("\\N");
                return this;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
            return this;
        }

        @Override
        public Row text(String value) {
            return value(value);
        }

        @Override
        public Row integer(Integer value) {
            return value(value == null ? null : value.toString());
        }

        @Override
        public Row bigint(long value) {
            return value(Long.toString(value));
        }

        @Override
        public Row real(Double value) {
            return value(value == null ? null : value.toString());
        }

        @Override
        public Row bool(boolean value) {
            return value(value ? "t" : "f");
        }

        @Override
        public Row date(LocalDate value) {
            return value(value == null ? null : value.toString());
        }

        @Override
        public Row timestamp(LocalDateTime value) {
            return value(value == null ? null : value.toString().replace('T', ' '));
        }

        @Override
        public void end() throws SQLException {
            buffer.append('\n');
            first = true;
            if (++pending == BATCH) {
                send();
            }
        }

        private void send() throws SQLException {
            try {
                copy.copyIn(sql, new StringReader(buffer.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
            buffer.setLength(0);
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                send();
            }
        }
    }
}
