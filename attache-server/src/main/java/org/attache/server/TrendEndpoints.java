package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.attache.store.query.DyadChange;
import org.attache.store.query.DyadChanges;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Network;
import org.attache.store.query.Period;
import org.attache.store.query.SeriesPoint;

/**
 * Counting the selected events: {@code /api/series} (per period and quad class, with Goldstein),
 * {@code /api/dyads/top} (dyads by change between the two latest periods) and {@code /api/network}.
 *
 * <p>Thread-safe: every request borrows its own store from the pool.
 */
final class TrendEndpoints {

    private static final Param BY = Param.choice("by", "Period: day, week, month or year (default month).",
            List.of("day", "week", "month", "year"));

    private final StorePool stores;

    TrendEndpoints(StorePool stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/series", "Events per period and quad class, with Goldstein sum and mean",
                        EventFilters.with(BY), "{\"by\",\"points\":[{\"start\",\"label\",\"quad\":[q1,q2,q3,q4],"
                                + "\"total\",\"goldstein_sum\",\"goldstein_mean\"}]}, periods without events left out",
                        this::series),
                Route.get("/api/dyads/top", "Dyads ordered by the change in their events between the two latest "
                                + "periods of the selection (largest rise or fall first)",
                        EventFilters.with(BY, Param.integer("limit", "At most this many dyads (default 10, at most "
                                + "100).")), "{\"by\",\"previous\",\"latest\",\"dyads\":[{\"source\",\"target\","
                                + "\"source_name\",\"target_name\",\"events\",\"previous\",\"latest\",\"change\","
                                + "\"goldstein_mean\"}]}", this::topDyads),
                Route.get("/api/network", "The busiest dyads as a graph of actors (self-loops left out)",
                        EventFilters.with(Param.integer("limit", "At most this many edges (default 50, at most "
                                + "500).")), "{\"nodes\":[{\"code\",\"name\",\"type\",\"events\"}],\"edges\":"
                                + "[{\"source\",\"target\",\"events\",\"goldstein_mean\"}]}", this::network));
    }

    private ObjectNode series(Request r) {
        EventFilter filter = EventFilters.of(r);
        Period by = period(r);
        List<SeriesPoint> points = stores.read(store -> store.series(filter, by, false));
        ObjectNode out = Json.object();
        out.put("by", by.name().toLowerCase(Locale.ROOT));
        ArrayNode list = out.putArray("points");
        for (SeriesPoint p : points) {
            ObjectNode point = list.addObject();
            point.put("start", p.start().toString());
            point.put("label", p.label());
            ArrayNode quad = point.putArray("quad");
            for (int q = 1; q <= 4; q++) {
                quad.add(p.count(q));
            }
            point.put("total", p.total());
            point.put("goldstein_sum", p.goldsteinSum());
            point.put("goldstein_mean", p.goldsteinMean());
        }
        return out;
    }

    private ObjectNode topDyads(Request r) {
        EventFilter filter = EventFilters.of(r);
        Period by = period(r);
        int limit = (int) r.integer("limit", 1, 100, 10);
        DyadChanges changes = stores.read(store -> store.dyadChanges(filter, by, limit));
        ObjectNode out = Json.object();
        out.put("by", by.name().toLowerCase(Locale.ROOT));
        out.put("previous", changes.previous() == null ? null : by.label(changes.previous()));
        out.put("latest", changes.latest() == null ? null : by.label(changes.latest()));
        ArrayNode list = out.putArray("dyads");
        for (DyadChange d : changes.dyads()) {
            ObjectNode dyad = list.addObject();
            dyad.put("source", d.source());
            dyad.put("target", d.target());
            dyad.put("source_name", d.sourceName());
            dyad.put("target_name", d.targetName());
            dyad.put("events", d.events());
            dyad.put("previous", d.previous());
            dyad.put("latest", d.latest());
            dyad.put("change", d.change());
            dyad.put("goldstein_mean", d.goldsteinMean());
        }
        return out;
    }

    private ObjectNode network(Request r) {
        EventFilter filter = EventFilters.of(r);
        int limit = (int) r.integer("limit", 1, 500, 50);
        Network network = stores.read(store -> store.network(filter, limit));
        ObjectNode out = Json.object();
        ArrayNode nodes = out.putArray("nodes");
        for (Network.Node n : network.nodes()) {
            ObjectNode node = nodes.addObject();
            node.put("code", n.code());
            node.put("name", n.name());
            node.put("type", n.type());
            node.put("events", n.events());
        }
        ArrayNode edges = out.putArray("edges");
        for (Network.Edge e : network.edges()) {
            ObjectNode edge = edges.addObject();
            edge.put("source", e.source());
            edge.put("target", e.target());
            edge.put("events", e.events());
            edge.put("goldstein_mean", e.goldsteinMean());
        }
        return out;
    }

    private static Period period(Request r) {
        return Period.valueOf(r.choice("by", "month").toUpperCase(Locale.ROOT));
    }
}
