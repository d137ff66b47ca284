package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.attache.store.EventRecord;
import org.attache.store.query.DocumentSummary;
import org.attache.store.query.EventFilter;

/**
 * Reading stored events and documents: {@code /api/events} (filtered, a page at a time),
 * {@code /api/events/{id}}, {@code /api/documents} and {@code /api/documents/{id}}.
 *
 * <p>Thread-safe: every request borrows its own store from the pool.
 */
final class EventEndpoints {

    private final StorePool stores;

    EventEndpoints(StorePool stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/events", "Events matching the filters, a page at a time",
                        EventFilters.with(Pages.LIMIT, Pages.OFFSET),
                        "{\"total\",\"offset\",\"limit\",\"events\":[event...]} in date, document and sentence order",
                        this::events),
                Route.get("/api/events/{id}", "One event with its evidence", List.of(), "the event (404 if unknown)",
                        this::event).withPathParam(Param.string("id", "The event's event_id.")),
                Route.get("/api/documents", "Stored documents, a page at a time, in date order",
                        List.of(Param.date("from", "First date, inclusive (YYYY-MM-DD)."),
                                Param.date("to", "Last date, inclusive (YYYY-MM-DD)."), Pages.LIMIT, Pages.OFFSET),
                        "{\"total\",\"offset\",\"limit\",\"documents\":[{\"doc_id\",\"date\",\"title\",\"url\","
                                + "\"publisher\",\"events\"}]}", this::documents),
                Route.get("/api/documents/{id}", "One document with its events", List.of(),
                        "the document with \"events\":[event...] (404 if unknown)", this::document)
                        .withPathParam(Param.string("id", "The document's doc_id.")));
    }

    private ObjectNode events(Request r) {
        EventFilter filter = EventFilters.of(r);
        return Pages.answer(r, stores, "events", (store, offset, limit, items) -> {
            store.events(filter, offset, limit, e -> items.add(Json.event(e)));
            return store.count(filter, false);
        });
    }

    private ObjectNode event(Request r) {
        String id = r.path("id");
        EventRecord event = stores.read(store -> store.event(id))
                .orElseThrow(() -> ApiException.notFound("no event " + Request.clip(id)));
        return Json.event(event);
    }

    private ObjectNode documents(Request r) {
        LocalDate from = r.date("from");
        LocalDate to = r.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("parameter to (" + to + ") is before from (" + from + ")");
        }
        return Pages.answer(r, stores, "documents", (store, offset, limit, items) -> {
            store.documents(from, to, offset, limit).forEach(d -> items.add(document(d)));
            return store.countDocuments(from, to);
        });
    }

    private ObjectNode document(Request r) {
        String id = r.path("id");
        ArrayNode events = Json.array();
        DocumentSummary summary = stores.read(store -> {
            DocumentSummary d = store.document(id).orElse(null);
            if (d != null) {
                store.events(EventFilter.ALL.withDocument(id), 0, 0, e -> events.add(Json.event(e)));
            }
            return d;
        });
        if (summary == null) {
            throw ApiException.notFound("no document " + Request.clip(id));
        }
        ObjectNode document = document(summary);
        document.set("events", events);
        return document;
    }

    private static ObjectNode document(DocumentSummary d) {
        ObjectNode node = Json.object();
        node.put("doc_id", d.docId());
        node.put("date", d.date().toString());
        node.put("title", d.title());
        node.put("url", d.url());
        node.put("publisher", d.publisher());
        node.put("events", d.events());
        return node;
    }
}
