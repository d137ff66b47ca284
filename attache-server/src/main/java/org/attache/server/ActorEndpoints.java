package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.attache.actors.ActorType;
import org.attache.store.query.ActorCount;
import org.attache.store.query.EventFilter;

/**
 * {@code /api/actors}: dictionary actors matching a name or code, with how often the store has them
 * as source and as target; without a query, the actors with the most stored events.
 *
 * <p>Counts follow the event filters' rule that a code matches its longer codes: {@code RUS}
 * counts the events of RUS, RUSGOV and RUSMIL, as {@code /api/events?actor=RUS} selects them.
 *
 * <p>Thread-safe.
 */
final class ActorEndpoints {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final StorePool stores;
    private final ActorDirectory directory;

    ActorEndpoints(StorePool stores, ActorDirectory directory) {
        this.stores = stores;
        this.directory = directory;
    }

    List<Route> routes() {
        List<String> types = Arrays.stream(ActorType.values()).map(ActorType::label).toList();
        return List.of(Route.get("/api/actors", "Actors by name or code, with their counts in the store",
                List.of(Param.string("q", "Part of a name, or a code; absent: the actors with the most events."),
                        Param.choice("type", "Only actors of this type.", types),
                        Param.integer("limit", "At most this many (default " + DEFAULT_LIMIT + ", at most "
                                + MAX_LIMIT + ").")),
                "{\"actors\":[{\"code\",\"name\",\"type\",\"as_source\",\"as_target\"}]}", this::actors));
    }

    private ObjectNode actors(Request r) {
        String query = r.string("q");
        String typeName = r.choice("type", null);
        ActorType type = typeName == null ? null : ActorType.parse(typeName);
        int limit = (int) r.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        List<ActorCount> stored = stores.read(store -> store.topActors(EventFilter.ALL, Integer.MAX_VALUE, false));
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("actors");
        if (query != null) {
            for (ActorDirectory.Actor a : directory.search(query, type)) {
                if (list.size() == limit) {
                    break;
                }
                long asSource = 0;
                long asTarget = 0;
                for (ActorCount c : stored) {
                    if (c.code().startsWith(a.code())) {
                        asSource += c.asSource();
                        asTarget += c.asTarget();
                    }
                }
                add(list, a.code(), a.name(), a.type().label(), asSource, asTarget);
            }
            return out;
        }
        for (ActorCount c : stored) {
            if (list.size() == limit) {
                break;
            }
            String ownType = directory.owner(c.code()).map(a -> a.type().label()).orElse(null);
            if (type == null || type.label().equals(ownType)) {
                add(list, c.code(), c.name(), ownType, c.asSource(), c.asTarget());
            }
        }
        return out;
    }

    private static void add(ArrayNode list, String code, String name, String type, long asSource, long asTarget) {
        ObjectNode actor = list.addObject();
        actor.put("code", code);
        actor.put("name", name);
        actor.put("type", type);
        actor.put("as_source", asSource);
        actor.put("as_target", asTarget);
    }
}
