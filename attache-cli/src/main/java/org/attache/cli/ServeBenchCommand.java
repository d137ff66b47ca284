package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.server.ApiServer;
import org.attache.server.ServerBenchmark;
import org.attache.server.ServerOptions;
import org.attache.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache bench serve}: requests per second and latency percentiles of the HTTP API under
 * concurrent clients, over a DuckDB file of synthetic events (built once, then reused). Figures,
 * not a test.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Measure requests/s and latency (p50/p90/p99/max) of /api/series (a dyad, by month) and "
                + "/api/events (an actor, 50 a page) with concurrent clients on loopback.")
final class ServeBenchCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", description = "Synthetic events in the database (default: "
            + "${DEFAULT-VALUE}).")
    int events = 1_000_000;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the database goes (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "attache-bench");

    @Option(names = "--clients", paramLabel = "C", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", paramLabel = "D", description = "Seconds per endpoint (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = dir.resolve("serve-" + events + ".duckdb");
        System.err.printf(Locale.ROOT, "attache: bench serve: %s with %,d synthetic events (built on first run)%n",
                file, events);
        java.nio.file.Files.createDirectories(dir);
        StoreBenchmark.syntheticDuckDb(file, events);
        List<String> countries = StoreBenchmark.countries();
        try (ApiServer server = ApiServer.start(ServerOptions.of(file.toString()).withPort(0))) {
            ServerBenchmark bench = new ServerBenchmark(server.url(), out);
            bench.run(new ServerBenchmark.Load("GET /api/series (dyad)", r -> "/api/series?by=month&source="
                    + pick(countries, r) + "&target=" + pick(countries, r)), clients, seconds);
            bench.run(new ServerBenchmark.Load("GET /api/events (actor)", r -> "/api/events?limit=50&actor="
                    + pick(countries, r) + "&offset=" + 50 * r.nextInt(20)), clients, seconds);
        }
        return 0;
    }

    private static String pick(List<String> codes, java.util.SplittableRandom random) {
        return codes.get(random.nextInt(codes.size()));
    }
}
