package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A request checked against its {@link Route}: unknown or repeated query parameters are refused up
 * front, and every getter parses and validates one value, answering 400 with a message that names
 * the parameter. An empty value counts as absent, so a form may send its blank fields.
 *
 * <p>Not thread-safe: one per request.
 */
final class Request {

    /** Longest identifier or free-text query value taken: longer is certainly not an id of ours. */
    static final int MAX_VALUE_CHARS = 200;

    private final Context ctx;
    private final Route route;
    private final long maxBodyBytes;

    Request(Context ctx, Route route, long maxBodyBytes) {
        this.ctx = ctx;
        this.route = route;
        this.maxBodyBytes = maxBodyBytes;
        List<String> known = route.query().stream().map(Param::name).toList();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + clip(e.getKey()) + "'"
                        + (known.isEmpty() ? ": this endpoint takes none" : ": this endpoint takes "
                        + String.join(", ", known)));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
        }
    }

    Context context() {
        return ctx;
    }

    /** The value of a query parameter, stripped; null if absent or empty. */
    String string(String name) {
        requireDeclared(name);
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(name, value.strip());
    }

    /** A path parameter: present by construction, but checked like any value. */
    String path(String name) {
        String value = ctx.pathParam(name);
        if (value.isBlank()) {
            throw ApiException.badRequest("path parameter '" + name + "' is empty");
        }
        return checked(name, value);
    }

    LocalDate date(String name) {
        String value = string(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** An integer within {@code min} and {@code max}, or {@code fallback} if absent. */
    long integer(String name, long min, long max, long fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be an integer, was '" + value + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("parameter '" + name + "' must be " + min + " to " + max + ", was " + n);
        }
        return n;
    }

    /** {@code true} or {@code false}; false if absent. */
    boolean flag(String name) {
        String value = string(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badRequest("parameter '" + name + "' must be true or false, was '" + value + "'");
    }

    /** One of the parameter's declared choices, or {@code fallback} if absent. */
    String choice(String name, String fallback) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        List<String> choices = declared(name).choices();
        if (!choices.contains(value)) {
            throw ApiException.badRequest("parameter '" + name + "' must be one of " + String.join(", ", choices)
                    + ", was '" + value + "'");
        }
        return value;
    }

    /**
     * The JSON object of the body, read up to the size limit (413 beyond), with only the route's
     * declared fields (400 for an unknown field or a missing required one) and string values.
     */
    ObjectNode body() {
        byte[] bytes = bodyBytes();
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + clip(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read as JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        List<String> known = route.body().stream().map(Param::name).toList();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                throw ApiException.badRequest("unknown field '" + clip(field) + "': the body takes "
                        + String.join(", ", known));
            }
            if (!object.get(field).isTextual() && !object.get(field).isNull()) {
                throw ApiException.badRequest("field '" + field + "' must be a string");
            }
        }
        for (Param p : route.body()) {
            if (p.required() && (!object.hasNonNull(p.name()) || object.get(p.name()).asText().isBlank())) {
                throw ApiException.badRequest("field '" + p.name() + "' is required");
            }
        }
        return object;
    }

    /** The bearer token of the Authorization header, or null. */
    String bearerToken() {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private byte[] bodyBytes() {
        String length = ctx.header("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("the body is empty: a JSON object is expected");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read");
        }
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the body is larger than " + maxBodyBytes + " bytes");
    }

    private String checked(String name, String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE_CHARS
                    + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("parameter '" + name + "' contains control characters");
        }
        return value;
    }

    private Param declared(String name) {
        return route.query().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(route.path() + " reads undeclared parameter " + name));
    }

    private void requireDeclared(String name) {
        declared(name);
    }

    /** A name or message as echoed back to the client: short and printable. */
    static String clip(String s) {
        if (s == null) {
            return "";
        }
        String printable = s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }
}
