package org.attache.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.store.query.DocumentSummary;

/**
 * The stored documents, listed by date (optionally within dates) a page at a time, or one by id.
 * Values are bound parameters.
 *
 * <p>Not thread-safe: uses the store's connection.
 */
final class DocumentQueries {

    private static final String COLUMNS = "SELECT d.doc_id, d.date, d.title, d.url, d.source, d.event_count "
            + "FROM documents d";

    private final Connection connection;

    DocumentQueries(Connection connection) {
        this.connection = connection;
    }

    long count(LocalDate from, LocalDate to) throws SQLException {
        List<Object> params = new ArrayList<>();
        try (PreparedStatement p = EventQueries.prepare(connection, "SELECT COUNT(*) FROM documents d"
                + where(from, to, params), params); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    List<DocumentSummary> page(LocalDate from, LocalDate to, long offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = COLUMNS + where(from, to, params) + " ORDER BY d.date, d.doc_id LIMIT ? OFFSET ?";
        params.add(limit);
        params.add(offset);
        return read(sql, params);
    }

    Optional<DocumentSummary> one(String docId) throws SQLException {
        return read(COLUMNS + " WHERE d.doc_id = ?", List.of(docId)).stream().findFirst();
    }

    private static String where(LocalDate from, LocalDate to, List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (from != null) {
            terms.add("d.date >= ?");
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            terms.add("d.date <= ?");
            params.add(Date.valueOf(to));
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private List<DocumentSummary> read(String sql, List<Object> params) throws SQLException {
        List<DocumentSummary> documents = new ArrayList<>();
        try (PreparedStatement p = EventQueries.prepare(connection, sql, params); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                documents.add(new DocumentSummary(r.getString(1), r.getObject(2, LocalDate.class), r.getString(3),
                        r.getString(4), r.getString(5), r.getInt(6)));
            }
        }
        return documents;
    }
}
