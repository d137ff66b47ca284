package org.attache.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;

/**
 * The grammatical frame of one verb in a parsed sentence: who is its subject, what is its object,
 * which prepositional phrases and particles it has, and which clause complements it.
 *
 * <p>Subjects are read through passive voice (the "by" phrase is the subject, the passive subject
 * the object), through coordinated verbs ("closed the border and recalled its ambassador") and
 * through control ("Russia threatened to retaliate": the subject of "retaliate" is Russia;
 * "urged India to cooperate": it is India).
 *
 * @param subjects heads of the subject noun phrases (coordinated subjects each), possibly empty
 * @param objects heads of the object noun phrases (coordinated objects each), possibly empty
 * @param prepositions prepositional phrases attached to the verb or to its object
 * @param complement the verb of the complement clause (xcomp or ccomp), or -1
 */
record Clause(int verb, boolean passive, List<Integer> subjects, List<Integer> objects, List<Prep> prepositions,
              List<String> particles, int complement) {

    /** A prepositional phrase: the preposition's lemma and the head of its noun phrase. */
    record Prep(String preposition, int noun) {
    }

    /** Documents that act by being signed or issued: "a treaty annexing", "a decree banning". */
    private static final Set<String> INSTRUMENTS = Set.of("treaty", "decree", "law", "bill", "order", "resolution",
            "agreement", "directive", "regulation", "measure", "ordinance", "proclamation", "memorandum");
    /** What an instrument says rather than does: "a treaty pledging mutual assistance" is the treaty itself. */
    private static final Set<String> PROMISES = Set.of("pledge", "promise", "commit", "vow", "guarantee", "call",
            "urge", "affirm", "reaffirm", "declare", "envisage", "provide");
    /** Verbs of saying whose clause the parser sometimes takes for the subject of what was said. */
    private static final Set<String> SAYING = Set.of("say", "warn", "claim", "insist", "announce", "state",
            "believe", "think", "argue");
    private static final Set<String> ADVERB_PARTICLES = Set.of("back", "out", "off", "down", "away");
    private static final Set<String> PREPOSITION_RELATIONS = Set.of("obl", "nmod");

    /**
     * "agreed to end the dispute after talks brokered by Turkey", parsed as an adverbial clause whose
     * subject is the talks: a participle without auxiliary, with a doer after "by", is passive.
     */
    private static boolean isBarePassiveParticiple(Sentence s, int verb) {
        return s.token(verb).tag().equals("VBN") && s.relation(verb).equals("advcl")
                && s.children(verb, "aux").isEmpty() && !s.children(verb, "nsubj").isEmpty() && hasByAgent(s, verb);
    }

    private static boolean hasByAgent(Sentence s, int verb) {
        return s.children(verb).stream().anyMatch(c -> PREPOSITION_RELATIONS.contains(s.relation(c).split(":")[0])
                && ActorResolver.hasCase(s, c, "by"));
    }

    /**
     * "a deal brokered by China", "rebels backed by Rwanda": a participle describing a noun, with its
     * doer after "by". Read as a passive clause whose object is the noun.
     */
    static boolean isReducedRelative(Sentence s, int verb) {
        if (!s.token(verb).tag().equals("VBN") || !s.relation(verb).equals("acl") || s.governor(verb) < 0) {
            return false;
        }
        return hasByAgent(s, verb);
    }

    static Clause of(Sentence s, int verb) {
        List<Prep> preps = new ArrayList<>();
        collectPrepositions(s, verb, preps);
        for (int particle : adverbParticles(s, verb)) {
            // "pulled out of peace talks": the parser hangs "of talks" on the particle read as an adverb
            collectPrepositions(s, particle, preps);
        }
        boolean reducedRelative = isReducedRelative(s, verb);
        boolean bareParticiple = isBarePassiveParticiple(s, verb);
        boolean passive = !s.children(verb, "nsubj:pass").isEmpty() || !s.children(verb, "aux:pass").isEmpty()
                || reducedRelative || bareParticiple;
        prepositionsTakenForMarks(s, verb, preps);
        List<Integer> objects = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>();
        if (passive) {
            for (int o : s.children(verb, bareParticiple ? "nsubj" : "nsubj:pass")) {
                objects.addAll(ActorResolver.withConjuncts(s, o));
            }
            for (Prep p : preps) {
                if (p.preposition().equals("by")) {
                    subjects.addAll(ActorResolver.withConjuncts(s, p.noun()));
                }
            }
            if (reducedRelative) {
                objects.add(s.governor(verb)); // "M23 rebels, backed by Rwanda": the noun is what is done to
            }
        } else {
            for (int o : s.children(verb, "obj")) {
                objects.addAll(ActorResolver.withConjuncts(s, o));
            }
            for (int subj : s.children(verb, "nsubj")) {
                subjects.addAll(ActorResolver.withConjuncts(s, subj));
            }
            if (subjects.isEmpty() && !s.token(verb).isVerb()) {
                // 'called the launch "outrageous"': with the quotes, the parser hangs the noun judged
                // on the adjective as a bare dependent
                s.children(verb, "dep").stream().filter(d -> d < verb && s.token(d).isNoun()).forEach(subjects::add);
            }
            if (subjects.isEmpty()) {
                subjects.addAll(saidSubjects(s, verb));
            }
            if (subjects.isEmpty()) {
                subjects.addAll(inheritedSubjects(s, verb, 0));
            }
            if (objects.isEmpty() && !subjects.isEmpty() && s.relation(verb).equals("acl:relcl")
                    && s.governor(verb) >= 0 && s.children(verb).stream().noneMatch(c -> s.token(c).tag().startsWith("W"))) {
                // "a move the agency called disproportionate": a relative clause with a subject of its
                // own and no object or relative pronoun is about the noun it describes
                objects.add(s.governor(verb));
            }
        }
        int gerundObject = gerundObject(s, verb);
        if (gerundObject >= 0 && objects.isEmpty() && subjects.isEmpty()) {
            // "responded by firing ballistic missiles at Tel Aviv", read by the parser as "by [firing
            // missiles]": the noun is the gerund's object, the subject the verb's
            objects.add(gerundObject);
            subjects.addAll(subjectsOf(s, s.governor(gerundObject), 0));
            // and the phrases after it are the gerund's too ("... missiles at Santiago")
            List<Prep> after = new ArrayList<>();
            collectPrepositions(s, s.governor(gerundObject), after);
            after.stream().filter(p -> p.noun() > gerundObject).forEach(preps::add);
        }
        for (int o : objects) {
            collectPrepositions(s, o, preps);
        }
        List<String> particles = new ArrayList<>();
        for (int p : s.children(verb, "compound:prt")) {
            particles.add(s.token(p).key());
        }
        for (int p : adverbParticles(s, verb)) {
            particles.add(s.token(p).key());
        }
        int complement = s.child(verb, "xcomp");
        if (complement < 0) {
            complement = s.child(verb, "ccomp");
        }
        if (complement < 0) {
            complement = purpose(s, verb);
        }
        return new Clause(verb, passive, List.copyOf(subjects), List.copyOf(objects), List.copyOf(preps),
                List.copyOf(particles), complement);
    }

    /**
     * The clause of a judgement ("Washington said the cooperation between Moscow and Pyongyang was
     * troubling"): those who make it are its subjects, what it judges its objects.
     */
    static Clause judgement(Sentence s, int predicate, List<Integer> judges, List<Integer> judged) {
        List<Prep> preps = new ArrayList<>();
        for (int o : judged) {
            collectPrepositions(s, o, preps);
        }
        return new Clause(predicate, false, List.copyOf(judges), List.copyOf(judged), List.copyOf(preps), List.of(), -1);
    }

    /**
     * "called on Venezuela's authorities to publish the tallies", parsed as "called [on authorities
     * to publish]", and "asked India [for a credit line to pay for fuel]": the preposition hangs as a
     * marker of the infinitive, whose subject is the noun the verb's preposition governs.
     */
    private static void prepositionsTakenForMarks(Sentence s, int verb, List<Prep> preps) {
        for (int c : s.children(verb, "advcl")) {
            boolean infinitive = s.token(c).tag().equals("VB")
                    && s.children(c, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
            for (int m : infinitive ? s.children(c, "mark") : List.<Integer>of()) {
                int subject = s.child(c, "nsubj");
                if (m > verb && s.token(m).tag().equals("IN") && subject > m && subject < c) {
                    preps.add(new Prep(s.token(m).key(), subject));
                }
            }
        }
    }

    /**
     * A participle hung on a noun after a comma ("established ties with China, ending its
     * relationship with Taiwan"): the parser's reading of an adverbial participle of the clause.
     */
    static boolean isCommaParticiple(Sentence s, int v) {
        return s.relation(v).equals("acl") && s.token(v).tag().equals("VBG") && v > 0
                && s.token(v - 1).word().equals(",");
    }

    /**
     * Nouns after one of {@code prepositions} on the verb, or one level inside the verb's other
     * phrases, where the parser often hangs a place ("walked off the job in South Korea", "outside
     * the embassy in Kabul"): the verb's own phrases first.
     */
    List<Integer> nounsAfter(Sentence s, Set<String> prepositions) {
        List<Integer> found = new ArrayList<>();
        for (Prep p : prepositions()) {
            if (prepositions.contains(p.preposition())) {
                found.add(p.noun());
            }
        }
        for (Prep p : prepositions()) {
            for (int c : s.children(p.noun())) {
                String preposition = preposition(s, c);
                if (s.relation(c).startsWith("nmod") && preposition != null && prepositions.contains(preposition)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** The verb whose object or prepositional phrase the noun is (or is nested in), or -1. */
    static int verbOfArgument(Sentence s, int noun) {
        int n = noun;
        for (int depth = 0; depth < 3 && n >= 0; depth++) {
            String rel = s.relation(n);
            int up = s.governor(n);
            if (up < 0 || !(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
                return -1;
            }
            if (s.token(up).isVerb()) {
                return rel.equals("obj") || rel.startsWith("obl") ? up : -1;
            }
            n = up;
        }
        return -1;
    }

    /**
     * "Erdogan said Turkey would launch an operation", parsed as "[Erdogan said Turkey] would
     * launch": the verb of saying is the clause's subject and the noun it seems to take as object
     * is the subject of the verb.
     */
    private static List<Integer> saidSubjects(Sentence s, int verb) {
        int saying = s.child(verb, "csubj");
        if (saying < 0 || !SAYING.contains(s.token(saying).key())) {
            return List.of();
        }
        int object = s.child(saying, "obj");
        return object > saying && object < verb ? ActorResolver.withConjuncts(s, object) : List.of();
    }

    /** The noun a gerund taken for an adjective modifies after "by" ("by firing missiles"), or -1. */
    private static int gerundObject(Sentence s, int verb) {
        int noun = s.governor(verb);
        if (!s.relation(verb).equals("amod") || !s.token(verb).tag().equals("VBG") || noun < 0
                || !ActorResolver.hasCase(s, noun, "by")) {
            return -1;
        }
        int governor = s.governor(noun);
        return governor >= 0 && s.token(governor).isVerb() ? noun : -1;
    }

    /**
     * An infinitive of purpose ("deployed troops to help restore order"), or -1: the parser hangs it
     * as an adverbial clause, but patterns read it as the verb's complement ("send * to:help").
     */
    private static int purpose(Sentence s, int verb) {
        for (int c : s.children(verb, "advcl")) {
            if (s.token(c).tag().equals("VB")
                    && s.children(c, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"))) {
                return c;
            }
        }
        return -1;
    }

    /** The subjects a verb without its own subject takes from the verb it depends on. */
    private static List<Integer> inheritedSubjects(Sentence s, int verb, int depth) {
        int governor = s.governor(verb);
        if (governor < 0 || depth > 4) {
            return List.of();
        }
        String rel = s.relation(verb);
        if (rel.equals("dep") && s.token(governor).tag().equals("IN") && s.governor(governor) >= 0
                && s.token(s.governor(governor)).isVerb()) {
            // "responded by banning imports": the parser hangs the participle on its preposition
            return subjectsOf(s, s.governor(governor), depth);
        }
        boolean verbal = s.token(governor).isVerb();
        if (rel.equals("xcomp") && verbal) {
            List<Integer> objects = s.children(governor, "obj");
            if (!objects.isEmpty()) {
                return ActorResolver.withConjuncts(s, objects.get(0));
            }
            return subjectsOf(s, governor, depth);
        }
        if (rel.equals("conj") && !verbal && s.relation(governor).equals("xcomp") && s.governor(governor) >= 0) {
            // "calling the proposal shameless and accusing Seoul": the parser hangs the second
            // participle on the first one's predicate; its subject is the first participle's
            return subjectsOf(s, s.governor(governor), depth);
        }
        if (rel.equals("conj") && verbal) {
            if (isSubordinate(s, governor) && s.governor(governor) >= 0) {
                // "They halted when the Americans arrived, but have since continued": the parser
                // hangs the "but" clause on the subordinate one; its subject is the main clause's
                return subjectsOf(s, s.governor(governor), depth);
            }
            return subjectsOf(s, governor, depth);
        }
        int clauseVerb = isCommaParticiple(s, verb) ? verbOfArgument(s, governor) : -1;
        if (clauseVerb >= 0) {
            // "established ties with China, ending its relationship with Taiwan": after a comma, a
            // participle hung on an argument tells what the clause's subject did by it
            return subjectsOf(s, clauseVerb, depth);
        }
        // a participle the parser could not place ("said it had no intention..., calling the plan
        // shameless") is read like an adverbial one when the verb it hangs on has its own subject
        if (rel.equals("acl") && INSTRUMENTS.contains(s.token(governor).key()) && s.token(verb).tag().equals("VBG")
                && !PROMISES.contains(s.token(verb).key())
                && s.governor(governor) >= 0 && s.token(s.governor(governor)).isVerb()
                && s.hasRelation(governor, "obj")) {
            // "signed treaties annexing four regions", "issued a decree banning...": whoever
            // signs or issues the instrument does what it does
            return subjectsOf(s, s.governor(governor), depth);
        }
        if (isFirstToAct(s, verb)) {
            // "Russia became the first country to recognise...", "Russia is the only state to..."
            List<Integer> own = s.children(governor, "nsubj");
            return !own.isEmpty() ? ActorResolver.withConjuncts(s, own.get(0))
                    : s.relation(governor).equals("xcomp") ? subjectsOf(s, s.governor(governor), depth) : List.of();
        }
        boolean placed = rel.equals("advcl") || rel.equals("acl")
                || (rel.equals("dep") && !s.children(governor, "nsubj").isEmpty());
        if (placed && verbal && s.token(verb).tag().equals("VBG")) {
            List<Integer> objects = s.children(governor, "obj");
            if (!objects.isEmpty() && introducedBy(s, verb, Set.of("of", "for"))) {
                // "accused Armenia of shelling", "praised Kyiv for opening": the object did it
                return ActorResolver.withConjuncts(s, objects.get(0));
            }
            return subjectsOf(s, governor, depth);
        }
        return List.of();
    }

    /** Subordinators of a condition: "if", "unless", and "should" when the parser reads it as one. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should");

    /** Whether the adverbial clause {@code c} states a condition, or (with {@code orAfter}) what it followed. */
    static boolean isCondition(Sentence s, int c, boolean orAfter) {
        return s.relation(c).equals("advcl") && s.children(c, "mark").stream().map(m -> s.token(m).key())
                .anyMatch(m -> CONDITIONS.contains(m) || (orAfter && m.equals("after")));
    }

    private static final Set<String> RANKS = Set.of("first", "only", "last", "latest", "second", "third", "next");

    /**
     * An infinitive that tells what makes a noun first or only ("the first country to recognise the
     * Taliban"): done, by whoever the noun is said of.
     */
    static boolean isFirstToAct(Sentence s, int verb) {
        int noun = s.governor(verb);
        return noun >= 0 && s.relation(verb).equals("acl") && s.token(verb).tag().equals("VB")
                && s.token(noun).isNoun()
                && s.children(noun, "amod").stream().anyMatch(a -> RANKS.contains(s.token(a).key()));
    }

    private static boolean introducedBy(Sentence s, int verb, Set<String> words) {
        for (int c : s.children(verb)) {
            if ((s.hasRelation(c, "mark") || s.hasRelation(c, "case")) && words.contains(s.token(c).key())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "as", "because",
            "since", "once", "until", "although", "though", "whereas");

    /** An adverbial clause opened by a subordinator ("when the Americans arrived"). */
    private static boolean isSubordinate(Sentence s, int verb) {
        if (!s.relation(verb).equals("advcl")) {
            return false;
        }
        for (int c : s.children(verb)) {
            if ((s.hasRelation(c, "mark") || s.hasRelation(c, "advmod")) && SUBORDINATORS.contains(s.token(c).key())) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> subjectsOf(Sentence s, int verb, int depth) {
        List<Integer> subjects = new ArrayList<>();
        if (!s.children(verb, "nsubj:pass").isEmpty()) {
            return subjects;
        }
        for (int subj : s.children(verb, "nsubj")) {
            subjects.addAll(ActorResolver.withConjuncts(s, subj));
        }
        return subjects.isEmpty() ? inheritedSubjects(s, verb, depth + 1) : subjects;
    }

    /** "pulled back from Kherson", "rolled back the restrictions": particles the parser took for adverbs. */
    private static List<Integer> adverbParticles(Sentence s, int verb) {
        return s.children(verb, "advmod").stream()
                .filter(p -> p > verb && p <= verb + 2 && ADVERB_PARTICLES.contains(s.token(p).key())).toList();
    }

    private static void collectPrepositions(Sentence s, int head, List<Prep> into) {
        for (int c : s.children(head)) {
            String rel = s.relation(c);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (!PREPOSITION_RELATIONS.contains(base) || rel.equals("nmod:poss") || rel.equals("obl:tmod")) {
                continue;
            }
            String prep = preposition(s, c);
            if (prep != null) {
                for (int noun : ActorResolver.withConjuncts(s, c)) {
                    into.add(new Prep(prep, noun));
                }
            }
        }
    }

    /**
     * The preposition of a noun ("on", "out of"), or null if it has none. A particle the parser
     * hung on the noun as an adverb just before its preposition belongs to it ("pulling out of the
     * project").
     */
    static String preposition(Sentence s, int noun) {
        StringBuilder b = new StringBuilder();
        for (int c : s.children(noun)) {
            boolean particle = s.hasRelation(c, "advmod") && ADVERB_PARTICLES.contains(s.token(c).key())
                    && c + 1 < noun && s.governor(c + 1) == noun && s.hasRelation(c + 1, "case");
            // "walked off the job": a particle hung on the noun as a bare dependent is its preposition
            boolean stray = s.hasRelation(c, "dep") && s.token(c).tag().equals("RP");
            if (c < noun && (s.hasRelation(c, "case") || particle || stray)) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.token(c).key());
                for (int f : s.children(c, "fixed")) {
                    b.append(' ').append(s.token(f).key());
                }
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
