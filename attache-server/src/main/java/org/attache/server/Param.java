package org.attache.server;

import java.util.List;
import java.util.Objects;

/**
 * A parameter of a route, as the OpenAPI document describes it and as requests are checked against:
 * a query or path parameter, or a field of a JSON request body.
 *
 * @param type {@code string}, {@code integer}, {@code boolean} or {@code date} (YYYY-MM-DD)
 * @param choices the values allowed, or empty for any value of the type
 * @param required whether a request must give it
 */
record Param(String name, String type, String description, List<String> choices, boolean required) {

    Param {
        Objects.requireNonNull(name, "name");
        if (!List.of("string", "integer", "boolean", "date").contains(type)) {
            throw new IllegalArgumentException("unknown parameter type " + type + " of " + name);
        }
        choices = List.copyOf(choices);
    }

    static Param string(String name, String description) {
        return new Param(name, "string", description, List.of(), false);
    }

    static Param integer(String name, String description) {
        return new Param(name, "integer", description, List.of(), false);
    }

    static Param flag(String name, String description) {
        return new Param(name, "boolean", description, List.of(), false);
    }

    static Param date(String name, String description) {
        return new Param(name, "date", description, List.of(), false);
    }

    static Param choice(String name, String description, List<String> choices) {
        return new Param(name, "string", description, choices, false);
    }

    Param asRequired() {
        return new Param(name, type, description, choices, true);
    }
}
