package org.attache.server;

import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.DictionaryHash;
import org.attache.store.CodingRun;
import org.attache.store.EventStore;
import org.attache.store.IngestReport;
import org.attache.store.query.DocumentSummary;
import org.attache.text.Article;

/**
 * Documents posted to the server, coded and stored as {@code attache code --db} stores them: in one
 * transaction each, replacing an earlier version of the same document, under one coding run per
 * server (started on the first write, finished when the server stops). A document stored already
 * with the same text, date, coder and dictionaries is not coded again.
 *
 * <p>Thread-safe: writes go one at a time through the pool's writer.
 */
final class DocumentIntake implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DocumentIntake.class.getName());

    private final StorePool stores;
    private final CodingService coding;
    private final String version;
    private CodingRun run;

    DocumentIntake(StorePool stores, CodingService coding, String version) {
        this.stores = stores;
        this.coding = coding;
        this.version = version;
    }

    /** Codes and stores the article; returns its stored event count. */
    int store(Article article) {
        boolean current = stores.write(store -> store.isCurrent(article, run(store)));
        if (!current) {
            // coded outside the write lock: coding takes seconds, storing milliseconds
            CodedArticle coded = coding.code(article);
            IngestReport report = stores.write(store -> store.store(run(store), java.util.List.of(coded)));
            if (!report.rejected().isEmpty()) {
                // the reason may quote the database: it goes to the log, not to the client
                LOG.log(System.Logger.Level.WARNING, "document not stored: " + report.rejected().get(0));
                throw ApiException.badRequest("the document cannot be stored (the server log says why)");
            }
        }
        return stores.write(store -> store.document(article.id())).map(DocumentSummary::events).orElse(0);
    }

    /** The server's coding run, started on first use; call with the writer held. */
    private CodingRun run(EventStore store) {
        if (run == null) {
            run = store.startRun(version, DictionaryHash.builtIn(), "{\"source\":\"attache serve\"}");
        }
        return run;
    }

    @Override
    public void close() {
        stores.write(store -> {
            if (run != null) {
                store.finishRun(run);
            }
            return null;
        });
    }
}
