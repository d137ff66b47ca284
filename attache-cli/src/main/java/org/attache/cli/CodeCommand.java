package org.attache.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.attache.formats.ArticleReader;
import org.attache.formats.EventJsonWriter;
import org.attache.formats.Item;
import org.attache.formats.Rejection;
import org.attache.pipeline.ArticleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache code}: reads articles, writes one JSON object per event. Articles are coded on
 * several threads (one NLP pipeline each) and written in input order, so the output is the same
 * whatever the thread count.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code news articles into CAMEO events (JSON Lines on stdout or --output).%n"
                + "Inputs: JSON Lines files ({\"id\",\"date\",\"text\"}, optional title/url/source), .txt files, "
                + "directories of them, or - for stdin.%n"
                + "Exit codes: 0 all coded, 1 failure, 2 usage error, 3 some records rejected (the rest coded).")
final class CodeCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories or - (default: -).")
    List<String> inputs = List.of(ArticleReader.STDIN);

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write events to FILE instead of stdout.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date of .txt articles (default: a date the file name starts with, as in "
                    + "2023-03-10_talks.txt, else the file's modification date, with a warning).")
    LocalDate date;

    @Option(names = {"-t", "--threads"}, description = "Coding threads, one NLP pipeline each (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-chars", description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = ArticleReader.DEFAULT_MAX_CHARS;

    @Option(names = "--no-progress", description = "Do not report progress on stderr.")
    boolean noProgress;

    @Option(names = "--db", paramLabel = "DB", arity = "0..1",
            fallbackValue = org.attache.store.EventStore.DEFAULT_FILE,
            description = "Store events in DB (a DuckDB file, default ${FALLBACK-VALUE}, or "
                    + "postgresql://user@host/db), skipping articles stored unchanged; events then go to --output "
                    + "only, not to stdout.")
    String db;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // open the output first: a bad path should fail now, not after the models have loaded
        try (OutputStream out = output != null ? Files.newOutputStream(output)
                : db != null ? OutputStream.nullOutputStream() : new NonClosing(System.out);
             EventJsonWriter writer = new EventJsonWriter(out);
             StoreSink store = db == null ? null : StoreSink.open(db, dictionaryOptions.specs, inputs,
                     threads, maxChars, err)) {
            ArticleCoder coder = Engine.articleCoder(dictionaryOptions.load(err));
            ArticleReader reader = new ArticleReader().withMaxChars(maxChars);
            if (date != null) {
                reader = reader.withDefaultDate(date);
            }
            Progress progress = new Progress(err, !noProgress && System.console() != null);
            Tally tally = new Tally();
            try (OrderedCoding coding = new OrderedCoding(coder, threads, outcome -> {
                if (outcome.failure() != null) {
                    tally.rejected++;
                    err.println("attache: rejected " + outcome.item().where() + ": coding failed: " + outcome.failure());
                    return;
                }
                outcome.coded().events().forEach(writer::write);
                if (store != null) {
                    store.add(outcome.coded());
                }
                progress.add(outcome.coded().sentences(), outcome.coded().parsed(), outcome.coded().events().size());
            })) {
                reader.read(inputs, item -> {
                    if (item instanceof Rejection r) {
                        tally.rejected++;
                        err.println("attache: rejected " + r.message());
                    } else if (item instanceof Item.Skipped skip) {
                        tally.skipped++;
                        err.println("attache: skipped " + skip.where() + ": " + skip.reason());
                    } else if (item instanceof Item.Accepted accepted) {
                        if (accepted.warning() != null) {
                            err.println("attache: warning: " + accepted.where() + ": " + accepted.warning());
                        }
                        if (store == null || !store.isCurrent(accepted.article())) {
                            coding.submit(accepted);
                        }
                    }
                });
                coding.finish();
            }
            if (store != null) {
                tally.rejected += store.finish();
            }
            writer.flush();
            progress.finish();
            err.printf(Locale.ROOT, "attache: coded %,d articles (%,d sentences, %,d parsed), %,d events; "
                            + "%,d skipped, %,d rejected; %.1f s%n", progress.articles(), progress.sentences(),
                    progress.parsed(), progress.events(), tally.skipped, tally.rejected, progress.seconds());
            return tally.rejected > 0 ? Main.EXIT_REJECTED : 0;
        } catch (UncheckedIOException e) {
            err.println("attache: cannot write events: " + e.getCause().getMessage());
            return 1;
        }
    }

    /** Counts of records not coded, kept by the submitting thread. */
    private static final class Tally {
        int skipped;
        int rejected;
    }

    /** Standard output, which closing the writer must leave open for whoever runs us. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
