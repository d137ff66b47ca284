package org.attache.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.attache.pipeline.DictionaryHash;
import org.attache.store.query.EventFilter;

/**
 * {@code /api/health} (the store answers, and how much it holds) and {@code /api/version}.
 *
 * <p>Thread-safe.
 */
final class StatusEndpoints {

    private final StorePool stores;
    private final CodingService coding;
    private final ServerOptions options;
    private final String version;
    private final String dictionaries = DictionaryHash.builtIn();

    StatusEndpoints(StorePool stores, CodingService coding, ServerOptions options, String version) {
        this.stores = stores;
        this.coding = coding;
        this.options = options;
        this.version = version;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/health", "Whether the store answers, and what it holds", List.of(),
                        "{\"status\":\"ok\",\"store\",\"events\",\"documents\",\"writable\",\"coder\":"
                                + "\"ready\"|\"not loaded\"}", this::health),
                Route.get("/api/version", "The Attaché version and the hash of its dictionaries", List.of(),
                        "{\"attache\",\"dictionaries\"}", this::version));
    }

    private ObjectNode health(Request r) {
        ObjectNode out = Json.object();
        out.put("status", "ok");
        out.put("store", stores.description());
        stores.read(store -> {
            out.put("events", store.count(EventFilter.ALL, false));
            out.put("documents", store.countDocuments(null, null));
            return null;
        });
        out.put("writable", options.writable());
        out.put("coder", coding.ready() ? "ready" : "not loaded");
        return out;
    }

    private ObjectNode version(Request r) {
        ObjectNode out = Json.object();
        out.put("attache", version);
        out.put("dictionaries", dictionaries);
        return out;
    }
}
