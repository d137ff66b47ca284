package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache bench store}: insert rate and dyad-query latency of the stores on synthetic
 * events. Figures, not a test.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Measure bulk insert rate (events/s), cluster rebuild time and monthly dyad-series latency "
                + "of DuckDB and PostgreSQL on synthetic events.")
final class StoreBenchCommand implements Callable<Integer> {

    @Option(names = "--events", split = ",", paramLabel = "N",
            description = "Event counts to measure (default: 1000000,10000000).")
    List<Integer> sizes = List.of(1_000_000, 10_000_000);

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the DuckDB files go (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "attache-bench");

    @Option(names = "--pg", paramLabel = "URL", description = "PostgreSQL to measure too, in a scratch schema "
            + "attache_bench (default: $ATTACHE_TEST_PG_URL, none if unset).")
    String pg = System.getenv("ATTACHE_TEST_PG_URL");

    @Option(names = "--no-duckdb", description = "Measure PostgreSQL only.")
    boolean noDuckDb;

    @Override
    public Integer call() throws Exception {
        StoreBenchmark bench = new StoreBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (!noDuckDb) {
            bench.duckDb(dir, sizes);
        }
        if (pg != null && !pg.isBlank()) {
            bench.postgres(pg, sizes);
        }
        return 0;
    }
}
