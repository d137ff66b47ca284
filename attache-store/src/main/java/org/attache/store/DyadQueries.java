package org.attache.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.store.query.DyadChange;
import org.attache.store.query.DyadChanges;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Network;
import org.attache.store.query.Period;
import org.attache.store.query.SqlFilter;

/**
 * Dyads of the selected events: which changed most between the two latest periods, and the
 * network they form. Events without a target are no dyad and are left out; so are self-loops
 * (an actor acting on itself) from the network. Values are bound parameters.
 *
 * <p>Design decision: the two periods are found first (the last selected date, rolled back to the
 * start of its period with {@link Period}), so the dyad counts need no dialect-specific date
 * function; one grouping pass then counts every dyad in both periods and overall.
 *
 * <p>Not thread-safe: uses the store's connection.
 */
final class DyadQueries {

    private final Connection connection;

    DyadQueries(Connection connection) {
        this.connection = connection;
    }

    DyadChanges changes(EventFilter filter, Period by, int limit) throws SQLException {
        SqlFilter where = dyadsOf(filter);
        LocalDate last;
        try (PreparedStatement p = EventQueries.prepare(connection, "SELECT MAX(x.date) FROM events x" + where.sql(),
                where.parameters()); ResultSet r = p.executeQuery()) {
            r.next();
            last = r.getObject(1, LocalDate.class);
        }
        if (last == null) {
            return new DyadChanges(by, null, null, List.of());
        }
        LocalDate latest = by.start(last);
        LocalDate previous = by.start(latest.minusDays(1));
        String sql = "SELECT * FROM (SELECT x.source_code, x.target_code, " + named("source_name", "source")
                + " AS source_name, " + named("target_name", "target") + " AS target_name, COUNT(*) AS events, "
                + "SUM(CASE WHEN x.date >= ? AND x.date < ? THEN 1 ELSE 0 END) AS previous, "
                + "SUM(CASE WHEN x.date >= ? THEN 1 ELSE 0 END) AS latest, AVG(x.goldstein) AS goldstein "
                + "FROM events x" + where.sql() + " AND x.source_code <> x.target_code "
                + "GROUP BY x.source_code, x.target_code) t "
                + "ORDER BY ABS(t.latest - t.previous) DESC, t.events DESC, t.source_code, t.target_code LIMIT ?";
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(previous), Date.valueOf(latest),
                Date.valueOf(latest)));
        params.addAll(where.parameters());
        params.add(limit);
        List<DyadChange> dyads = new ArrayList<>();
        try (PreparedStatement p = EventQueries.prepare(connection, sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                dyads.add(new DyadChange(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getLong(5), r.getLong(6), r.getLong(7), r.getDouble(8)));
            }
        }
        return new DyadChanges(by, previous, latest, dyads);
    }

    Network network(EventFilter filter, int limit) throws SQLException {
        SqlFilter where = dyadsOf(filter);
        String sql = "SELECT x.source_code, x.target_code, " + named("source_name", "source") + ", "
                + named("target_name", "target") + ", " + named("source_type", "source") + ", "
                + named("target_type", "target") + ", COUNT(*), AVG(x.goldstein) FROM events x" + where.sql()
                + " AND x.source_code <> x.target_code GROUP BY x.source_code, x.target_code "
                + "ORDER BY COUNT(*) DESC, x.source_code, x.target_code LIMIT ?";
        List<Object> params = new ArrayList<>(where.parameters());
        params.add(limit);
        List<Network.Edge> edges = new ArrayList<>();
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        try (PreparedStatement p = EventQueries.prepare(connection, sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Network.Edge edge = new Network.Edge(r.getString(1), r.getString(2), r.getLong(7), r.getDouble(8));
                edges.add(edge);
                add(nodes, new Network.Node(edge.source(), r.getString(3), r.getString(5), edge.events()));
                add(nodes, new Network.Node(edge.target(), r.getString(4), r.getString(6), edge.events()));
            }
        }
        List<Network.Node> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparingLong(Network.Node::events).reversed().thenComparing(Network.Node::code));
        return new Network(sorted, edges);
    }

    /**
     * A column of the mentions behind a code, preferring those that are no person: USAGOV is named
     * "United States" (a state) even when most of its events came from a president's name.
     */
    private static String named(String column, String role) {
        return "COALESCE(MIN(CASE WHEN x." + role + "_type <> 'person' THEN x." + column + " END), MIN(x." + column
                + "))";
    }

    private static void add(Map<String, Network.Node> nodes, Network.Node node) {
        nodes.merge(node.code(), node, (a, b) -> new Network.Node(a.code(), a.name(), a.type(), a.events() + b.events()));
    }

    /** The filter's clause, restricted to events with a target. */
    private static SqlFilter dyadsOf(EventFilter filter) {
        SqlFilter where = SqlFilter.of(filter, "x", false);
        String sql = where.sql().isEmpty() ? " WHERE x.target_code IS NOT NULL"
                : where.sql() + " AND x.target_code IS NOT NULL";
        return new SqlFilter(sql, where.parameters());
    }
}
