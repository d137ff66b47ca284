package org.attache.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.attache.formats.EventJsonWriter;
import org.attache.store.EventStore;
import org.attache.store.export.ClusterJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache events}: the stored events that match the filters, as JSON Lines on stdout (the
 * format {@code attache code} writes), or with {@code --clusters} one line per cluster with its
 * counts and members.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print stored events (JSON Lines) or, with --clusters, de-duplicated clusters with "
                + "their members.")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events or clusters (default: all).")
    long limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var filter = store.filter(spec.commandLine());
        OutputStream out = new NonClosingStdout();
        try (EventStore events = store.open()) {
            if (store.clusters) {
                try (ClusterJson json = new ClusterJson(out)) {
                    events.clusters(filter, limit, c -> {
                        try {
                            json.write(c);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            } else {
                try (EventJsonWriter json = new EventJsonWriter(out)) {
                    events.events(filter, limit, r -> json.write(r.event()));
                }
            }
        }
        return 0;
    }

    /** Standard output, flushed but never closed. */
    static final class NonClosingStdout extends OutputStream {
        @Override
        public void write(int b) {
            System.out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.out.write(b, off, len);
        }

        @Override
        public void flush() {
            System.out.flush();
        }
    }
}
