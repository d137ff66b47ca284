package org.attache.formats;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON values read the way {@code score.py} reads them, so that both scorers agree on every input,
 * odd ones included.
 */
final class JsonTruth {

    private JsonTruth() {
    }

    /** Python's {@code bool(value)}: false for null, false, 0, "", [] and {}. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0.0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    /** Python's {@code str(value)} for the scalars a gold or event file holds. */
    static String str(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
