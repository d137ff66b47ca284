package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.query.EventFilter;
import org.attache.store.query.Period;
import org.attache.store.query.SeriesPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache dyad SOURCE TARGET}: a time series of what SOURCE did to TARGET — per period, the
 * count of each quad class, the total and the Goldstein sum and mean — as an aligned table or TSV.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "Counts per period and quad class, Goldstein sum and mean, of SOURCE acting on TARGET.")
final class DyadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Source actor code (prefix: USA matches USAGOV).")
    String source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Target actor code (prefix).")
    String target;

    @Option(names = "--by", paramLabel = "PERIOD",
            description = "day, week, month or year (default: ${DEFAULT-VALUE}).")
    Period by = Period.MONTH;

    @Option(names = "--both", description = "Both directions: SOURCE on TARGET and TARGET on SOURCE.")
    boolean both;

    @Option(names = "--tsv", description = "Tab-separated values with a header instead of a table.")
    boolean tsv;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EventFilter filter;
        try {
            filter = store.filter(spec.commandLine()).withDyad(source, target, both);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<SeriesPoint> points;
        try (EventStore events = store.open()) {
            points = events.series(filter, by, store.clusters);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String counted = store.clusters ? "clusters" : "events";
        String[] header = {"period", counted, "verb_coop", "mat_coop", "verb_conf", "mat_conf", "goldstein_sum",
                "goldstein_mean"};
        String row = tsv ? "%s\t%d\t%d\t%d\t%d\t%d\t%.1f\t%.2f%n" : "%-10s %9d %10d %9d %10d %9d %14.1f %15.2f%n";
        out.printf(Locale.ROOT, tsv ? String.join("\t", header) + "%n"
                : "%-10s %9s %10s %9s %10s %9s %14s %15s%n", (Object[]) header);
        for (SeriesPoint p : points) {
            out.printf(Locale.ROOT, row, p.label(), p.total(), p.count(1), p.count(2), p.count(3), p.count(4),
                    p.goldsteinSum(), p.goldsteinMean());
        }
        if (points.isEmpty()) {
            System.err.println("attache: no " + counted + " of " + filter.source() + (both ? " <-> " : " -> ")
                    + filter.target() + " in " + store.db);
        }
        return 0;
    }
}
