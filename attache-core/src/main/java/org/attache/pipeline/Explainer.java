package org.attache.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.attache.actors.ActorMention;
import org.attache.coder.DocumentContext;
import org.attache.coder.EventCoder;
import org.attache.coder.Trace;
import org.attache.events.Event;
import org.attache.text.NlpPipeline;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * Codes a text while recording why: every sentence is parsed (even one the pre-parse filter would
 * skip, so the explanation can show that nothing in it could fire), its actors are listed, and the
 * coder's trace gives a decision per verb. The events are those {@link ArticleCoder} would code,
 * with document context carried from sentence to sentence as it does.
 *
 * <p>Thread-safe when the pipeline supplier gives each thread its own pipeline
 * ({@code CoreNlpPipeline.perThread()}); the coder is shared.
 */
public final class Explainer {

    private final ArticleCoder articles;
    private final Supplier<NlpPipeline> nlp;

    public Explainer(ArticleCoder articles, Supplier<NlpPipeline> nlp) {
        this.articles = articles;
        this.nlp = nlp;
    }

    /** Explains {@code text} read at {@code date} (office holders are resolved at that date). */
    public Explanation explain(String text, LocalDate date) {
        NlpPipeline pipeline = nlp.get();
        EventCoder coder = articles.coder();
        DocumentContext context = new DocumentContext();
        List<Explanation.SentenceExplanation> sentences = new ArrayList<>();
        for (Sentence tagged : pipeline.tag(text)) {
            Sentence s = pipeline.parse(tagged);
            Trace trace = new Trace();
            List<ActorMention> actors = actors(coder, s, date);
            List<Event> events = coder.code("explain", date, s, trace, context);
            List<Explanation.Decision> decisions = new ArrayList<>();
            for (Trace.Step step : trace.steps()) {
                decisions.add(new Explanation.Decision(step.verb(), s.token(step.verb()).word(), step.event(),
                        step.event() == null ? step.note() : null));
            }
            sentences.add(new Explanation.SentenceExplanation(s, articles.worthParsing(tagged), actors, decisions,
                    events));
        }
        return new Explanation(sentences);
    }

    /** The actors named by the heads of the sentence's noun phrases, each mention once. */
    private static List<ActorMention> actors(EventCoder coder, Sentence s, LocalDate at) {
        List<ActorMention> actors = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Token t : s.tokens()) {
            if (!t.isNoun() || s.hasRelation(t.index(), "compound") || s.hasRelation(t.index(), "flat")) {
                continue;
            }
            for (ActorMention m : coder.resolver().resolve(s, t.index(), at)) {
                if (shown.add(m.begin() + ":" + m.end() + ":" + m.code())) { // a possessor is also read with its phrase
                    actors.add(m);
                }
            }
        }
        return actors;
    }
}
