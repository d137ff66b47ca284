package org.attache.store.query;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventFilter} as a SQL WHERE clause with bound parameters, over the events table or the
 * clusters table (which share the filtered columns' names). Values never enter the SQL text.
 *
 * <p>Thread-safety: immutable after construction.
 *
 * @param sql {@code WHERE ...} (or empty), to append after {@code FROM table alias}
 * @param parameters the values of the {@code ?} placeholders, in order
 */
public record SqlFilter(String sql, List<Object> parameters) {

    public SqlFilter {
        parameters = List.copyOf(parameters);
    }

    /**
     * The clause for table alias {@code a}; {@code clusters} says whether {@code a} is the
     * clusters table (the document criterion then goes through the members).
     */
    public static SqlFilter of(EventFilter f, String a, boolean clusters) {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            terms.add(a + ".date >= ?");
            params.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            terms.add(a + ".date <= ?");
            params.add(Date.valueOf(f.to()));
        }
        if (f.actor() != null) {
            terms.add("(" + a + ".source_code LIKE ? OR " + a + ".target_code LIKE ?)");
            params.add(f.actor() + "%");
            params.add(f.actor() + "%");
        }
        dyad(f, a, terms, params);
        if (f.root() != null) {
            terms.add(a + ".root = ?");
            params.add(f.root());
        }
        if (f.cameo() != null) {
            terms.add(a + ".cameo LIKE ?");
            params.add(f.cameo() + "%");
        }
        if (f.quadClass() != null) {
            terms.add(a + ".quad_class = ?");
            params.add(f.quadClass());
        }
        if (f.country() != null) {
            terms.add("(" + a + ".source_country = ? OR " + a + ".target_country = ?)");
            params.add(f.country());
            params.add(f.country());
        }
        if (f.docId() != null) {
            terms.add(clusters
                    ? a + ".cluster_id IN (SELECT m.cluster_id FROM cluster_members m JOIN events d "
                            + "ON d.event_id = m.event_id WHERE d.doc_id = ?)"
                    : a + ".doc_id = ?");
            params.add(f.docId());
        }
        if (f.assertedOnly()) {
            terms.add("NOT " + a + ".negated AND NOT " + a + ".hypothetical");
        }
        return new SqlFilter(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
    }

    private static void dyad(EventFilter f, String a, List<String> terms, List<Object> params) {
        if (f.source() == null && f.target() == null) {
            return;
        }
        String forward = pair(a, f.source(), f.target(), params);
        if (f.eitherDirection()) {
            String backward = pair(a, f.target(), f.source(), params);
            terms.add("((" + forward + ") OR (" + backward + "))");
        } else {
            terms.add(forward);
        }
    }

    private static String pair(String a, String source, String target, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (source != null) {
            parts.add(a + ".source_code LIKE ?");
            params.add(source + "%");
        }
        if (target != null) {
            parts.add(a + ".target_code LIKE ?");
            params.add(target + "%");
        }
        return String.join(" AND ", parts);
    }
}
