package org.attache.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Set;
import org.attache.coder.DocumentContext;
import org.attache.coder.EventCoder;
import org.attache.coder.Trace;
import org.attache.events.Event;
import org.attache.text.Article;
import org.attache.text.NlpPipeline;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * Codes whole articles: splits and tags the text, parses only the sentences that can yield an
 * event (a verb of the verb dictionary and a known actor), and codes them.
 *
 * <p>Design decision: the filter runs on tagged tokens because dependency parsing costs about
 * ten times more than tagging; a sentence without an event verb or without an actor cannot yield
 * an event whatever its parse, so skipping it changes no output.
 *
 * <p>Thread-safe when built with a per-thread pipeline supplier (as
 * {@code CoreNlpPipeline.perThread()} gives): the coder is shared, the pipelines are not.
 */
public final class ArticleCoder {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");

    private final EventCoder coder;
    private final Supplier<NlpPipeline> nlp;

    public ArticleCoder(EventCoder coder, Supplier<NlpPipeline> nlp) {
        this.coder = coder;
        this.nlp = nlp;
    }

    public EventCoder coder() {
        return coder;
    }

    public CodedArticle code(Article article) {
        NlpPipeline pipeline = nlp.get();
        List<Sentence> sentences = pipeline.tag(textOf(article));
        List<Event> events = new ArrayList<>();
        DocumentContext context = new DocumentContext();
        int parsed = 0;
        for (Sentence tagged : sentences) {
            if (!worthParsing(tagged)) {
                context.passSentence();
                continue;
            }
            parsed++;
            events.addAll(coder.code(article.id(), article.date(), pipeline.parse(tagged), new Trace(), context));
        }
        return new CodedArticle(article, events, sentences.size(), parsed);
    }

    /**
     * True if the sentence has a dictionary verb and something that can be an actor: a phrase of
     * the actor dictionary, or a pronoun or description ("the country") that may stand for an
     * actor of an earlier sentence.
     */
    public boolean worthParsing(Sentence tagged) {
        if (!coder.mayYieldEvent(tagged)) {
            return false;
        }
        for (Token t : tagged.tokens()) {
            if (t.tag().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (DocumentContext.mayDescribeActor(t.key())) {
                return true; // "the isolated country", "the premier" may stand for an actor named before
            }
        }
        return !coder.dictionaries().actors().phrases().scan(tagged, 0, tagged.size() - 1).isEmpty();
    }

    /**
     * The text the spans refer to. The title is not coded: headlines drop articles and tense
     * ("Russia to send troops"), which the parser reads poorly and which the body repeats.
     */
    private static String textOf(Article article) {
        return article.text();
    }
}
