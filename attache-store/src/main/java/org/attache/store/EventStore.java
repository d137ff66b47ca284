package org.attache.store;

import java.nio.file.Path;
import java.time.LocalDate;
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
 * Where coded events are kept, counted and read back: an embedded DuckDB file (the default) or a
 * shared PostgreSQL database, both behind this interface and with the same schema.
 *
 * <p>Ingest contract: {@link #store} writes a batch of coded articles in one transaction — all of
 * a document (its row, its events, its de-duplication data) or nothing of it, so a process killed
 * at any point leaves no half-stored document. Storing a document again replaces its events; a
 * caller skips documents that are {@linkplain #isCurrent current} to make re-runs cheap. A batch
 * that fails is retried document by document, so one bad document is reported and never blocks
 * the others. Clusters are brought up to date by {@link #refreshClusters}; until then new events
 * are stored but wait in a backlog (which survives a crash), and queries over clusters refresh first.
 *
 * <p>Thread-safety: not thread-safe; one thread per store. A server gives each of its threads a
 * {@link #duplicate()}. Several processes may share a PostgreSQL database; a DuckDB file is opened by
 * one process at a time.
 */
public interface EventStore extends AutoCloseable {

    /** The database used when none is given: a DuckDB file in the working directory. */
    String DEFAULT_FILE = "attache.duckdb";

    /**
     * Opens (creating or migrating as needed) the store at {@code location}: a PostgreSQL URL
     * ({@code postgresql://user[:password]@host[:port]/database}, or a {@code jdbc:postgresql:} URL;
     * the password may come from {@code PGPASSWORD}), else a DuckDB file path (or {@code jdbc:duckdb:} URL).
     */
    static EventStore open(String location) {
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:")) {
            return PostgresStore.open(location);
        }
        String path = location.startsWith("jdbc:duckdb:") ? location.substring("jdbc:duckdb:".length()) : location;
        return DuckDbStore.open(Path.of(path));
    }

    /** Where this store is, for messages (without any password). */
    String description();

    /** Records the start of a coding run. */
    CodingRun startRun(String coderVersion, String dictionaryHash, String configuration);

    /** Records the end of a run. */
    void finishRun(CodingRun run);

    /**
     * True if {@code article} is stored with the same text and date by a coder with the same version
     * and dictionaries as {@code run}'s: coding it again would store the same events.
     */
    boolean isCurrent(Article article, CodingRun run);

    /** Stores a batch of coded articles, replacing earlier versions of them (see the contract above). */
    IngestReport store(CodingRun run, List<CodedArticle> batch);

    /** Brings clusters up to date with the stored events; returns the number of clusters rebuilt. */
    int refreshClusters();

    /** How many events (or clusters) the filter selects. */
    long count(EventFilter filter, boolean clusters);

    /** Hands the selected events to {@code sink} in date, document and sentence order; limit 0 for all. */
    default void events(EventFilter filter, long limit, Consumer<EventRecord> sink) {
        events(filter, 0, limit, sink);
    }

    /**
     * Hands the selected events to {@code sink} in date, document, sentence and id order (a total
     * order, so pages do not overlap), skipping the first {@code offset}; limit 0 for all.
     */
    void events(EventFilter filter, long offset, long limit, Consumer<EventRecord> sink);

    /** The event with this id, with its document's details; empty if none is stored. */
    Optional<EventRecord> event(String eventId);

    /** How many documents are stored with a date within {@code from} and {@code to} (each null: open). */
    long countDocuments(LocalDate from, LocalDate to);

    /** A page of the stored documents within the dates (each null: open), in date and id order. */
    List<DocumentSummary> documents(LocalDate from, LocalDate to, long offset, int limit);

    /** The stored document with this id; empty if none. */
    Optional<DocumentSummary> document(String docId);

    /** The {@code limit} dyads of the selection whose events changed most between its two latest periods. */
    DyadChanges dyadChanges(EventFilter filter, Period by, int limit);

    /** The {@code limit} busiest dyads of the selection (self-loops left out) and the actors on them. */
    Network network(EventFilter filter, int limit);

    /**
     * Another store over the same database with a connection of its own, for another thread: for
     * DuckDB a second connection to this process's database instance (a DuckDB file admits one
     * process), for PostgreSQL a new connection. Close each store on its own.
     */
    EventStore duplicate();

    /** Hands the selected clusters to {@code sink} in date order, each with its members; limit 0 for all. */
    void clusters(EventFilter filter, long limit, Consumer<EventCluster> sink);

    /** Counts per period and quad class, with Goldstein sum and mean, of events or clusters. */
    List<SeriesPoint> series(EventFilter filter, Period by, boolean clusters);

    /** The {@code top} most frequent actor codes, in either role. */
    List<ActorCount> topActors(EventFilter filter, int top, boolean clusters);

    @Override
    void close();
}
