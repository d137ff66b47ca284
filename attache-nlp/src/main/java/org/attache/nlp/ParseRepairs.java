package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.text.Dependency;
import org.attache.text.Token;

/**
 * Mends misreadings the dependency parser makes regularly and the coder cannot see past. Stateless.
 *
 * <p>"signed a memorandum with Tunisia offering economic aid": the parser reads "with Tunisia
 * offering" as an absolute clause (Tunisia doing the offering, "with" its marker) hung on the
 * memorandum, and the agreement loses its partner. After a noun, "with" and a proper noun are
 * that noun's partner, and the participle describes the noun: {@code with} becomes the case of
 * the name, the name an {@code nmod} of the noun. The absolute reading survives where it is
 * likely: on a verb ("with prices rising, the bank...") or with a common noun ("with talks
 * stalling").
 *
 * <p>"in solidarity with Bolivia, which had expelled the US envoy": the parser sometimes hangs a
 * relative clause on the verb of the sentence (as its complement or adverbial clause), and its
 * "which" then stands for nothing. A clause with a relative pronoun right after a noun (or a
 * comma that follows one) describes that noun; so does a clause without its pronoun ("the
 * protocols it signed with Turkey").
 *
 * <p>"called London's mayor a loser": an indirect object with a noun hung on it is the object, and the
 * noun what it is called.
 *
 * <p>"Rebels backed by Rwanda captured Goma": a participle describing the subject, made the verb
 * of the sentence, describes the subject again, and the finite verb hung on it is the sentence's.
 */
final class ParseRepairs {

    private static final Set<String> MISPLACED_RELATIVE = Set.of("ccomp", "advcl", "parataxis", "dep", "conj");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that");

    private ParseRepairs() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> edges) {
        Dependency[] byDependent = new Dependency[tokens.size()];
        for (Dependency d : edges) {
            byDependent[d.dependent()] = d;
        }
        List<Dependency> mended = new ArrayList<>(edges);
        for (Dependency clause : edges) {
            if (clause.relation().equals("acl")) {
                partnerReadAsAbsoluteClause(tokens, byDependent, clause, mended);
            } else if (MISPLACED_RELATIVE.contains(clause.relation())) {
                relativeClauseHungOnTheVerb(tokens, byDependent, clause, mended);
            } else if (clause.relation().equals("acl:relcl")) {
                relativeClauseHungOnAnEarlierNoun(tokens, byDependent, clause, mended);
            } else if (clause.relation().equals("iobj")) {
                predicateHungOnTheObject(tokens, byDependent, clause, mended);
            } else if (clause.relation().equals("root")) {
                reducedRelativeReadAsTheVerb(tokens, byDependent, clause, mended);
            }
        }
        return mended;
    }

    private static void partnerReadAsAbsoluteClause(List<Token> tokens, Dependency[] byDependent, Dependency participle,
            List<Dependency> mended) {
        Token verb = tokens.get(participle.dependent());
        if (!verb.tag().equals("VBG") || participle.governor() < 0
                || !tokens.get(participle.governor()).tag().startsWith("NN")) {
            return;
        }
        int with = childOf(byDependent, participle.dependent(), "mark");
        int subject = childOf(byDependent, participle.dependent(), "nsubj");
        if (with < 0 || subject < 0 || !tokens.get(with).word().equalsIgnoreCase("with")
                || !tokens.get(subject).tag().startsWith("NNP") || !(with < subject && subject < verb.index())) {
            return;
        }
        replace(mended, byDependent[with], new Dependency(subject, with, "case"));
        replace(mended, byDependent[subject], new Dependency(participle.governor(), subject, "nmod"));
    }

    private static void relativeClauseHungOnTheVerb(List<Token> tokens, Dependency[] byDependent, Dependency clause,
            List<Dependency> mended) {
        int verb = clause.dependent();
        int pronoun = relativePronoun(tokens, byDependent, verb);
        int noun = -1;
        if (pronoun >= 1) {
            noun = tokens.get(pronoun - 1).word().equals(",") ? pronoun - 2 : pronoun - 1;
        } else if (isContactClause(tokens, byDependent, verb)) {
            noun = childOf(byDependent, verb, "nsubj") - 1;
        }
        if (noun < 0 || !tokens.get(noun).tag().startsWith("NN") || dominates(byDependent, verb, noun)) {
            return;
        }
        replace(mended, clause, new Dependency(noun, verb, "acl:relcl"));
        if (pronoun >= 0 && byDependent[pronoun].relation().equals("dep") && childOf(byDependent, verb, "obj") < 0) {
            // "bribes that Odebrecht paid": the pronoun is what was paid
            replace(mended, byDependent[pronoun], new Dependency(verb, pronoun, "obj"));
        }
    }

    /**
     * "in solidarity with Ecuador, which had expelled...": a relative clause after a name set off by
     * a comma describes the name, not the common noun the parser chose above it.
     */
    private static void relativeClauseHungOnAnEarlierNoun(List<Token> tokens, Dependency[] byDependent,
            Dependency clause, List<Dependency> mended) {
        int verb = clause.dependent();
        int pronoun = relativePronoun(tokens, byDependent, verb);
        if (pronoun < 2 || !tokens.get(pronoun - 1).word().equals(",")) {
            return;
        }
        int name = pronoun - 2;
        if (name == clause.governor() || !tokens.get(name).tag().startsWith("NNP")
                || !tokens.get(clause.governor()).tag().matches("NNS?") || !dominates(byDependent, clause.governor(), name)) {
            return;
        }
        replace(mended, clause, new Dependency(name, verb, "acl:relcl"));
    }

    /**
     * "called London's mayor a stone cold loser": the parser reads the mayor as an indirect object and
     * hangs "loser" on him as a bare dependent. With no direct object, the noun is the object and
     * the dependent after it what the verb calls it.
     */
    private static void predicateHungOnTheObject(List<Token> tokens, Dependency[] byDependent, Dependency object,
            List<Dependency> mended) {
        int verb = object.governor();
        int predicate = childOf(byDependent, object.dependent(), "dep");
        if (verb < 0 || childOf(byDependent, verb, "obj") >= 0 || predicate < object.dependent()
                || !tokens.get(predicate).tag().startsWith("NN") && !tokens.get(predicate).tag().startsWith("JJ")) {
            return;
        }
        replace(mended, object, new Dependency(verb, object.dependent(), "obj"));
        replace(mended, byDependent[predicate], new Dependency(verb, predicate, "xcomp"));
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /**
     * "Rebels backed by Rwanda captured Goma", "Militants linked to the group attacked a village":
     * the parser makes the participle describing the subject the sentence's verb, and hangs the
     * real verb on it as a bare dependent. A participle without auxiliary whose subject comes before
     * it, followed by a finite verb without a subject of its own, describes that subject; the
     * finite verb is the sentence's.
     */
    private static void reducedRelativeReadAsTheVerb(List<Token> tokens, Dependency[] byDependent, Dependency root,
            List<Dependency> mended) {
        int participle = root.dependent();
        int subject = childOf(byDependent, participle, "nsubj");
        int verb = childOf(byDependent, participle, "dep");
        if (!tokens.get(participle).tag().equals("VBN") || subject < 0 || subject > participle || verb < participle
                || !tokens.get(subject).tag().startsWith("NN") || !FINITE.contains(tokens.get(verb).tag())
                || childOf(byDependent, participle, "aux") >= 0 || childOf(byDependent, participle, "aux:pass") >= 0
                || childOf(byDependent, verb, "nsubj") >= 0) {
            return;
        }
        replace(mended, root, new Dependency(subject, participle, "acl"));
        replace(mended, byDependent[verb], new Dependency(Dependency.ROOT, verb, "root"));
        replace(mended, byDependent[subject], new Dependency(verb, subject, "nsubj"));
        for (Dependency d : byDependent) {
            if (d != null && d.governor() == participle && d.dependent() > verb && d.relation().equals("punct")) {
                replace(mended, d, new Dependency(verb, d.dependent(), "punct"));
            }
        }
    }

    /** Replaces an edge of the mended list, unless an earlier repair already replaced it. */
    private static void replace(List<Dependency> mended, Dependency old, Dependency with) {
        int at = mended.indexOf(old);
        if (at >= 0) {
            mended.set(at, with);
        }
    }

    /** "which", "who", "whom" or a "that" tagged as a pronoun, before the verb it belongs to, or -1. */
    private static int relativePronoun(List<Token> tokens, Dependency[] byDependent, int verb) {
        for (Dependency d : byDependent) {
            if (d != null && d.governor() == verb && d.dependent() < verb
                    && RELATIVE_PRONOUNS.contains(tokens.get(d.dependent()).word().toLowerCase())
                    && (tokens.get(d.dependent()).tag().equals("WDT") || tokens.get(d.dependent()).tag().equals("WP"))) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * "suspended the protocols it signed with Turkey": a relative clause without its pronoun, a
     * personal pronoun right after a common noun, subject of a verb that has no object or complement
     * of its own, so the noun is its object.
     */
    private static boolean isContactClause(List<Token> tokens, Dependency[] byDependent, int verb) {
        int subject = childOf(byDependent, verb, "nsubj");
        return subject >= 1 && subject < verb && tokens.get(subject).tag().equals("PRP")
                && tokens.get(subject - 1).tag().matches("NNS?") && tokens.get(verb).tag().startsWith("VB")
                && childOf(byDependent, verb, "obj") < 0 && childOf(byDependent, verb, "ccomp") < 0
                && childOf(byDependent, verb, "xcomp") < 0;
    }

    /** Whether {@code node} lies below {@code ancestor}: re-hanging the ancestor on it would make a cycle. */
    private static boolean dominates(Dependency[] byDependent, int ancestor, int node) {
        for (int n = node, steps = 0; n >= 0 && steps < byDependent.length; steps++) {
            if (n == ancestor) {
                return true;
            }
            Dependency up = byDependent[n];
            n = up == null ? -1 : up.governor();
        }
        return false;
    }

    private static int childOf(Dependency[] byDependent, int governor, String relation) {
        for (Dependency d : byDependent) {
            if (d != null && d.governor() == governor && d.relation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }
}
