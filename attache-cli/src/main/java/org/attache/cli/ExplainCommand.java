package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.actors.ActorMention;
import org.attache.events.Event;
import org.attache.pipeline.ArticleCoder;
import org.attache.pipeline.Explainer;
import org.attache.pipeline.Explanation;
import org.attache.text.NlpPipeline;
import org.attache.nlp.CoreNlpPipeline;
import org.attache.text.Sentence;
import org.attache.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache explain "sentence"}: the parse, the actors, and why each event fired or did not. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a text is coded: its parse, the actors found, and every event with the "
                + "pattern that fired, or why nothing fired.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DictionaryOptions dictionaryOptions;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text to explain (quote it).")
    List<String> text;

    @Option(names = "--date", description = "Date the text is read at (YYYY-MM-DD; default: today). "
            + "Office holders are resolved at this date.")
    LocalDate date;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ArticleCoder articles = Engine.articleCoder(dictionaryOptions.load(System.err));
        NlpPipeline nlp = new CoreNlpPipeline();
        Explanation explanation = new Explainer(articles, () -> nlp).explain(String.join(" ", text),
                date == null ? LocalDate.now() : date);
        for (Explanation.SentenceExplanation sentence : explanation.sentences()) {
            Sentence s = sentence.sentence();
            out.printf("Sentence %d: %s%n", s.index(), s.text());
            if (!sentence.worthParsing()) {
                out.println("  (the pre-parse filter skips this sentence: it has no dictionary verb or no actor name)");
            }
            printParse(out, s);
            printActors(out, sentence.actors());
            out.println("Decisions:");
            if (sentence.decisions().isEmpty()) {
                out.println("  no verb of the sentence is in the verb dictionary");
            }
            for (Explanation.Decision d : sentence.decisions()) {
                out.printf("  %s: %s%n", d.verb(), d.event() != null ? "EVENT " + describe(d.event()) : d.note());
            }
            out.printf("Events: %d%n%n", sentence.events().size());
        }
        return 0;
    }

    private static void printParse(PrintStream out, Sentence s) {
        out.println("Parse:");
        for (Token t : s.tokens()) {
            int g = s.governor(t.index());
            out.printf("  %2d %-16s %-12s %-5s %-12s <- %s%n", t.index(), t.word(), t.lemma(), t.tag(),
                    s.relation(t.index()), g < 0 ? "ROOT" : g + " " + s.token(g).word());
        }
    }

    private static void printActors(PrintStream out, List<ActorMention> actors) {
        out.println("Actors:");
        for (ActorMention m : actors) {
            out.printf("  \"%s\" -> %s (%s, %s) from %s%n", m.text(), m.code(), m.name(), m.type(), m.source());
        }
        if (actors.isEmpty()) {
            out.println("  none");
        }
    }

    static String describe(Event e) {
        String target = e.target() == null ? "-" : e.target().code();
        StringBuilder b = new StringBuilder();
        b.append(e.source().code()).append(" -> ").append(target).append("  ").append(e.cameo().code()).append(' ')
                .append(e.cameo().name())
                .append(String.format(Locale.ROOT, " (quad %d, Goldstein %.1f)", e.cameo().quadClass().number(),
                        e.cameo().goldstein()));
        if (e.negated()) {
            b.append(" NEGATED");
        }
        if (e.hypothetical()) {
            b.append(" HYPOTHETICAL");
        }
        b.append(" [").append(e.mode().label()).append("]");
        if (e.reportedBy() != null) {
            b.append(" reported by ").append(e.reportedBy());
        }
        b.append(" by pattern '").append(e.evidence().rule()).append("' at ").append(e.evidence().ruleSource());
        return b.toString();
    }
}
