package org.attache.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.events.Event;
import org.attache.pipeline.CodedArticle;
import org.attache.store.dedup.ClusterRule;
import org.attache.store.dedup.MinHash;
import org.attache.text.Article;

/**
 * Writes a batch of coded articles inside the caller's transaction: removes what an earlier
 * version of each document left (events, bands) and queues the clusters it touched, finds whether
 * it is a syndicated copy of a stored document, and writes the document, its bands and its events
 * with the dialect's bulk writer. Work per batch, not per document, wherever SQL allows: one
 * lookup of existing documents, one bulk writer per table.
 *
 * <p>Not thread-safe; one per batch.
 */
final class DocumentWriter {

    private static final List<String> DOCUMENT_COLUMNS = List.of("doc_id", "date", "url", "source", "title",
            "text_hash", "text_length", "run_id", "stored_at", "event_count", "copy_of", "copy_similarity", "minhash");

    private final JdbcEventStore store;
    private final CodingRun run;

    DocumentWriter(JdbcEventStore store, CodingRun run) {
        this.store = store;
        this.run = run;
    }

    /** A document's near-duplicate original and how similar the two are. */
    private record Copy(String original, double similarity) {
    }

    private record Signed(String docId, int[] signature, String copyOf) {
    }

    IngestReport write(List<CodedArticle> batch) throws SQLException {
        Set<String> existing = existing(batch);
        for (String id : existing) {
            forget(id);
        }
        Map<String, LocalDate> backlog = new HashMap<>();
        Map<Long, List<Signed>> batchBands = new HashMap<>();
        int events = 0;
        int copies = 0;
        try (JdbcEventStore.Rows documents = store.rows("documents", DOCUMENT_COLUMNS);
             JdbcEventStore.Rows bands = store.rows("document_bands", List.of("band_hash", "doc_id"));
             JdbcEventStore.Rows eventRows = store.rows("events", EventColumns.NAMES)) {
            for (CodedArticle coded : batch) {
                Article a = coded.article();
                int[] signature = MinHash.signature(a.text());
                Copy copy = null;
                if (signature != null) {
                    long[] hashes = MinHash.bands(signature);
                    copy = original(a.id(), signature, hashes, batchBands);
                    Signed signed = new Signed(a.id(), signature, copy == null ? null : copy.original());
                    for (long h : hashes) {
                        bands.bigint(h).text(a.id()).end();
                        batchBands.computeIfAbsent(h, k -> new ArrayList<>()).add(signed);
                    }
                }
                if (copy != null) {
                    copies++;
                }
                if (existing.contains(a.id())) {
                    update(coded, signature, copy);
                } else {
                    document(coded, signature, copy, documents);
                }
                for (Event e : coded.events()) {
                    EventColumns.write(e, run.id(), eventRows);
                    backlog.merge(ClusterRule.keyOf(e), e.date(), (x, y) -> x.isBefore(y) ? x : y);
                }
                events += coded.events().size();
            }
            try (JdbcEventStore.Rows queue = store.rows("cluster_backlog", List.of("cluster_key", "from_date"))) {
                for (Map.Entry<String, LocalDate> k : backlog.entrySet()) {
                    queue.text(k.getKey()).date(k.getValue()).end();
                }
            }
        }
        return new IngestReport(batch.size() - existing.size(), existing.size(), events, copies, List.of());
    }

    private Set<String> existing(List<CodedArticle> batch) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
        Set<String> ids = new HashSet<>();
        try (PreparedStatement p = store.connection.prepareStatement(
                "SELECT doc_id FROM documents WHERE doc_id IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                p.setString(i + 1, batch.get(i).article().id());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    /** Removes an earlier version's events and bands, queuing the clusters they were in for a rebuild. */
    private void forget(String docId) throws SQLException {
        execute("INSERT INTO cluster_backlog (cluster_key, from_date) "
                + "SELECT cluster_key, MIN(date) FROM events WHERE doc_id = ? GROUP BY cluster_key", docId);
        execute("DELETE FROM events WHERE doc_id = ?", docId);
        execute("DELETE FROM document_bands WHERE doc_id = ?", docId);
    }

    private void execute(String sql, String docId) throws SQLException {
        try (PreparedStatement p = store.connection.prepareStatement(sql)) {
            p.setString(1, docId);
            p.executeUpdate();
        }
    }

    /** The stored or same-batch document this one is a copy of, if any: the most similar above the threshold. */
    private Copy original(String docId, int[] signature, long[] hashes, Map<Long, List<Signed>> batchBands)
            throws SQLException {
        Map<String, Signed> candidates = new HashMap<>();
        for (long h : hashes) {
            for (Signed s : batchBands.getOrDefault(h, List.of())) {
                candidates.put(s.docId(), s);
            }
        }
        String marks = String.join(", ", Collections.nCopies(hashes.length, "?"));
        try (PreparedStatement p = store.connection.prepareStatement("SELECT d.doc_id, d.minhash, d.copy_of "
                + "FROM documents d WHERE d.doc_id <> ? AND d.minhash IS NOT NULL AND d.doc_id IN "
                + "(SELECT b.doc_id FROM document_bands b WHERE b.band_hash IN (" + marks + "))")) {
            p.setString(1, docId);
            for (int i = 0; i < hashes.length; i++) {
                p.setLong(i + 2, hashes[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    candidates.putIfAbsent(r.getString(1), new Signed(r.getString(1),
                            MinHash.fromBytes(HexFormat.of().parseHex(r.getString(2))), r.getString(3)));
                }
            }
        }
        Copy best = null;
        List<String> ids = new ArrayList<>(candidates.keySet());
        Collections.sort(ids); // equal similarities: the smallest id wins, whatever the hash order
        for (String id : ids) {
            Signed s = candidates.get(id);
            double similarity = MinHash.similarity(signature, s.signature());
            if (similarity >= MinHash.COPY_THRESHOLD && (best == null || similarity > best.similarity())) {
                best = new Copy(s.copyOf() == null ? s.docId() : s.copyOf(), similarity);
            }
        }
        return best;
    }

    private void document(CodedArticle coded, int[] signature, Copy copy, Row row) throws SQLException {
        Article a = coded.article();
        row.text(a.id()).date(a.date()).text(a.url()).text(a.source()).text(a.title())
                .text(JdbcEventStore.textHash(a.text())).integer(a.text().length()).bigint(run.id())
                .timestamp(JdbcEventStore.utc(Instant.now())).integer(coded.events().size())
                .text(copy == null ? null : copy.original()).real(copy == null ? null : copy.similarity())
                .text(signature == null ? null : HexFormat.of().formatHex(MinHash.toBytes(signature)));
        row.end();
    }

    /** An existing document's row is updated in place, never deleted and inserted again. */
    private void update(CodedArticle coded, int[] signature, Copy copy) throws SQLException {
        Article a = coded.article();
        try (PreparedStatement p = store.connection.prepareStatement("UPDATE documents SET date = ?, url = ?, "
                + "source = ?, title = ?, text_hash = ?, text_length = ?, run_id = ?, stored_at = ?, event_count = ?, "
                + "copy_of = ?, copy_similarity = ?, minhash = ? WHERE doc_id = ?")) {
            p.setObject(1, a.date());
            p.setString(2, a.url());
            p.setString(3, a.source());
            p.setString(4, a.title());
            p.setString(5, JdbcEventStore.textHash(a.text()));
            p.setInt(6, a.text().length());
            p.setLong(7, run.id());
            p.setObject(8, JdbcEventStore.utc(Instant.now()));
            p.setInt(9, coded.events().size());
            p.setString(10, copy == null ? null : copy.original());
            p.setObject(11, copy == null ? null : copy.similarity(), java.sql.Types.DOUBLE);
            p.setString(12, signature == null ? null : HexFormat.of().formatHex(MinHash.toBytes(signature)));
            p.setString(13, a.id());
            p.executeUpdate();
        }
    }
}
