package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.attache.events.Event;
import org.attache.formats.EventJson;
import org.attache.store.EventRecord;

/**
 * The JSON the server reads and writes. An event is written exactly as {@code attache code} writes
 * it ({@link EventJson}: same fields, same order), and a stored one gets its document's
 * {@code url}, {@code publisher} and {@code title} after them.
 *
 * <p>Thread-safe.
 */
final class Json {

    /** Refuses trailing garbage after a JSON value, and duplicate object keys (which would be ambiguous). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ObjectNode event(Event event) {
        try {
            return (ObjectNode) MAPPER.readTree(EventJson.toJson(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EventJson wrote invalid JSON for " + event.eventId(), e);
        }
    }

    static ObjectNode event(EventRecord record) {
        ObjectNode node = event(record.event());
        node.put("url", record.url());
        node.put("publisher", record.publisher());
        node.put("title", record.title());
        return node;
    }

    static ObjectNode error(int status, String message) {
        ObjectNode node = object();
        node.put("error", message);
        node.put("status", status);
        return node;
    }

    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
