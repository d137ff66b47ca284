package org.attache.verbs;

import java.util.List;
import java.util.Set;

/**
 * What a pattern asks of one clause: words its object must contain, and where its target is.
 *
 * @param objectWords each set holds alternatives; every set must be matched by a lemma of the object
 * @param targetPrepositions prepositions whose object is the target; empty with {@code targetIsObject}
 *     false means "no target named: use the coder's default"
 */
public record ClausePattern(List<Set<String>> objectWords, boolean targetIsObject, Set<String> targetPrepositions) {

    public static final ClausePattern ANY = new ClausePattern(List.of(), false, Set.of());

    public ClausePattern {
        objectWords = objectWords.stream().map(Set::copyOf).toList();
        targetPrepositions = Set.copyOf(targetPrepositions);
    }

    public boolean namesTarget() {
        return targetIsObject || !targetPrepositions.isEmpty();
    }

    /** How many constraints the clause adds, to rank patterns from specific to general. */
    public int specificity() {
        return objectWords.size() * 2 + (namesTarget() ? 1 : 0);
    }
}
