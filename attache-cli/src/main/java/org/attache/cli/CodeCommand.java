package org.attache.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.events.Event;
import org.attache.formats.ArticleReader;
import org.attache.formats.EventJsonWriter;
import org.attache.formats.Item;
import org.attache.formats.Rejection;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;
import picocli.CommandLine.Command;
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

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, directories or - (default: -).")
    List<String> inputs = List.of(ArticleReader.STDIN);

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write events to FILE instead of stdout.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date of .txt articles (default: the file's modification date, with a warning).")
    LocalDate date;

    @Option(names = {"-t", "--threads"}, description = "Coding threads, one NLP pipeline each (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--max-chars", description = "Reject articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxChars = ArticleReader.DEFAULT_MAX_CHARS;

    @Option(names = "--no-progress", description = "Do not report progress on stderr.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ArticleCoder coder = Engine.articleCoder();
        ArticleReader reader = new ArticleReader().withMaxChars(maxChars);
        if (date != null) {
            reader = reader.withDefaultDate(date);
        }
        Progress progress = new Progress(err, !noProgress && System.console() != null);
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BlockingQueue<CompletableFuture<CodedArticle>> inOrder = new ArrayBlockingQueue<>(threads * 4);
        CompletableFuture<CodedArticle> end = CompletableFuture.completedFuture(null);
        try (OutputStream out = output == null ? System.out : Files.newOutputStream(output);
             EventJsonWriter writer = new EventJsonWriter(out)) {
            Thread drain = new Thread(() -> drain(inOrder, end, writer, progress, err), "attache-writer");
            drain.start();
            reader.read(inputs, item -> {
                if (item instanceof Rejection r) {
                    rejected.incrementAndGet();
                    err.println("attache: rejected " + r.message());
                    return;
                }
                Item.Accepted accepted = (Item.Accepted) item;
                if (accepted.warning() != null) {
                    err.println("attache: warning: " + accepted.where() + ": " + accepted.warning());
                }
                if (accepted.article().text().isBlank()) {
                    skipped.incrementAndGet();
                    err.println("attache: skipped " + accepted.where() + ": text is empty");
                    return;
                }
                put(inOrder, CompletableFuture.supplyAsync(() -> coder.code(accepted.article()), pool)
                        .exceptionally(e -> {
                            rejected.incrementAndGet();
                            err.println("attache: rejected " + accepted.where() + ": coding failed: " + e.getCause());
                            return null;
                        }));
            });
            put(inOrder, end);
            drain.join();
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        err.printf(Locale.ROOT, "attache: coded %,d articles (%,d sentences, %,d parsed), %,d events; "
                        + "%,d skipped, %,d rejected; %.1f s%n", progress.articles(), progress.sentences(),
                progress.parsed(), progress.events(), skipped.get(), rejected.get(), progress.seconds());
        return rejected.get() > 0 ? Main.EXIT_REJECTED : 0;
    }

    private static void put(BlockingQueue<CompletableFuture<CodedArticle>> queue, CompletableFuture<CodedArticle> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing an article", e);
        }
    }

    private static void drain(BlockingQueue<CompletableFuture<CodedArticle>> queue, CompletableFuture<CodedArticle> end,
                              EventJsonWriter writer, Progress progress, PrintStream err) {
        try {
            for (CompletableFuture<CodedArticle> next = queue.take(); next != end; next = queue.take()) {
                CodedArticle coded = next.get();
                if (coded == null) {
                    continue;
                }
                for (Event e : coded.events()) {
                    writer.write(e);
                }
                progress.add(coded.sentences(), coded.parsed(), coded.events().size());
            }
            writer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            err.println("attache: internal error: " + e.getCause());
        }
    }
}
