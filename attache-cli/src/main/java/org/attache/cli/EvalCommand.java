package org.attache.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.events.Event;
import org.attache.formats.ErrorCauses;
import org.attache.formats.EventJsonWriter;
import org.attache.formats.GoldStandard;
import org.attache.formats.Item;
import org.attache.formats.Prediction;
import org.attache.formats.Score;
import org.attache.formats.Scorer;
import org.attache.pipeline.ArticleCoder;
import org.attache.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache eval GOLD.jsonl}: codes a gold standard and prints precision, recall and F1 at
 * root and base level, the same figures as the reference scorer ({@code score.py}).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Code a gold standard and score the events (precision, recall, F1 at root and base level).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", description = "Gold standard, JSON Lines (see the gold FORMAT.md).")
    Path gold;

    @Option(names = "--errors", description = "List every missed and extra event with its sentence, as score.py "
            + "does, then again grouped by likely cause.")
    boolean errors;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the coded events to FILE.")
    Path output;

    @Option(names = {"-t", "--threads"}, description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        GoldStandard standard = GoldStandard.read(gold);
        ArticleCoder coder = Engine.articleCoder();
        List<Event> events = new ArrayList<>();
        try (OrderedCoding coding = new OrderedCoding(coder, threads, outcome -> {
            if (outcome.failure() != null) {
                throw new IllegalStateException("coding " + outcome.item().where() + " failed: " + outcome.failure(),
                        outcome.failure());
            }
            events.addAll(outcome.coded().events());
        })) {
            for (Article a : standard.articles()) {
                coding.submit(new Item.Accepted(gold + " (id " + a.id() + ")", a, null));
            }
            coding.finish();
        }
        List<Prediction> predictions = new ArrayList<>();
        events.forEach(e -> predictions.add(Prediction.of(e)));
        if (output != null) {
            try (EventJsonWriter writer = new EventJsonWriter(Files.newOutputStream(output))) {
                events.forEach(writer::write);
            }
        }
        Score score = Scorer.score(standard, predictions);
        out.print(score.report(errors));
        if (errors && !score.errors().isEmpty()) {
            out.println();
            List<Prediction> all = events.stream().map(Prediction::of).toList();
            out.print(ErrorCauses.report(ErrorCauses.group(standard, all, score.errors())));
        }
        return 0;
    }
}
