package org.attache.store.query;

import java.util.List;
import java.util.Objects;

/**
 * The actors of a selection as a directed graph: an edge per dyad (source acting on a different
 * target), its events and their mean Goldstein weight; a node per actor code on an edge.
 *
 * @param nodes the actors, most events first
 * @param edges the dyads, most events first
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An actor code.
     *
     * @param type the actor type it was stored with ("state", "igo", "city", ...)
     * @param events the events of the edges it is on
     */
    public record Node(String code, String name, String type, long events) {
        public Node {
            Objects.requireNonNull(code, "code");
        }
    }

    /** What {@code source} did to {@code target}: how often, and how cooperative or hostile on average. */
    public record Edge(String source, String target, long events, double goldsteinMean) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }
}
