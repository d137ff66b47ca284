package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.dedup.ClusterBuilder;
import org.attache.store.dedup.ClusterRule;

/**
 * Rebuilds the clusters the backlog says are stale, inside the caller's transaction. For each
 * queued key, the rebuild starts at the cluster containing the earliest changed date (clusters
 * before it cannot change: the rule takes events in date order) and re-clusters every later event
 * of the key. Keys are processed in chunks of {@value #KEYS_PER_CHUNK}; clusters are written while
 * the chunk's rows are read (a DuckDB result is materialised by the database before it is read, a
 * PostgreSQL one is read through a cursor), so the Java heap holds one cluster at a time.
 *
 * <p>Not thread-safe; one per refresh.
 */
final class ClusterRefresh {

    private static final int KEYS_PER_CHUNK = 200_000;

    private static final List<String> CLUSTER_COLUMNS = List.of("cluster_id", "cluster_key", "date", "last_date",
            "year", "month", "event_id", "source_code", "source_country", "source_name", "target_code",
            "target_country", "target_name", "cameo", "root", "base", "quad_class", "goldstein", "negated",
            "hypothetical", "mentions", "sources", "articles", "stories");

    /** The columns of a representative that the clusters table copies. */
    private record Traits(String sourceCode, String sourceCountry, String sourceName, String targetCode,
                          String targetCountry, String targetName, String cameo, String root, String base, int quad,
                          double goldstein, boolean negated, boolean hypothetical) {
    }

    private final JdbcEventStore store;

    ClusterRefresh(JdbcEventStore store) {
        this.store = store;
    }

    int run() throws SQLException {
        try (Statement s = store.connection.createStatement()) {
            String lock = store.clusterLock();
            if (lock != null) {
                s.execute(lock);
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM cluster_backlog")) {
                r.next();
                if (r.getLong(1) == 0) {
                    return 0;
                }
            }
            s.execute("DROP TABLE IF EXISTS cluster_restart");
            // the restart date of a key: the anchor of the cluster containing its earliest change, else that date
            s.execute("CREATE TEMPORARY TABLE cluster_restart AS SELECT b.cluster_key, "
                    + "COALESCE(MAX(c.date), b.from_date) AS from_date "
                    + "FROM (SELECT cluster_key, MIN(from_date) AS from_date FROM cluster_backlog "
                    + "GROUP BY cluster_key) b "
                    + "LEFT JOIN event_clusters c ON c.cluster_key = b.cluster_key AND c.date <= b.from_date "
                    + "AND c.date >= b.from_date - " + ClusterRule.WINDOW_DAYS
                    + " GROUP BY b.cluster_key, b.from_date");
            String analyze = store.analyze("cluster_restart");
            if (analyze != null) {
                s.execute(analyze);
            }
            String stale = "SELECT c.cluster_id FROM event_clusters c JOIN cluster_restart r "
                    + "ON c.cluster_key = r.cluster_key AND c.date >= r.from_date";
            s.execute("DELETE FROM cluster_members WHERE cluster_id IN (" + stale + ")");
            s.execute("DELETE FROM event_clusters WHERE cluster_id IN (" + stale + ")");
            int built = 0;
            for (List<String> chunk : chunks(keys(s))) {
                built += rebuild(chunk.get(0), chunk.get(chunk.size() - 1));
            }
            s.execute("DELETE FROM cluster_backlog");
            s.execute("DROP TABLE cluster_restart");
            return built;
        }
    }

    private static List<String> keys(Statement s) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT cluster_key FROM cluster_restart ORDER BY cluster_key")) {
            while (r.next()) {
                keys.add(r.getString(1));
            }
        }
        return keys;
    }

    private static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += KEYS_PER_CHUNK) {
            chunks.add(keys.subList(i, Math.min(keys.size(), i + KEYS_PER_CHUNK)));
        }
        return chunks;
    }

    /** Re-clusters the restarted events of the keys from {@code first} to {@code last}. */
    private int rebuild(String first, String last) throws SQLException {
        int[] built = new int[1];
        try (JdbcEventStore.Rows rows = store.rows("event_clusters", CLUSTER_COLUMNS);
             JdbcEventStore.Rows members = store.rows("cluster_members", List.of("cluster_id", "event_id"));
             ClusterBuilder<Traits> builder = new ClusterBuilder<>(c -> {
                 write(c, rows, members);
                 built[0]++;
             });
             PreparedStatement p = store.connection.prepareStatement("SELECT e.cluster_key, e.event_id, e.doc_id, "
                     + "e.date, d.source, d.copy_of, e.source_code, e.source_country, e.source_name, e.target_code, "
                     + "e.target_country, e.target_name, e.cameo, e.root, e.base, e.quad_class, e.goldstein, "
                     + "e.negated, e.hypothetical FROM events e "
                     + "JOIN cluster_restart r ON e.cluster_key = r.cluster_key AND e.date >= r.from_date "
                     + "JOIN documents d ON d.doc_id = e.doc_id WHERE r.cluster_key >= ? AND r.cluster_key <= ? "
                     + "ORDER BY e.cluster_key, e.date, e.doc_id, e.sentence_index, e.event_id")) {
            p.setFetchSize(10_000);
            p.setString(1, first);
            p.setString(2, last);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Traits traits = new Traits(r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getString(13), r.getString(14), r.getString(15),
                            r.getInt(16), r.getDouble(17), r.getBoolean(18), r.getBoolean(19));
                    builder.add(new ClusterBuilder.Mention<>(r.getString(1), r.getString(2), r.getString(3),
                            r.getObject(4, LocalDate.class), r.getString(5), r.getString(6), traits));
                }
            }
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
        return built[0];
    }

    /** An SQL failure inside the cluster sink, which cannot throw checked exceptions. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static void write(ClusterBuilder.Cluster<Traits> c, Row rows, Row members) {
        try {
            Traits t = c.representative();
            rows.text(c.clusterId()).text(c.key()).date(c.date()).date(c.lastDate()).integer(c.date().getYear())
                    .integer(c.date().getMonthValue()).text(c.eventIds().get(0)).text(t.sourceCode())
                    .text(t.sourceCountry()).text(t.sourceName()).text(t.targetCode()).text(t.targetCountry())
                    .text(t.targetName()).text(t.cameo()).text(t.root()).text(t.base()).integer(t.quad())
                    .real(t.goldstein()).bool(t.negated()).bool(t.hypothetical()).integer(c.mentions())
                    .integer(c.sources()).integer(c.articles()).integer(c.stories());
            rows.end();
            for (String eventId : c.eventIds()) {
                members.text(c.clusterId()).text(eventId).end();
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }
}
