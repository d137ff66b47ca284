package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.attache.store.query.ActorCount;
import org.attache.store.query.EventCluster;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Period;
import org.attache.store.query.SeriesPoint;
import org.attache.store.query.SqlFilter;

/**
 * The read side of a store: filtered events (a page of them, or one by id), clusters with their
 * members, series and actor counts.
 * The SQL is the same for both dialects; filters become bound parameters ({@link SqlFilter}).
 *
 * <p>Design decision: series are counted per day and quad class in SQL and rolled up into weeks,
 * months or years here, which keeps the SQL free of dialect-specific date functions and costs a few
 * thousand rows at most.
 *
 * <p>Not thread-safe.
 */
final class EventQueries {

    private static final String ORDER = "e.date, e.doc_id, e.sentence_index, e.event_id";
    private static final String DOCUMENT_COLUMNS = "d.url, d.source AS publisher, d.title, d.stored_at";

    private final Connection connection;

    EventQueries(Connection connection) {
        this.connection = connection;
    }

    long count(EventFilter filter, boolean clusters) throws SQLException {
        SqlFilter where = SqlFilter.of(filter, "x", clusters);
        try (PreparedStatement p = prepare("SELECT COUNT(*) FROM " + table(clusters) + " x" + where.sql(), where);
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The selected events from the {@code offset}-th on, at most {@code limit} of them (0: all). */
    void events(EventFilter filter, long offset, long limit, Consumer<EventRecord> sink) throws SQLException {
        SqlFilter where = SqlFilter.of(filter, "e", false);
        List<Object> params = new ArrayList<>(where.parameters());
        String page = "";
        if (limit > 0) {
            page = " LIMIT ? OFFSET ?";
            params.add(limit);
            params.add(offset);
        } else if (offset > 0) {
            page = " OFFSET ?";
            params.add(offset);
        }
        String sql = "SELECT " + EventColumns.SELECT + ", " + DOCUMENT_COLUMNS + " FROM events e JOIN documents d "
                + "ON d.doc_id = e.doc_id" + where.sql() + " ORDER BY " + ORDER + page;
        try (PreparedStatement p = prepare(connection, sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                sink.accept(record(r));
            }
        }
    }

    /** The event with id {@code eventId}, if stored. */
    Optional<EventRecord> event(String eventId) throws SQLException {
        String sql = "SELECT " + EventColumns.SELECT + ", " + DOCUMENT_COLUMNS + " FROM events e JOIN documents d "
                + "ON d.doc_id = e.doc_id WHERE e.event_id = ?";
        try (PreparedStatement p = prepare(connection, sql, List.of(eventId)); ResultSet r = p.executeQuery()) {
            return r.next() ? Optional.of(record(r)) : Optional.empty();
        }
    }

    void clusters(EventFilter filter, long limit, Consumer<EventCluster> sink) throws SQLException {
        SqlFilter where = SqlFilter.of(filter, "c", true);
        String sql = "SELECT " + EventColumns.SELECT + ", " + DOCUMENT_COLUMNS + ", c.cluster_id, c.cluster_key, "
                + "c.date AS cluster_date, c.last_date, c.mentions, c.sources AS outlets, c.articles, c.stories, "
                + "me.event_id AS m_event_id, me.doc_id AS m_doc_id, me.sentence_index AS m_sentence_index, "
                + "me.date AS m_date, me.sentence AS m_sentence, md.copy_of AS m_copy_of "
                + "FROM event_clusters c JOIN events e ON e.event_id = c.event_id "
                + "JOIN documents d ON d.doc_id = e.doc_id JOIN cluster_members m ON m.cluster_id = c.cluster_id "
                + "JOIN events me ON me.event_id = m.event_id JOIN documents md ON md.doc_id = me.doc_id" + where.sql()
                + " ORDER BY c.date, c.cluster_id, me.date, me.doc_id, me.sentence_index, me.event_id";
        try (PreparedStatement p = prepare(sql, where); ResultSet r = p.executeQuery()) {
            long emitted = 0;
            boolean more = r.next();
            while (more && (limit <= 0 || emitted < limit)) {
                String id = r.getString("cluster_id");
                EventRecord representative = record(r).withCounts(r.getInt("mentions"), r.getInt("outlets"),
                        r.getInt("articles"));
                String key = r.getString("cluster_key");
                LocalDate date = r.getObject("cluster_date", LocalDate.class);
                LocalDate last = r.getObject("last_date", LocalDate.class);
                int stories = r.getInt("stories");
                List<EventCluster.Member> members = new ArrayList<>();
                do {
                    members.add(new EventCluster.Member(r.getString("m_event_id"), r.getString("m_doc_id"),
                            r.getInt("m_sentence_index"), r.getObject("m_date", LocalDate.class),
                            r.getString("m_sentence"), r.getString("m_copy_of")));
                    more = r.next();
                } while (more && r.getString("cluster_id").equals(id));
                sink.accept(new EventCluster(id, key, date, last, representative, representative.mentions(),
                        representative.sources(), representative.articles(), stories, members));
                emitted++;
            }
        }
    }

    List<SeriesPoint> series(EventFilter filter, Period by, boolean clusters) throws SQLException {
        SqlFilter where = SqlFilter.of(filter, "x", clusters);
        String sql = "SELECT x.date, x.quad_class, COUNT(*), SUM(x.goldstein) FROM " + table(clusters) + " x"
                + where.sql() + " GROUP BY x.date, x.quad_class";
        Map<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, Double> sums = new TreeMap<>();
        try (PreparedStatement p = prepare(sql, where); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                LocalDate start = by.start(r.getObject(1, LocalDate.class));
                counts.computeIfAbsent(start, k -> new long[4])[r.getInt(2) - 1] += r.getLong(3);
                sums.merge(start, r.getDouble(4), Double::sum);
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> e : counts.entrySet()) {
            points.add(new SeriesPoint(e.getKey(), by.label(e.getKey()), e.getValue(), sums.get(e.getKey())));
        }
        return points;
    }

    List<ActorCount> topActors(EventFilter filter, int top, boolean clusters) throws SQLException {
        SqlFilter where = SqlFilter.of(filter, "x", clusters);
        String table = table(clusters);
        String targets = where.sql().isEmpty() ? " WHERE x.target_code IS NOT NULL"
                : where.sql() + " AND x.target_code IS NOT NULL";
        String sql = "SELECT code, MIN(name), SUM(s), SUM(t) FROM ("
                + "SELECT x.source_code AS code, x.source_name AS name, 1 AS s, 0 AS t FROM " + table + " x"
                + where.sql()
                + " UNION ALL SELECT x.target_code, x.target_name, 0, 1 FROM " + table + " x" + targets
                + ") a GROUP BY code ORDER BY SUM(s) + SUM(t) DESC, code LIMIT " + Math.max(1, top);
        List<Object> twice = new ArrayList<>(where.parameters());
        twice.addAll(where.parameters());
        List<ActorCount> actors = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, new SqlFilter(sql, twice)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                actors.add(new ActorCount(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
            }
        }
        return actors;
    }

    private static String table(boolean clusters) {
        return clusters ? "event_clusters" : "events";
    }

    private PreparedStatement prepare(String sql, SqlFilter where) throws SQLException {
        return prepare(connection, sql, where.parameters());
    }

    /** A statement with every value bound, in order, to its {@code ?}. */
    static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement p = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
        } catch (SQLException e) {
            p.close();
            throw e;
        }
        return p;
    }

    static EventRecord record(ResultSet r) throws SQLException {
        return EventRecord.single(EventColumns.read(r), r.getString("url"), r.getString("publisher"),
                r.getString("title"), JdbcEventStore.instant(r.getTimestamp("stored_at")));
    }
}
