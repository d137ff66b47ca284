package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.attache.formats.ArticleReader;
import org.attache.formats.Item;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.CodedArticle;
import org.attache.text.Article;
import org.attache.text.NlpPipeline;
import org.attache.text.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache bench}: throughput of the parser alone and of the whole coder (filter, parse,
 * code), in sentences per second, on one and on several threads, plus the coder's own share.
 * Figures, not a test: nothing here passes or fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {StoreBenchCommand.class, ServeBenchCommand.class},
        description = "Measure sentences/s: parsing alone vs. Attaché (pre-parse filter + parse + code), on 1 and N threads.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Articles to measure on (default: samples/).")
    List<String> inputs = List.of("samples");

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threadCounts;

    @Option(names = "--rounds", description = "Timed passes per measurement, best kept (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(inputs, item -> {
            if (item instanceof Item.Accepted a) {
                articles.add(a.article());
            }
        });
        if (articles.isEmpty()) {
            System.err.println("attache: bench: no articles in " + inputs);
            return 1;
        }
        List<Integer> counts = threadCounts != null ? threadCounts
                : List.of(1, Math.max(2, Runtime.getRuntime().availableProcessors())).stream().distinct().toList();
        ArticleCoder coder = Engine.articleCoder();
        int sentences = coder.code(articles.get(0)).sentences();
        for (Article a : articles.subList(1, articles.size())) {
            sentences += countSentences(a);
        }
        out.printf(Locale.ROOT, "Corpus: %d articles, %d sentences (%s)%n", articles.size(), sentences, inputs);
        out.printf(Locale.ROOT, "%-8s %14s %16s %10s %12s %12s%n", "threads", "parse sent/s", "attache sent/s",
                "ratio", "parsed", "coder share");
        for (int threads : counts) {
            double parseOnly = best(articles, threads, a -> parseAll(a)) ;
            long[] parsedCount = new long[1];
            double attache = best(articles, threads, a -> {
                CodedArticle c = coder.code(a);
                synchronized (parsedCount) {
                    parsedCount[0] += c.parsed();
                }
                return c.sentences();
            });
            double coderShare = coderShare(coder, articles);
            out.printf(Locale.ROOT, "%-8d %14.1f %16.1f %9.2fx %11.0f%% %11.1f%%%n", threads, sentences / parseOnly,
                    sentences / attache, parseOnly / attache, 100.0 * parsedCount[0] / (sentences * (rounds + 1)),
                    coderShare * 100);
        }
        out.println("ratio = Attaché's throughput / parser alone; parsed = share of sentences the filter sent to the "
                + "parser; coder share = time in the event coder / time in parse + code, on parsed sentences.");
        return 0;
    }

    private int countSentences(Article a) {
        return nlp().tag(a.text()).size();
    }

    private static final ThreadLocal<NlpPipeline> NLP = ThreadLocal.withInitial(org.attache.nlp.CoreNlpPipeline::new);

    private static NlpPipeline nlp() {
        return NLP.get();
    }

    /** Tags and parses every sentence, as a coder without a filter would. */
    private static int parseAll(Article a) {
        List<Sentence> tagged = nlp().tag(a.text());
        for (Sentence s : tagged) {
            nlp().parse(s);
        }
        return tagged.size();
    }

    /** Seconds of the fastest of {@code rounds} passes over the corpus, after one warm-up pass. */
    private double best(List<Article> articles, int threads, Function<Article, Integer> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = Double.MAX_VALUE;
            for (int round = 0; round <= rounds; round++) {
                long start = System.nanoTime();
                List<Future<Integer>> futures = new ArrayList<>();
                for (Article a : articles) {
                    futures.add(pool.submit(() -> work.apply(a)));
                }
                for (Future<Integer> f : futures) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                if (round > 0) {
                    best = Math.min(best, seconds);
                }
            }
            return best;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Time coding takes relative to parsing plus coding, measured on pre-parsed sentences. */
    private static double coderShare(ArticleCoder coder, List<Article> articles) {
        long parseNanos = 0;
        long codeNanos = 0;
        for (Article a : articles) {
            for (Sentence tagged : nlp().tag(a.text())) {
                if (!coder.worthParsing(tagged)) {
                    continue;
                }
                long t0 = System.nanoTime();
                Sentence parsed = nlp().parse(tagged);
                long t1 = System.nanoTime();
                coder.coder().code(a.id(), a.date(), parsed);
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                codeNanos += t2 - t1;
            }
        }
        return (double) codeNanos / (parseNanos + codeNanos);
    }
}
