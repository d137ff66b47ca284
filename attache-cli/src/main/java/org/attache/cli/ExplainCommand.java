package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.actors.ActorMention;
import org.attache.coder.DocumentContext;
import org.attache.coder.EventCoder;
import org.attache.coder.Trace;
import org.attache.events.Event;
import org.attache.pipeline.ArticleCoder;
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
        EventCoder coder = articles.coder();
        NlpPipeline nlp = new CoreNlpPipeline();
        LocalDate at = date == null ? LocalDate.now() : date;
        DocumentContext context = new DocumentContext();
        for (Sentence tagged : nlp.tag(String.join(" ", text))) {
            Sentence s = nlp.parse(tagged);
            out.printf("Sentence %d: %s%n", s.index(), s.text());
            if (!articles.worthParsing(tagged)) {
                out.println("  (the pre-parse filter skips this sentence: it has no dictionary verb or no actor name)");
            }
            printParse(out, s);
            printActors(out, coder, s, at);
            Trace trace = new Trace();
            List<Event> events = coder.code("explain", at, s, trace, context);
            out.println("Decisions:");
            if (trace.steps().isEmpty()) {
                out.println("  no verb of the sentence is in the verb dictionary");
            }
            for (Trace.Step step : trace.steps()) {
                String verb = s.token(step.verb()).word();
                if (step.event() != null) {
                    out.printf("  %s: EVENT %s%n", verb, describe(step.event()));
                } else {
                    out.printf("  %s: %s%n", verb, step.note());
                }
            }
            out.printf("Events: %d%n%n", events.size());
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

    private static void printActors(PrintStream out, EventCoder coder, Sentence s, LocalDate at) {
        out.println("Actors:");
        boolean any = false;
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Token t : s.tokens()) {
            if (!t.isNoun() || s.hasRelation(t.index(), "compound") || s.hasRelation(t.index(), "flat")) {
                continue;
            }
            for (ActorMention m : coder.resolver().resolve(s, t.index(), at)) {
                if (!shown.add(m.begin() + ":" + m.end() + ":" + m.code())) {
                    continue; // a possessor is also read as part of the phrase it owns
                }
                any = true;
                out.printf("  \"%s\" -> %s (%s, %s) from %s%n", m.text(), m.code(), m.name(), m.type(), m.source());
            }
        }
        if (!any) {
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
