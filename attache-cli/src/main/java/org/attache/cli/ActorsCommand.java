package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.EventStore;
import org.attache.store.query.ActorCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache actors --top N}: the most frequent actor codes among the selected events, in either role. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "The most frequent actors (as source or target) among the stored events or clusters.")
final class ActorsCommand implements Callable<Integer> {

    @Option(names = "--top", paramLabel = "N", description = "How many actors (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ActorCount> actors;
        try (EventStore events = store.open()) {
            actors = events.topActors(store.filter(spec.commandLine()), top, store.clusters);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%4s  %-12s %9s %9s %9s  %s%n", "rank", "code", "total", "source", "target", "name");
        int rank = 0;
        for (ActorCount a : actors) {
            out.printf(Locale.ROOT, "%4d  %-12s %9d %9d %9d  %s%n", ++rank, a.code(), a.total(), a.asSource(),
                    a.asTarget(), a.name());
        }
        return 0;
    }
}
