package org.attache.pipeline;

import java.util.List;
import java.util.Objects;
import org.attache.actors.ActorMention;
import org.attache.events.Event;
import org.attache.text.Sentence;

/**
 * Why a text gives the events it gives, sentence by sentence: what {@code attache explain} prints
 * and {@code POST /api/code} returns.
 *
 * @param sentences every sentence of the text, in order
 */
public record Explanation(List<SentenceExplanation> sentences) {

    public Explanation {
        sentences = List.copyOf(sentences);
    }

    /** All the events of the text, in sentence order. */
    public List<Event> events() {
        return sentences.stream().flatMap(s -> s.events().stream()).toList();
    }

    /**
     * One sentence: its parse, the actors the dictionaries find in it, the coder's decision for each
     * of its verbs, and the events coded.
     *
     * @param sentence the parsed sentence (tokens, tags, lemmas, dependencies)
     * @param worthParsing whether the pre-parse filter keeps it when coding articles (a sentence it
     *        skips is parsed here anyway, to show why it yields nothing)
     * @param actors each actor mention once, in token order
     * @param decisions in the order the coder made them; none if no verb is in the verb dictionary
     */
    public record SentenceExplanation(Sentence sentence, boolean worthParsing, List<ActorMention> actors,
                                      List<Decision> decisions, List<Event> events) {

        public SentenceExplanation {
            Objects.requireNonNull(sentence, "sentence");
            actors = List.copyOf(actors);
            decisions = List.copyOf(decisions);
            events = List.copyOf(events);
        }
    }

    /**
     * What the coder decided about one verb: the event it coded, or a note saying why none.
     *
     * @param verbIndex the verb's token index in its sentence
     * @param verb the verb as written
     * @param event the event, or null
     * @param note why no event, or null
     */
    public record Decision(int verbIndex, String verb, Event event, String note) {

        public Decision {
            Objects.requireNonNull(verb, "verb");
        }
    }
}
