package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.pipeline.CodedArticle;
import org.attache.store.query.ActorCount;
import org.attache.store.query.DocumentSummary;
import org.attache.store.query.DyadChanges;
import org.attache.store.query.EventCluster;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Network;
import org.attache.store.query.Period;
import org.attache.store.query.SeriesPoint;
import org.attache.text.Article;

/**
 * The SQL both stores share: runs, ingest ({@link DocumentWriter}), clusters ({@link ClusterRefresh})
 * and queries ({@link EventQueries}). A dialect supplies the connection, its bulk row writer and
 * the locks that serialise writers of a shared database. Every value goes to the database as a
 * bound parameter.
 *
 * <p>Not thread-safe: one connection, one thread.
 */
abstract class JdbcEventStore implements EventStore {

    final Connection connection;
    private final String description;

    JdbcEventStore(Connection connection, String description, String dialect) {
        this.connection = connection;
        this.description = description;
        try {
            Migrations.migrate(connection, dialect, migrationLock());
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot prepare the schema of " + description + ": " + e.getMessage(), e);
        }
    }

    /** A writer of rows of {@code table} with {@code columns}, in the current transaction; close it to flush. */
    abstract Rows rows(String table, List<String> columns) throws SQLException;

    /** A statement run first in a migration transaction, or null. */
    abstract String migrationLock();

    /** A statement run first in a cluster refresh, so two writers do not rebuild the same clusters; or null. */
    abstract String clusterLock();

    /** A statement that gathers planner statistics on a freshly filled table, or null. */
    abstract String analyze(String table);

    /** A bulk row writer that must be closed before the transaction commits. */
    interface Rows extends Row, AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public CodingRun startRun(String coderVersion, String dictionaryHash, String configuration) {
        Instant started = Instant.now();
        return inTransaction("start a coding run", () -> {
            long id;
            try (PreparedStatement p = connection.prepareStatement("SELECT nextval('coding_run_ids')");
                 ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement p = connection.prepareStatement("INSERT INTO coding_runs (run_id, coder_version, "
                    + "dictionary_hash, configuration, started_at) VALUES (?, ?, ?, ?, ?)")) {
                p.setLong(1, id);
                p.setString(2, coderVersion);
                p.setString(3, dictionaryHash);
                p.setString(4, configuration);
                p.setObject(5, utc(started));
                p.executeUpdate();
            }
            return new CodingRun(id, coderVersion, dictionaryHash, configuration, started);
        });
    }

    @Override
    public void finishRun(CodingRun run) {
        inTransaction("finish coding run " + run.id(), () -> {
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE coding_runs SET finished_at = ? WHERE run_id = ?")) {
                p.setObject(1, utc(Instant.now()));
                p.setLong(2, run.id());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public boolean isCurrent(Article article, CodingRun run) {
        try (PreparedStatement p = connection.prepareStatement("SELECT d.text_hash, d.date, r.coder_version, "
                + "r.dictionary_hash FROM documents d JOIN coding_runs r ON r.run_id = d.run_id WHERE d.doc_id = ?")) {
            p.setString(1, article.id());
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getString(1).equals(textHash(article.text()))
                        && r.getObject(2, LocalDate.class).equals(article.date())
                        && r.getString(3).equals(run.coderVersion()) && r.getString(4).equals(run.dictionaryHash());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up document " + article.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public IngestReport store(CodingRun run, List<CodedArticle> batch) {
        if (batch.isEmpty()) {
            return IngestReport.NONE;
        }
        DocumentWriter writer = new DocumentWriter(this, run);
        try {
            return transaction(() -> writer.write(batch));
        } catch (SQLException | RuntimeException batchFailure) {
            // one document spoilt the batch: store them one by one and report the culprits
            IngestReport report = IngestReport.NONE;
            for (CodedArticle coded : batch) {
                try {
                    report = report.plus(transaction(() -> writer.write(List.of(coded))));
                } catch (SQLException | RuntimeException e) {
                    String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                    report = report.plus(new IngestReport(0, 0, 0, 0, List.of(coded.article().id() + ": " + why)));
                }
            }
            return report;
        }
    }

    @Override
    public int refreshClusters() {
        return inTransaction("refresh clusters", () -> new ClusterRefresh(this).run());
    }

    @Override
    public long count(EventFilter filter, boolean clusters) {
        return query("count events", () -> new EventQueries(connection).count(filter, clusters), clusters);
    }

    @Override
    public void events(EventFilter filter, long offset, long limit, Consumer<EventRecord> sink) {
        query("read events", () -> {
            new EventQueries(connection).events(filter, offset, limit, sink);
            return null;
        }, false);
    }

    @Override
    public Optional<EventRecord> event(String eventId) {
        return query("read event " + eventId, () -> new EventQueries(connection).event(eventId), false);
    }

    @Override
    public long countDocuments(LocalDate from, LocalDate to) {
        return query("count documents", () -> new DocumentQueries(connection).count(from, to), false);
    }

    @Override
    public List<DocumentSummary> documents(LocalDate from, LocalDate to, long offset, int limit) {
        return query("list documents", () -> new DocumentQueries(connection).page(from, to, offset, limit), false);
    }

    @Override
    public Optional<DocumentSummary> document(String docId) {
        return query("read document " + docId, () -> new DocumentQueries(connection).one(docId), false);
    }

    @Override
    public DyadChanges dyadChanges(EventFilter filter, Period by, int limit) {
        return query("count dyads", () -> new DyadQueries(connection).changes(filter, by, limit), false);
    }

    @Override
    public Network network(EventFilter filter, int limit) {
        return query("count the network", () -> new DyadQueries(connection).network(filter, limit), false);
    }

    @Override
    public void clusters(EventFilter filter, long limit, Consumer<EventCluster> sink) {
        query("read clusters", () -> {
            new EventQueries(connection).clusters(filter, limit, sink);
            return null;
        }, true);
    }

    @Override
    public List<SeriesPoint> series(EventFilter filter, Period by, boolean clusters) {
        return query("count a series", () -> new EventQueries(connection).series(filter, by, clusters), clusters);
    }

    @Override
    public List<ActorCount> topActors(EventFilter filter, int top, boolean clusters) {
        return query("count actors", () -> new EventQueries(connection).topActors(filter, top, clusters), clusters);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex: what tells a changed document from a re-read one. */
    static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T query(String what, Work<T> work, boolean clusters) {
        if (clusters) {
            refreshClusters();
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try {
            return transaction(work);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
        }
    }

    private <T> T transaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
