package org.attache.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.QuadClass;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.attache.pipeline.CodedArticle;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Period;
import org.attache.text.Article;

/**
 * Storage figures on synthetic events: bulk insert rate through the ordinary ingest path
 * ({@link EventStore#store}, batches of {@value #DOCS_PER_BATCH} documents of {@value #EVENTS_PER_DOC}
 * events, one transaction each), cluster rebuild time, and the latency of a monthly dyad series over
 * raw events and over clusters (median of {@value #REPEATS} runs after one warm-up).
 *
 * <p>A batch of 125,000 events fills a DuckDB row group, which DuckDB then writes straight to the
 * database file instead of the write-ahead log. Generating the synthetic events is not timed. The
 * synthetic documents carry no text, so the near-duplicate check (which needs words) is not part
 * of the insert figure; it costs one indexed lookup per document with text. Events are spread
 * over 10 years, 60 countries with 4 roles each, and 24 CAMEO codes, from a fixed seed.
 *
 * <p>Not thread-safe.
 */
public final class StoreBenchmark {

    static final int EVENTS_PER_DOC = 50;
    static final int DOCS_PER_BATCH = 2_500;
    static final int REPEATS = 5;

    private static final String[] COUNTRIES = ("USA RUS CHN PRK KOR JPN GBR FRA DEU UKR IRN IRQ ISR PSE SYR TUR SAU "
            + "EGY IND PAK AFG BRA MEX CAN AUS NGA ZAF ETH KEN SDN LBY YEM QAT ARE VEN COL CUB POL ITA ESP NLD BEL SWE "
            + "NOR FIN GRC SRB BLR GEO ARM AZE KAZ MMR THA VNM PHL IDN MYS NZL ARG").split(" ");
    private static final String[] ROLES = {"", "GOV", "MIL", "OPP"};
    private static final String[] CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071",
        "081", "090", "100", "111", "112", "120", "130", "138", "141", "163", "173", "190", "193"};

    private final PrintStream out;

    public StoreBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Measures a fresh DuckDB file in {@code dir} per size. */
    public void duckDb(Path dir, List<Integer> sizes) throws IOException {
        Files.createDirectories(dir);
        for (int size : sizes) {
            Path file = dir.resolve("bench-" + size + ".duckdb");
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("bench-" + size + ".duckdb.wal"));
            try (EventStore store = DuckDbStore.open(file)) {
                measure("DuckDB", store, size);
            }
            Files.deleteIfExists(file);
        }
    }

    /** Measures PostgreSQL at {@code location} in a scratch schema {@code attache_bench}, dropped afterwards. */
    public void postgres(String location, List<Integer> sizes) throws SQLException {
        String scoped = location + (location.contains("?") ? "&" : "?") + "currentSchema=attache_bench";
        for (int size : sizes) {
            schema(location, "DROP SCHEMA IF EXISTS attache_bench CASCADE", "CREATE SCHEMA attache_bench");
            try (EventStore store = PostgresStore.open(scoped)) {
                measure("PostgreSQL", store, size);
            }
        }
        schema(location, "DROP SCHEMA IF EXISTS attache_bench CASCADE");
    }

    private static void schema(String location, String... statements) throws SQLException {
        try (Connection c = PostgresStore.connect(location); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * A DuckDB file of {@code size} synthetic events (the same ones each time, from the fixed seed),
     * built unless {@code file} already holds exactly that many: what {@code attache bench serve}
     * serves.
     */
    public static void syntheticDuckDb(Path file, int size) throws IOException {
        if (Files.exists(file)) {
            try (EventStore store = DuckDbStore.open(file)) {
                if (store.count(EventFilter.ALL, false) == size) {
                    return;
                }
            }
            Files.delete(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
        }
        try (EventStore store = DuckDbStore.open(file)) {
            CodingRun run = store.startRun("bench", "synthetic", "{}");
            insert(store, run, size);
            store.finishRun(run);
        }
    }

    /** The country codes the synthetic actors are made of (each alone or with GOV, MIL or OPP). */
    public static List<String> countries() {
        return List.of(COUNTRIES);
    }

    private void measure(String name, EventStore store, int size) {
        CodingRun run = store.startRun("bench", "synthetic", "{}");
        double insertSeconds = insert(store, run, size) / 1e9;
        long start = System.nanoTime();
        int clusters = store.refreshClusters();
        double clusterSeconds = seconds(start);
        EventFilter dyad = EventFilter.dyad("USA", "RUS");
        double raw = latency(() -> store.series(dyad, Period.MONTH, false).size());
        double clustered = latency(() -> store.series(dyad, Period.MONTH, true).size());
        long dyadEvents = store.count(dyad, false);
        out.printf(Locale.ROOT, "%-10s %,12d events  insert %,10.0f events/s (%6.1f s)  clusters %,10d in %6.1f s  "
                        + "monthly USA->RUS series (%,d events): %7.1f ms raw, %7.1f ms clusters%n", name, size,
                size / insertSeconds, insertSeconds, clusters, clusterSeconds, dyadEvents, raw * 1000,
                clustered * 1000);
        store.finishRun(run);
    }

    /** Stores {@code size} synthetic events; returns the nanoseconds spent storing them. */
    private static long insert(EventStore store, CodingRun run, int size) {
        SplittableRandom random = new SplittableRandom(42);
        long storing = 0;
        int stored = 0;
        int doc = 0;
        while (stored < size) {
            List<CodedArticle> batch = new ArrayList<>(DOCS_PER_BATCH);
            for (int d = 0; d < DOCS_PER_BATCH && stored < size; d++, doc++) {
                int n = Math.min(EVENTS_PER_DOC, size - stored);
                batch.add(document("bench-" + doc, n, random));
                stored += n;
            }
            long start = System.nanoTime(); // generating the synthetic events is not part of the figure
            store.store(run, batch);
            storing += System.nanoTime() - start;
        }
        return storing;
    }

    private static double latency(java.util.function.IntSupplier query) {
        query.getAsInt(); // warm-up
        double[] times = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            query.getAsInt();
            times[i] = seconds(start);
        }
        Arrays.sort(times);
        return times[REPEATS / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static CodedArticle document(String id, int events, SplittableRandom random) {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3652));
        List<Event> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            String source = actor(random);
            String target = actor(random);
            String code = CODES[random.nextInt(CODES.length)];
            int root = Integer.parseInt(code.substring(0, 2));
            QuadClass quad = root <= 5 ? QuadClass.VERBAL_COOPERATION : root <= 8 ? QuadClass.MATERIAL_COOPERATION
                    : root <= 13 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
            CameoCode cameo = new CameoCode(code, "code " + code, (random.nextInt(201) - 100) / 10.0, quad);
            String sentence = source + " acted on " + target + " (" + code + ") in a synthetic sentence.";
            list.add(new Event(Event.idFor(id, i, 4, source, target, code), id, i, date,
                    mention(source), mention(target), cameo, false, false, Mode.DEED, null,
                    new Evidence(sentence, "acted", 4, 9, "* +", null)));
        }
        return new CodedArticle(new Article(id, date, null, "", null, "bench"), list, events, events);
    }

    private static String actor(SplittableRandom random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)] + ROLES[random.nextInt(ROLES.length)];
    }

    private static ActorMention mention(String code) {
        return new ActorMention(code, code, code, 0, 3, code.substring(0, 3), "state", 0, null);
    }
}
