package org.attache.actors;

import java.util.Set;
import org.attache.text.Sentence;

/**
 * The tokens a noun phrase's name is read from: the head's pre-modifiers of the given relations,
 * the head, the names run on after it ("Kim Jong Un") and an {@code of} complement that is a name
 * too ("International Court of Justice", "Bank of New York"). Stateless.
 */
final class NounSpan {

    private NounSpan() {
    }

    /** First and last token index of the phrase headed by {@code head}. */
    static int[] of(Sentence s, int head, Set<String> preModifiers) {
        int first = head;
        for (int c : s.children(head)) {
            if (c < head && preModifiers.contains(s.relation(c))) {
                first = Math.min(first, leftmost(s, c));
            }
        }
        int last = head;
        for (int c : s.children(head)) {
            if (c > head && (s.hasRelation(c, "flat") || s.hasRelation(c, "compound"))) {
                last = Math.max(last, c);
            }
        }
        for (int c : s.children(head)) {
            // the "of" phrase must follow at once: its leftmost token is the preposition itself
            if (c > last && s.hasRelation(c, "nmod") && s.token(c).isProperNoun()
                    && ActorResolver.hasCase(s, c, "of") && leftmost(s, c) == last + 1) {
                last = Math.max(c, rightmost(s, c));
            }
        }
        return new int[] {first, last};
    }

    static int leftmost(Sentence s, int i) {
        int min = i;
        for (int c : s.children(i)) {
            min = Math.min(min, leftmost(s, c));
        }
        return min;
    }

    static int rightmost(Sentence s, int i) {
        int max = i;
        for (int c : s.children(i)) {
            max = Math.max(max, rightmost(s, c));
        }
        return max;
    }
}
