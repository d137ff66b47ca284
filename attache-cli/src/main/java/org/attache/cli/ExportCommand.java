package org.attache.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.store.EventRecord;
import org.attache.store.EventStore;
import org.attache.store.export.EventExport;
import org.attache.store.export.ExportFormat;
import org.attache.store.query.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache export --format F}: the selected events (or one record per cluster, with the
 * cluster's counts) in an exchange format, to a file or stdout; Parquet to a directory.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events: jsonl, csv, parquet (a directory partitioned by year/month), "
                + "gdelt (GDELT 2.0 event table, 61 columns), icews (20 columns) or plover (PLOVER JSON).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, csv, parquet, gdelt, icews or plover.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "File to write (default: stdout); for parquet a new or empty directory (required).")
    Path output;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        EventFilter filter = store.filter(spec.commandLine());
        if (format.writesDirectory() && output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --output DIR");
        }
        EventExport export;
        try (EventStore events = store.open();
             OutputStream out = format.writesDirectory() ? null
                     : output == null ? new EventsCommand.NonClosingStdout() : Files.newOutputStream(output)) {
            export = out == null ? format.openDirectory(output) : format.open(out);
            try {
                if (store.clusters) {
                    events.clusters(filter, 0, c -> write(export, c.representative()));
                } else {
                    events.events(filter, 0, r -> write(export, r));
                }
            } finally {
                export.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.err.printf(Locale.ROOT, "attache: exported %,d %s as %s%s%s%n", export.written(),
                store.clusters ? "clusters" : "events", format.name().toLowerCase(Locale.ROOT),
                output == null ? "" : " to " + output,
                export.leftOut() == 0 ? "" : String.format(Locale.ROOT, "; %,d left out (negated, hypothetical, "
                        + "or without a category in the format)", export.leftOut()));
        return 0;
    }

    private static void write(EventExport export, EventRecord record) {
        try {
            export.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
