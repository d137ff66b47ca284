package org.attache.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.attache.verbs.ClausePattern;
import org.attache.verbs.VerbPattern;

/**
 * Checks verb patterns against the clause of a verb. A pattern matches when its particles follow
 * the verb, its object words occur in the object, and its complement verb (if any) heads the
 * complement clause; it then names where the target is. Stateless and thread-safe.
 */
final class PatternMatcher {

    /** A pattern that matched, with the noun phrases it names as target (possibly none). */
    record Match(VerbPattern pattern, List<Integer> targets) {
    }

    Optional<Match> firstMatch(List<VerbPattern> patterns, Sentence s, Clause clause, Clause complement) {
        for (VerbPattern p : patterns) {
            Optional<Match> m = match(p, s, clause, complement);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Match> match(VerbPattern p, Sentence s, Clause clause, Clause complement) {
        List<Integer> targets = new ArrayList<>();
        if (!particlesFollow(p.particles(), clause, targets)) {
            return Optional.empty();
        }
        if (!clauseMatches(p.main(), s, clause, targets)) {
            return Optional.empty();
        }
        if (p.needsComplement()) {
            if (complement == null || !p.complementVerbs().contains(s.token(complement.verb()).key())) {
                return Optional.empty();
            }
            if (!clauseMatches(p.complement(), s, complement, targets)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Match(p, targets));
    }

    /** Particles are satisfied by compound:prt dependents first, the rest by one preposition. */
    private static boolean particlesFollow(List<String> particles, Clause clause, List<Integer> targets) {
        if (particles.isEmpty()) {
            return true;
        }
        List<String> rest = new ArrayList<>(particles);
        rest.removeAll(clause.particles());
        if (rest.isEmpty()) {
            return true;
        }
        String preposition = String.join(" ", rest);
        for (Clause.Prep prep : clause.prepositions()) {
            if (prep.preposition().equals(preposition)) {
                targets.add(prep.noun());
            }
        }
        return !targets.isEmpty();
    }

    private static boolean clauseMatches(ClausePattern pattern, Sentence s, Clause clause, List<Integer> targets) {
        if (!pattern.objectWords().isEmpty()) {
            Set<String> lemmas = objectLemmas(s, clause);
            for (Set<String> alternatives : pattern.objectWords()) {
                if (alternatives.stream().noneMatch(lemmas::contains)) {
                    return false;
                }
            }
        }
        if (pattern.targetIsObject()) {
            if (clause.objects().isEmpty()) {
                return false; // "+": the object is the target, so there must be one
            }
            targets.addAll(clause.objects());
        }
        for (Clause.Prep prep : clause.prepositions()) {
            if (pattern.targetPrepositions().contains(prep.preposition())) {
                targets.add(prep.noun());
            }
        }
        return true;
    }

    /**
     * Lemmas of the object's head, its compounds and adjectives, and its "of" complement. A clause
     * without an object offers its prepositional phrases instead ("is open to a strike").
     */
    private static Set<String> objectLemmas(Sentence s, Clause clause) {
        Set<String> lemmas = new HashSet<>();
        List<Integer> objects = clause.objects();
        if (objects.isEmpty()) {
            objects = clause.prepositions().stream().map(Clause.Prep::noun).toList();
        }
        for (int o : objects) {
            addForms(lemmas, s.token(o));
            for (int c : s.children(o)) {
                String rel = s.relation(c);
                if (rel.equals("compound") || rel.equals("amod")
                        || (rel.equals("nmod") && "of".equals(Clause.preposition(s, c)))) {
                    addForms(lemmas, s.token(c));
                }
            }
        }
        return lemmas;
    }

    /** The lemma, and for capitalised plurals the tagger took for names ("Sanctions were ..."), the singular. */
    private static void addForms(Set<String> into, Token t) {
        String key = t.key();
        into.add(key);
        if (t.isProperNoun() && key.endsWith("s") && key.length() > 3) {
            into.add(key.substring(0, key.length() - 1));
        }
    }
}
