package org.attache.verbs;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attache.dictionary.SourceLine;

/**
 * One line of the verb dictionary: a verb (with particles), what its clause and optional
 * complement clause must contain, and the CAMEO code it yields.
 *
 * @param verbs lemmas that share the pattern (word forms, for dictionaries indexed by form)
 * @param particles words that must follow the verb as a particle or a preposition ("call on")
 * @param code the CAMEO code of the deed; null for a pattern that matches and yields nothing, so
 *     that a more general pattern of the verb does not fire either (PETRARCH's {@code [---]})
 * @param intent the code when the deed is only announced, or null to derive it from the codebook
 * @param complementVerbs lemmas of the complement clause's verb ("urge ... to release"), empty if none
 * @param text the pattern as written, for explanations
 * @param words the words around the verb the pattern asks for, or null (see {@link WordSequence})
 * @param reverseCode the code of the event the target does to the source at the same time ("left
 *     for Gondor" 032 is Gondor's 033, receiving a visit), or null
 */
public record VerbPattern(Set<String> verbs, List<String> particles, String code, String intent, ClausePattern main,
                          Set<String> complementVerbs, ClausePattern complement, SourceLine source, String text,
                          WordSequence words, String reverseCode) {

    public VerbPattern {
        verbs = Set.copyOf(verbs);
        particles = List.copyOf(particles);
        Objects.requireNonNull(main, "main");
        complementVerbs = Set.copyOf(complementVerbs);
        Objects.requireNonNull(complement, "complement");
        if (code == null && reverseCode != null) {
            throw new IllegalArgumentException("a pattern without code has no reverse code: " + text);
        }
    }

    /** A pattern of Attaché's own verb dictionary: no word sequence, no reverse event. */
    public VerbPattern(Set<String> verbs, List<String> particles, String code, String intent, ClausePattern main,
                       Set<String> complementVerbs, ClausePattern complement, SourceLine source, String text) {
        this(verbs, particles, Objects.requireNonNull(code, "code"), intent, main, complementVerbs, complement, source,
                text, null, null);
    }

    public boolean needsComplement() {
        return !complementVerbs.isEmpty();
    }

    /** Higher is more specific; ties go to the earlier line. */
    public int specificity() {
        int sequence = words == null ? 0 : words.elements().stream()
                .filter(e -> e.kind() != WordSequence.Kind.VERB)
                .mapToInt(e -> e.alternatives().stream().mapToInt(List::size).min().orElse(1))
                .sum() * 2;
        return main.specificity() + (needsComplement() ? 3 + complement.specificity() : 0) + particles.size() * 2
                + sequence;
    }
}
