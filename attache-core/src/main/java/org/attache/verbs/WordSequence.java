package org.attache.verbs;

import java.util.List;
import java.util.Objects;

/**
 * A verb pattern written as the words around the verb, in text order, as TABARI and PETRARCH
 * write them: {@code + WAS_ * TO_ ^ FROM $} reads "a target phrase, then 'was' right before the
 * verb, 'to' right after it, any phrase skipped, 'from', then the source phrase".
 *
 * <p>Elements are matched in order on the sentence's words (case-insensitively), before the verb
 * going back from it and after the verb going forward; other words may come between two elements
 * unless the second is {@linkplain Element#glued() glued} to the first. Phrase elements stand for
 * a noun phrase: {@link Kind#SOURCE} and {@link Kind#TARGET} for the next one that names an actor,
 * {@link Kind#SKIP} for the next one whatever it names, {@link Kind#COMPOUND} for a coordination of
 * actors ("Gondor and Osgiliath") that act on one another.
 *
 * @param elements the elements in text order, exactly one of them {@link Kind#VERB}
 */
public record WordSequence(List<Element> elements) {

    /** What an element stands for. */
    public enum Kind { VERB, WORDS, SOURCE, TARGET, SKIP, COMPOUND }

    /**
     * One word of a phrase.
     *
     * @param glued true when the word must follow the previous word of its phrase directly
     */
    public record Word(String text, boolean glued) {

        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * One element of the sequence.
     *
     * @param alternatives for {@link Kind#WORDS}, the phrases any one of which may stand here (a
     *     synonym set gives several); empty for the other kinds
     * @param glued true when the element must follow the previous element (or the verb) directly
     */
    public record Element(Kind kind, List<List<Word>> alternatives, boolean glued) {

        public Element {
            Objects.requireNonNull(kind, "kind");
            alternatives = alternatives.stream().map(List::copyOf).toList();
            if ((kind == Kind.WORDS) == alternatives.isEmpty()) {
                throw new IllegalArgumentException(kind == Kind.WORDS ? "a words element needs a phrase"
                        : "only a words element has phrases");
            }
        }

        public static Element of(Kind kind, boolean glued) {
            return new Element(kind, List.of(), glued);
        }
    }

    public WordSequence {
        elements = List.copyOf(elements);
        if (elements.stream().filter(e -> e.kind() == Kind.VERB).count() != 1) {
            throw new IllegalArgumentException("a word sequence has exactly one verb: " + elements);
        }
    }

    /** Index of the verb element. */
    public int verb() {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == Kind.VERB) {
                return i;
            }
        }
        throw new IllegalStateException("no verb");
    }

    /** True if an element of this kind occurs before ({@code before}) or after the verb. */
    public boolean has(Kind kind, boolean before) {
        int verb = verb();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == kind && (i < verb) == before) {
                return true;
            }
        }
        return false;
    }
}
