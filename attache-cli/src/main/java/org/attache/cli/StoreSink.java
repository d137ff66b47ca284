package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.DictionaryHash;
import org.attache.store.CodingRun;
import org.attache.store.EventStore;
import org.attache.store.IngestReport;
import org.attache.text.Article;

/**
 * What {@code attache code --db} adds to coding: skips articles the store already holds as they
 * are (same text, date, coder and dictionaries), stores the others in batches of 50 documents
 * (system property {@code attache.store.batch}), one transaction each, and at the end brings the
 * clusters up to date and records the run as finished. A process killed mid-run loses at most the batch in memory;
 * the next run codes what is missing.
 *
 * <p>Not thread-safe: called on the submitting thread only.
 */
final class StoreSink implements AutoCloseable {

    static final int BATCH = Integer.getInteger("attache.store.batch", 50);

    private final EventStore store;
    private final CodingRun run;
    private final PrintStream err;
    private final List<CodedArticle> batch = new ArrayList<>();
    private IngestReport report = IngestReport.NONE;
    private int unchanged;

    private StoreSink(EventStore store, CodingRun run, PrintStream err) {
        this.store = store;
        this.run = run;
        this.err = err;
    }

    /** Opens the store and records the start of a run with its dictionaries ({@code --dictionaries}) and settings. */
    static StoreSink open(String location, List<String> dictionaries, List<String> inputs, int threads, int maxChars,
                          PrintStream err) {
        EventStore store = StoreOptions.open(location);
        try {
            ObjectNode configuration = new ObjectMapper().createObjectNode();
            configuration.putPOJO("dictionaries", dictionaries);
            configuration.putPOJO("inputs", inputs);
            configuration.put("threads", threads);
            configuration.put("max_chars", maxChars);
            CodingRun run = store.startRun(Version.current(), DictionaryHash.of(dictionaries), configuration.toString());
            return new StoreSink(store, run, err);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** True, and counted, if the article is stored as it is: no need to code it. */
    boolean isCurrent(Article article) {
        if (store.isCurrent(article, run)) {
            unchanged++;
            return true;
        }
        return false;
    }

    void add(CodedArticle coded) {
        batch.add(coded);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /** Stores what is pending, refreshes clusters, closes the run and reports; returns documents rejected. */
    int finish() {
        flush();
        int clusters = store.refreshClusters();
        store.finishRun(run);
        err.printf(Locale.ROOT, "attache: stored %,d new and %,d changed documents (%,d events, %,d syndicated copies) "
                        + "in %s, run %d; %,d already stored; %,d clusters rebuilt%n", report.added(),
                report.replaced(), report.events(), report.copies(), store.description(), run.id(), unchanged,
                clusters);
        return report.rejected().size();
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        IngestReport stored = store.store(run, batch);
        for (String rejected : stored.rejected()) {
            err.println("attache: rejected " + rejected + ": not stored");
        }
        report = report.plus(stored);
        batch.clear();
    }

    @Override
    public void close() {
        store.close();
    }
}
