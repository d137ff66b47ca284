package org.attache.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.attache.coder.Dictionaries;
import org.attache.coder.EventCoder;
import org.attache.formats.ArticleReader;
import org.attache.formats.Item;
import org.attache.nlp.CoreNlpPipeline;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;
import org.attache.pipeline.DictionaryHash;
import org.attache.store.CodingRun;
import org.attache.store.EventStore;

/**
 * The fixture corpus of the server's integration and browser tests: a real DuckDB file holding the
 * events the real coder (built-in dictionaries, CoreNLP) finds in {@link #ARTICLES}, bundled sample
 * articles chosen so that states, organisations, cities and companies all occur, and so that the
 * dyads USA-IRN, USA-RUS and SAU-QAT have events in several months and years.
 *
 * <p>Built once per JVM, on first use (coding takes some seconds), in a temporary directory deleted
 * at exit. Tests that only read share {@link #database()}; a test that writes takes a {@link #copy()}.
 *
 * <p>Thread-safe.
 */
public final class TestCorpus {

    /** The sample articles ({@code samples/articles.jsonl} ids) the corpus holds. */
    public static final Set<String> ARTICLES = Set.of("s001", "s006", "s009", "s010", "s014", "s017", "s020", "s023",
            "s025", "s036", "s041", "s042", "s045", "s058");

    private static Path directory;
    private static Path database;
    private static int copies;

    private TestCorpus() {
    }

    /** The shared database file: read it, never write to it. */
    public static synchronized Path database() {
        if (database == null) {
            database = build();
        }
        return database;
    }

    /** A fresh copy of the database, for a test that writes. */
    public static synchronized Path copy() {
        Path source = database();
        Path target = directory.resolve("copy-" + (++copies) + ".duckdb");
        try {
            Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the test corpus", e);
        }
        return target;
    }

    private static Path build() {
        try {
            directory = Files.createTempDirectory("attache-test-corpus");
            Runtime.getRuntime().addShutdownHook(new Thread(TestCorpus::deleteDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the test corpus", e);
        }
        Path file = directory.resolve("corpus.duckdb");
        CoreNlpPipeline.quietLogging();
        ArticleCoder coder = new ArticleCoder(new EventCoder(Dictionaries.builtIn()), CoreNlpPipeline.perThread());
        List<CodedArticle> coded = new ArrayList<>();
        new ArticleReader().read(List.of(samples().resolve("articles.jsonl").toString()), item -> {
            if (item instanceof Item.Accepted a && ARTICLES.contains(a.article().id())) {
                coded.add(coder.code(a.article()));
            }
        });
        if (coded.size() != ARTICLES.size()) {
            throw new IllegalStateException("found " + coded.size() + " of the " + ARTICLES.size()
                    + " test articles in " + samples());
        }
        try (EventStore store = EventStore.open(file.toString())) {
            CodingRun run = store.startRun("test", DictionaryHash.builtIn(), "{\"fixture\":\"TestCorpus\"}");
            store.store(run, coded);
            store.refreshClusters();
            store.finishRun(run);
        }
        return file;
    }

    /** The repository's {@code samples/} directory, from the module directory the tests run in. */
    private static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("samples/articles.jsonl"))) {
                return dir.resolve("samples");
            }
        }
        throw new IllegalStateException("no samples/articles.jsonl above " + Path.of("").toAbsolutePath());
    }

    private static void deleteDirectory() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the JVM is exiting
        }
    }
}
