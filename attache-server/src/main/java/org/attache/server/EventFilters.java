package org.attache.server;

import java.util.ArrayList;
import java.util.List;
import org.attache.store.query.EventFilter;

/**
 * The event filters every event query takes, the same as the CLI's: their declarations for routes
 * and the OpenAPI document, and the {@link EventFilter} a request's values make.
 *
 * <p>Thread-safety: stateless.
 */
final class EventFilters {

    static final List<Param> PARAMS = List.of(
            Param.date("from", "First date, inclusive (YYYY-MM-DD)."),
            Param.date("to", "Last date, inclusive (YYYY-MM-DD)."),
            Param.string("actor", "Actor code in either role; a prefix: USA matches USAGOV."),
            Param.string("source", "Source actor code (prefix)."),
            Param.string("target", "Target actor code (prefix)."),
            Param.flag("either", "With source and target: also the reverse dyad."),
            Param.string("root", "CAMEO root code, two digits."),
            Param.string("cameo", "CAMEO code and its sub-codes, 2 to 4 digits."),
            Param.integer("quad", "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                    + "4 material conflict."),
            Param.string("country", "Country (ISO alpha-3) of the source or the target."),
            Param.string("doc", "Events of one document (its id)."),
            Param.flag("asserted", "true: leave out negated and hypothetical events."));

    private EventFilters() {
    }

    /** The filter parameters followed by {@code more}. */
    static List<Param> with(Param... more) {
        List<Param> params = new ArrayList<>(PARAMS);
        params.addAll(List.of(more));
        return params;
    }

    /** The filter the request's parameters describe; a bad value is a 400 naming its parameter. */
    static EventFilter of(Request r) {
        Integer quad = r.string("quad") == null ? null : (int) r.integer("quad", 1, 4, 0);
        try {
            return new EventFilter(r.date("from"), r.date("to"), r.string("actor"), r.string("source"),
                    r.string("target"), r.flag("either"), r.string("root"), r.string("cameo"), quad,
                    r.string("country"), r.string("doc"), r.flag("asserted"));
        } catch (IllegalArgumentException e) {
            // EventFilter's messages name the field, and its fields are named as the parameters
            throw ApiException.badRequest("parameter " + e.getMessage());
        }
    }
}
