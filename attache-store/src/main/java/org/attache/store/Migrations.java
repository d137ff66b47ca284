package org.attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a database's schema up to the version this code expects. Migrations are SQL resources
 * {@code migrations/DIALECT/V001.sql}, {@code V002.sql}, ... applied in order, each in its own
 * transaction together with its row in {@code schema_version} (version, description from the
 * file's first comment line, time applied). A database newer than the code is refused rather than
 * guessed at.
 *
 * <p>Design decision: a few dozen lines instead of Flyway or Liquibase: two dialects, plain SQL
 * files, statements separated by a {@code ;} at the end of a line (no procedural code), and both
 * DuckDB and PostgreSQL run DDL inside transactions, so a half-applied migration cannot exist.
 *
 * <p>Thread-safety: stateless; concurrent migrations of one PostgreSQL database are serialised
 * by the dialect's lock statement.
 */
final class Migrations {

    private static final String TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            + "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)";

    private Migrations() {
    }

    /**
     * Applies the missing migrations of {@code dialect} and returns the schema version.
     *
     * @param lock a statement run first in each migration transaction, or null
     */
    static int migrate(Connection c, String dialect, String lock) throws SQLException {
        List<String> scripts = scripts(dialect);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(TABLE);
            }
            c.commit();
            for (int version = 1; version <= scripts.size(); version++) {
                applyIfMissing(c, version, scripts.get(version - 1), lock);
            }
            int current = current(c);
            if (current > scripts.size()) {
                throw new StoreException("the database has schema version " + current + " but this Attaché knows "
                        + scripts.size() + ": use a newer Attaché");
            }
            return current;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void applyIfMissing(Connection c, int version, String script, String lock) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (lock != null) {
                s.execute(lock);
            }
            if (current(c) >= version) {
                c.commit();
                return;
            }
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, description(script));
                p.setTimestamp(3, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The migration scripts of a dialect, V001 first; they must be numbered without gaps. */
    static List<String> scripts(String dialect) {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            String name = String.format(Locale.ROOT, "migrations/%s/V%03d.sql", dialect, version);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException("cannot read migration " + name + ": " + e.getMessage(), e);
            }
        }
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String description(String script) {
        String first = script.lines().findFirst().orElse("").strip();
        return first.startsWith("--") ? first.substring(2).strip() : "";
    }
}
