package org.attache.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.events.Event;
import org.attache.text.Sentence;

/**
 * PETRARCH codes a sentence's verb phrases from the outside in and stops at the first that codes:
 * a verb inside the phrase of a verb that coded an event ("restored ties ... after crowds burned
 * down its embassy", "is said to restore") codes nothing of its own. In a dependency tree, a verb's
 * phrase is what hangs below it through its objects, obliques, complements and modifiers, not
 * through its subject, a coordinated verb or a loosely attached clause ("..., an official said").
 * Stateless.
 */
final class VerbPhrases {

    /** Relations that leave a verb's phrase. */
    private static final Set<String> OUTSIDE = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "conj",
            "parataxis", "dep", "appos", "list", "punct", "cc", "discourse", "vocative", "reparandum");

    private VerbPhrases() {
    }

    /** The events of verbs that no other coding verb's phrase contains. */
    static List<Event> outermost(Sentence s, List<Event> events) {
        Set<Integer> triggers = new HashSet<>();
        for (Event e : events) {
            triggers.add(triggerOf(s, e));
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            if (!insideAnother(s, triggerOf(s, e), triggers)) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static int triggerOf(Sentence s, Event e) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() == e.evidence().triggerBegin()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean insideAnother(Sentence s, int verb, Set<Integer> triggers) {
        int node = verb;
        while (node >= 0 && s.governor(node) >= 0) {
            if (OUTSIDE.contains(s.relation(node))) {
                return false;
            }
            node = s.governor(node);
            if (triggers.contains(node)) {
                return true;
            }
        }
        return false;
    }
}
