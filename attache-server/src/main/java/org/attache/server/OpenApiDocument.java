package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The server's OpenAPI 3.0 document, written from the route table that also registers the routes,
 * so every route is documented and nothing documented is missing. Every operation may answer with
 * the error object {@code {"error","status"}}.
 *
 * <p>Thread-safety: stateless.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static ObjectNode of(List<Route> routes, String version) {
        ObjectNode doc = Json.object();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Attaché API");
        info.put("version", version);
        info.put("description", "Political events coded in CAMEO from news text, with their evidence. "
                + "Unknown query parameters are refused with 400. Errors are {\"error\",\"status\"}.");
        ObjectNode paths = doc.putObject("paths");
        for (Route route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
                    : paths.putObject(route.path());
            path.set(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        ObjectNode error = doc.putObject("components").putObject("schemas").putObject("Error");
        error.put("type", "object");
        error.putArray("required").add("error").add("status");
        ObjectNode properties = error.putObject("properties");
        properties.putObject("error").put("type", "string");
        properties.putObject("status").put("type", "integer");
        ObjectNode bearer = ((ObjectNode) doc.get("components")).putObject("securitySchemes").putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        return doc;
    }

    private static ObjectNode operation(Route route) {
        ObjectNode op = Json.object();
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        ArrayNode parameters = op.putArray("parameters");
        route.pathParams().forEach(p -> parameters.add(parameter(p, "path")));
        route.query().forEach(p -> parameters.add(parameter(p, "query")));
        if (!route.body().isEmpty()) {
            ObjectNode schema = op.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json").putObject("schema");
            schema.put("type", "object");
            schema.put("additionalProperties", false);
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = schema.putArray("required");
            for (Param p : route.body()) {
                properties.set(p.name(), schema(p));
                if (p.required()) {
                    required.add(p.name());
                }
            }
        }
        if (route.needsToken()) {
            op.putArray("security").addObject().putArray("bearer");
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", route.returns());
        ObjectNode okSchema = ok.putObject("content").putObject(route.produces()).putObject("schema");
        okSchema.put("type", route.produces().equals(Route.JSON) ? "object" : "string");
        ObjectNode error = responses.putObject("default");
        error.put("description", "an error: 400 bad parameter or body, 401/403 no write access, 404 not found, "
                + "413 too large, 503 busy");
        error.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/Error");
        return op;
    }

    private static ObjectNode parameter(Param p, String in) {
        ObjectNode node = Json.object();
        node.put("name", p.name());
        node.put("in", in);
        node.put("required", in.equals("path") || p.required());
        node.put("description", p.description());
        node.set("schema", schema(p));
        return node;
    }

    private static ObjectNode schema(Param p) {
        ObjectNode schema = Json.object();
        if (p.type().equals("date")) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else {
            schema.put("type", p.type());
        }
        if (!p.choices().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            p.choices().forEach(values::add);
        }
        schema.put("description", p.description());
        return schema;
    }

    /** {@code GET /api/events/{id}} becomes {@code getApiEventsId}. */
    private static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().split("[/{}.]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
