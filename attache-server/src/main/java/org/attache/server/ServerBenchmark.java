package org.attache.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Load figures of a running server: {@code clients} concurrent HTTP clients on loopback send
 * requests to one endpoint, each as soon as its previous answer is in, for a given time; then the
 * requests per second and the latency percentiles are printed. Each endpoint is driven on its own,
 * after an uncounted warm-up a fifth as long (JIT, database caches). Only answers with status 200
 * count towards the figures; the others are counted as errors.
 *
 * <p>Figures, not a test: nothing passes or fails. Not thread-safe: run one at a time.
 */
public final class ServerBenchmark {

    /** An endpoint under load: a name, and the path and query of a request, drawn with a client's random source. */
    public record Load(String name, Function<SplittableRandom, String> path) {
    }

    private final String base;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ServerBenchmark(String base, PrintStream out) {
        this.base = base;
        this.out = out;
    }

    /** Drives {@code load} with {@code clients} clients for {@code seconds} and prints its figures. */
    public void run(Load load, int clients, int seconds) throws InterruptedException {
        drive(load, clients, Math.max(1, seconds / 5) * 1_000_000_000L);
        long nanos = seconds * 1_000_000_000L;
        Result result = drive(load, clients, nanos);
        double[] ms = result.latencies();
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "%-28s %3d clients %3d s  %,9d requests %,9.1f req/s  latency ms p50 %7.1f  "
                        + "p90 %7.1f  p99 %7.1f  max %7.1f  errors %d%n", load.name(), clients, seconds, ms.length,
                ms.length / (nanos / 1e9), percentile(ms, 50), percentile(ms, 90), percentile(ms, 99),
                ms.length == 0 ? 0 : ms[ms.length - 1], result.errors());
    }

    private record Result(double[] latencies, long errors) {
    }

    private Result drive(Load load, int clients, long nanos) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + nanos;
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            futures.add(pool.submit(() -> client(load, random, end)));
        }
        List<double[]> all = new ArrayList<>();
        long errors = 0;
        try {
            for (Future<Result> f : futures) {
                Result r = f.get();
                all.add(r.latencies());
                errors += r.errors();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(all.stream().flatMapToDouble(Arrays::stream).toArray(), errors);
    }

    private Result client(Load load, SplittableRandom random, long end) throws IOException, InterruptedException {
        double[] latencies = new double[1024];
        int n = 0;
        long errors = 0;
        while (System.nanoTime() < end) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + load.path().apply(random)))
                    .timeout(Duration.ofSeconds(60)).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                errors++;
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = ms;
        }
        return new Result(Arrays.copyOf(latencies, n), errors);
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
