package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.store.EventStore;

/**
 * Pagination parameters: {@code limit} (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT})
 * and {@code offset}.
 *
 * <p>Thread-safety: stateless.
 */
final class Pages {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final Param LIMIT = Param.integer("limit", "At most this many (default " + DEFAULT_LIMIT + ", at most "
            + MAX_LIMIT + ").");
    static final Param OFFSET = Param.integer("offset", "Skip this many first (default 0).");

    private Pages() {
    }

    static int limit(Request r) {
        return (int) r.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    static long offset(Request r) {
        return r.integer("offset", 0, Long.MAX_VALUE / 2, 0);
    }

    /** Adds one page of items to {@code items} and returns how many there are in all. */
    @FunctionalInterface
    interface Filler {
        long fill(EventStore store, long offset, int limit, ArrayNode items);
    }

    /** {@code {"total","offset","limit",name:[...]}} for the page the request asks for, read with one store. */
    static ObjectNode answer(Request r, StorePool stores, String name, Filler filler) {
        int limit = limit(r);
        long offset = offset(r);
        ArrayNode items = Json.array();
        long total = stores.read(store -> filler.fill(store, offset, limit, items));
        ObjectNode page = Json.object();
        page.put("total", total);
        page.put("offset", offset);
        page.put("limit", limit);
        page.set(name, items);
        return page;
    }
}
