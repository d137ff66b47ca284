package org.attache.verbs;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attache.dictionary.SourceLine;

/**
 * One line of the verb dictionary: a verb (with particles), what its clause and optional
 * complement clause must contain, and the CAMEO code it yields.
 *
 * @param verbs lemmas that share the pattern
 * @param particles words that must follow the verb as a particle or a preposition ("call on")
 * @param code the CAMEO code of the deed
 * @param intent the code when the deed is only announced, or null to derive it from the codebook
 * @param complementVerbs lemmas of the complement clause's verb ("urge ... to release"), empty if none
 * @param text the pattern as written, for explanations
 */
public record VerbPattern(Set<String> verbs, List<String> particles, String code, String intent, ClausePattern main,
                          Set<String> complementVerbs, ClausePattern complement, SourceLine source, String text) {

    public VerbPattern {
        verbs = Set.copyOf(verbs);
        particles = List.copyOf(particles);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(main, "main");
        complementVerbs = Set.copyOf(complementVerbs);
        Objects.requireNonNull(complement, "complement");
    }

    public boolean needsComplement() {
        return !complementVerbs.isEmpty();
    }

    /** Higher is more specific; ties go to the earlier line. */
    public int specificity() {
        return main.specificity() + (needsComplement() ? 3 + complement.specificity() : 0) + particles.size() * 2;
    }
}
