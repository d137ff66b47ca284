package org.attache.verbs;

import java.util.List;
import java.util.Set;

/**
 * What a pattern asks of one clause: words its object must contain, what its subject must be, and
 * where its target is.
 *
 * @param objectWords each set holds alternatives; every set must be matched by a lemma of the object
 * @param targetPrepositions prepositions whose object is the target; empty with {@code targetIsObject}
 *     false means "no target named: use the coder's default"
 * @param subjectWords each set holds alternatives; every set must be matched by the subject: a lemma
 *     of it, the type of the actor it names ({@code company}, {@code state}, {@code igo}...) or a
 *     role of that actor ({@code mil}, {@code cop}...)
 * @param sourcePrepositions prepositions whose object is the source, the subject then being the
 *     target ("the launch drew condemnation from Seoul"); empty for the usual subject as source
 */
public record ClausePattern(List<Set<String>> objectWords, boolean targetIsObject, Set<String> targetPrepositions,
                            List<Set<String>> subjectWords, Set<String> sourcePrepositions) {

    public static final ClausePattern ANY = new ClausePattern(List.of(), false, Set.of());

    public ClausePattern {
        objectWords = objectWords.stream().map(Set::copyOf).toList();
        targetPrepositions = Set.copyOf(targetPrepositions);
        subjectWords = subjectWords.stream().map(Set::copyOf).toList();
        sourcePrepositions = Set.copyOf(sourcePrepositions);
    }

    public ClausePattern(List<Set<String>> objectWords, boolean targetIsObject, Set<String> targetPrepositions) {
        this(objectWords, targetIsObject, targetPrepositions, List.of(), Set.of());
    }

    public boolean namesTarget() {
        return targetIsObject || !targetPrepositions.isEmpty();
    }

    /** How many constraints the clause adds, to rank patterns from specific to general. */
    public int specificity() {
        return objectWords.size() * 2 + subjectWords.size() * 2 + (namesTarget() ? 1 : 0)
                + (sourcePrepositions.isEmpty() ? 0 : 1);
    }
}
