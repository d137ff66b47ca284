package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.attache.verbs.ClausePattern;
import org.attache.verbs.VerbPattern;

/**
 * Checks verb patterns against the clause of a verb. A pattern matches when its particles follow
 * the verb, its object words occur in the object, and its complement verb (if any) heads the
 * complement clause; it then names where the target is. Stateless and thread-safe.
 *
 * <p>Patterns written as a {@link org.attache.verbs.WordSequence} (PETRARCH's) are matched by
 * {@link WordSequenceMatcher}, and among such patterns of a verb the one that covers most of the
 * sentence wins, as in PETRARCH; patterns without one are tried in dictionary order (most specific
 * first) and the first that matches wins. When combined dictionaries give a verb patterns of both
 * kinds, each run of one kind is tried in turn, in the order of the dictionaries. A winning pattern
 * without code yields nothing.
 */
final class PatternMatcher {

    /**
     * A pattern that matched, with the noun phrases it names as target (possibly none).
     *
     * @param sources the noun phrases the pattern names as source; empty for the clause's subjects
     * @param mutual true when the sources act on one another (PETRARCH's {@code %})
     * @param targetsOnly true when the pattern decides the target alone: no other phrase may be one
     */
    record Match(VerbPattern pattern, List<Integer> targets, List<Integer> sources, boolean mutual,
                 boolean targetsOnly) {

        Match(VerbPattern pattern, List<Integer> targets) {
            this(pattern, targets, List.of(), false, false);
        }
    }

    private final WordSequenceMatcher sequences;
    private final ActorResolver resolver;

    PatternMatcher() {
        this(null);
    }

    /**
     * @param resolver tells which phrases name actors, for word sequences and subject conditions
     *     ({@code by:company}); may be null without them
     */
    PatternMatcher(ActorResolver resolver) {
        this.sequences = new WordSequenceMatcher(resolver);
        this.resolver = resolver;
    }

    Optional<Match> firstMatch(List<VerbPattern> patterns, Sentence s, Clause clause, Clause complement) {
        return firstMatch(patterns, s, clause, complement, null, null);
    }

    /**
     * The pattern that matches the clause, if any; {@code context} (may be null) tells what a
     * pronoun subject stands for when a pattern asks what its subject is ("NATO said *it* would send
     * troops": an organisation).
     */
    Optional<Match> firstMatch(List<VerbPattern> patterns, Sentence s, Clause clause, Clause complement,
                               LocalDate date, DocumentContext context) {
        Phrases phrases = null;
        int from = 0;
        while (from < patterns.size()) {
            boolean wordSequences = patterns.get(from).words() != null;
            int to = from;
            while (to < patterns.size() && (patterns.get(to).words() != null) == wordSequences) {
                to++;
            }
            List<VerbPattern> run = patterns.subList(from, to);
            if (wordSequences && phrases == null) {
                phrases = sequences.phrases(s, date);
            }
            Match m = wordSequences ? bestSequence(run, phrases, clause) : firstPlain(run, s, clause, complement, date, context);
            if (m != null) {
                return m.pattern().code() == null ? Optional.empty() : Optional.of(m);
            }
            from = to;
        }
        return Optional.empty();
    }

    /**
     * The first pattern whose object words occur in the object's head, compounds, adjectives and
     * "of" phrase; a pattern needing more word groups wins over it when they occur in the object's
     * other prepositional modifiers ("imposed a ban on food imports": "ban import" before "ban").
     * Design decision: the modifiers only ever make a more specific pattern win, so "suspended its
     * agreement in protest at ..." stays a suspended agreement, not a suspended protest.
     */
    private Match firstPlain(List<VerbPattern> patterns, Sentence s, Clause clause, Clause complement,
                             LocalDate date, DocumentContext context) {
        Match narrow = first(patterns, s, clause, complement, false, date, context);
        Match broad = first(patterns, s, clause, complement, true, date, context);
        if (narrow == null || (broad != null
                && broad.pattern().main().objectWords().size() > narrow.pattern().main().objectWords().size())) {
            return broad;
        }
        return narrow;
    }

    private Match first(List<VerbPattern> patterns, Sentence s, Clause clause, Clause complement, boolean broad,
                        LocalDate date, DocumentContext context) {
        for (VerbPattern p : patterns) {
            Optional<Match> m = match(p, s, clause, complement, broad, date, context);
            if (m.isPresent()) {
                return m.get();
            }
        }
        return null;
    }

    /** The word sequence covering most of the sentence; the earlier pattern on a tie. */
    private Match bestSequence(List<VerbPattern> patterns, Phrases phrases, Clause clause) {
        if (!phrases.sentence().token(clause.verb()).isVerb()) {
            return null; // word sequences name verbs, not the nouns they share a form with ("an accord")
        }
        Match best = null;
        int bestScore = -1;
        for (VerbPattern p : patterns) {
            WordSequenceMatcher.Result r = sequences.match(p.words(), phrases, clause);
            if (r != null && r.score() > bestScore && particlesFollow(p.particles(), clause, new ArrayList<>())) {
                best = new Match(p, r.targets(), r.sources(), r.mutual(), true);
                bestScore = r.score();
            }
        }
        return best;
    }

    private Optional<Match> match(VerbPattern p, Sentence s, Clause clause, Clause complement, boolean broad,
                                  LocalDate date, DocumentContext context) {
        List<Integer> targets = new ArrayList<>();
        if (!particlesFollow(p.particles(), clause, targets)) {
            return Optional.empty();
        }
        if (!p.main().subjectWords().isEmpty() && !subjectMatches(p.main().subjectWords(), s, clause, date, context)) {
            return Optional.empty();
        }
        // The header's preposition introduces the thing given or imposed, so its noun counts as
        // object ("provided Kyiv with intelligence", "placed the officers under investigation").
        List<Integer> headerNouns = List.copyOf(targets);
        if (!clauseMatches(p.main(), s, clause, headerNouns, targets, broad)) {
            return Optional.empty();
        }
        if (p.needsComplement()) {
            if (complement == null || !p.complementVerbs().contains(s.token(complement.verb()).key())) {
                return Optional.empty();
            }
            // a predicate noun says what it calls the thing with its own modifiers: "called the raid
            // an authoritarian act"
            List<Integer> predicate = s.token(complement.verb()).isNoun() ? List.of(complement.verb()) : List.of();
            if (!clauseMatches(p.complement(), s, complement, predicate, targets, broad)) {
                return Optional.empty();
            }
        }
        if (!p.main().sourcePrepositions().isEmpty()) {
            // "the launch drew condemnation from Seoul": Seoul condemns, what the subject names is the target
            List<Integer> sources = new ArrayList<>();
            clause.prepositions().stream().filter(prep -> p.main().sourcePrepositions().contains(prep.preposition()))
                    .forEach(prep -> sources.addAll(ActorResolver.withConjuncts(s, prep.noun())));
            if (sources.isEmpty() && !p.main().subjectWords().isEmpty()) {
                // "gas from Turkmenistan began flowing to China": the thing the subject names says
                // where it comes from
                for (int subject : clause.subjects()) {
                    s.children(subject, "nmod").stream()
                            .filter(c -> p.main().sourcePrepositions().contains(Clause.preposition(s, c)))
                            .forEach(c -> sources.addAll(ActorResolver.withConjuncts(s, c)));
                }
            }
            if (sources.isEmpty()) {
                return Optional.empty();
            }
            // "aid arrived in Aden from Oman": a thing as subject, the pattern's own preposition names the target
            return Optional.of(new Match(p, targets.isEmpty() ? clause.subjects() : targets, sources, false, false));
        }
        return Optional.of(new Match(p, targets));
    }

    /**
     * True if every group of {@code words} is met by the clause's subject: a lemma of its head, compounds
     * or adjectives ("paratroopers"), the type of the actor it names ("company") or a role of that
     * actor ("mil" for RUSMIL).
     */
    private boolean subjectMatches(List<Set<String>> words, Sentence s, Clause clause, LocalDate date,
                                   DocumentContext context) {
        Set<String> features = new HashSet<>();
        for (int subject : clause.subjects()) {
            addPhrase(features, s, subject, false);
            cargoOf(s, subject).forEach(c -> addPhrase(features, s, c, false));
            if (resolver != null) {
                List<ActorMention> named = resolver.resolve(s, subject, date);
                ActorMention antecedent = named.isEmpty() && context != null ? context.antecedent(s, subject) : null;
                for (ActorMention m : antecedent == null ? named : List.of(antecedent)) {
                    features.add(m.type());
                    String roles = m.country() != null && m.code().startsWith(m.country())
                            ? m.code().substring(m.country().length()) : m.code();
                    for (int i = 0; i + 3 <= roles.length(); i += 3) {
                        features.add(roles.substring(i, i + 3).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return words.stream().allMatch(group -> group.stream().anyMatch(features::contains));
    }

    private static final Set<String> CARRYING = Set.of("carry", "bring", "transport", "ferry", "haul", "load", "lade");

    /**
     * What a vehicle the subject names carries: "aircraft carrying food and medicine arrived", "a
     * ship loaded with grain docked". The cargo says what arrived as much as the vehicle does.
     */
    private static List<Integer> cargoOf(Sentence s, int subject) {
        List<Integer> cargo = new ArrayList<>();
        for (int acl : s.children(subject, "acl")) {
            if (!CARRYING.contains(s.token(acl).key())) {
                continue;
            }
            cargo.addAll(s.children(acl, "obj"));
            for (int c : s.children(acl, "obl")) {
                if ("with".equals(Clause.preposition(s, c))) {
                    cargo.add(c);
                }
            }
        }
        return cargo;
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

    private static boolean clauseMatches(ClausePattern pattern, Sentence s, Clause clause, List<Integer> headerNouns,
                                         List<Integer> targets, boolean broad) {
        if (!pattern.objectWords().isEmpty()) {
            Set<String> lemmas = objectLemmas(s, clause, broad);
            headerNouns.forEach(n -> addPhrase(lemmas, s, n, false));
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
     * Lemmas of the object's head, its compounds and adjectives, and its "of" complement ("the
     * release of prisoners"); {@code broad}, also its other prepositional modifiers ("a ban on food
     * imports"); for a name, also its apposition's. A clause without an object, or whose objects
     * are names, offers its prepositional phrases ("is open to a strike").
     */
    private static Set<String> objectLemmas(Sentence s, Clause clause, boolean broad) {
        Set<String> lemmas = new HashSet<>();
        List<Integer> objects = clause.objects();
        if (objects.isEmpty()) {
            objects = clause.prepositions().stream().map(Clause.Prep::noun).toList();
        }
        for (int o : objects) {
            addPhrase(lemmas, s, o, broad);
        }
        if (!clause.objects().isEmpty() && clause.objects().stream().allMatch(o -> s.token(o).isProperNoun())) {
            // "removed Cuba from its list of state sponsors of terrorism": a name carries no words of
            // its own, what the act is about is in the verb's phrases
            clause.prepositions().forEach(p -> addPhrase(lemmas, s, p.noun(), false));
        }
        return lemmas;
    }

    private static void addPhrase(Set<String> lemmas, Sentence s, int head, boolean broad) {
        addForms(lemmas, s.token(head));
        for (int c : s.children(head)) {
            String rel = s.relation(c);
            boolean whatItIs = rel.equals("nmod") && ("of".equals(Clause.preposition(s, c))
                    || ("in".equals(Clause.preposition(s, c)) && isAmount(s.token(head))));
            if (rel.equals("compound") || rel.equals("amod") || whatItIs
                    || (rel.equals("nmod") && broad && Clause.preposition(s, c) != null)) {
                addForms(lemmas, s.token(c));
                if (rel.equals("compound") || whatItIs) {
                    // "a military aid package": the compound's own modifiers; "the first batch of
                    // armoured vehicles": what the batch is of, with its modifiers
                    s.children(c).stream().filter(m -> s.hasRelation(m, "amod") || s.hasRelation(m, "compound"))
                            .forEach(m -> addForms(lemmas, s.token(m)));
                }
            } else if (rel.equals("appos") && s.token(head).isProperNoun()) {
                // a name says what it is in its apposition: "freed Jane Doe, an American hostage"
                addPhrase(lemmas, s, c, false);
            }
        }
    }

    /** "$2 billion in loans", "500 million euros in aid": an amount says what it is with "in". */
    private static boolean isAmount(Token t) {
        return t.tag().equals("$") || t.tag().equals("CD") || CURRENCIES.contains(t.key());
    }

    private static final Set<String> CURRENCIES = Set.of("dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble",
            "rupee", "franc", "riyal", "dirham", "won");

    /** Months that are also words of patterns: "began in March" is no protest march. */
    private static final Set<String> MONTHS = Set.of("march", "may");

    /** The lemma, and for capitalised plurals the tagger took for names ("Sanctions were ..."), the singular. */
    private static void addForms(Set<String> into, Token t) {
        String key = t.key();
        if (t.isProperNoun() && MONTHS.contains(key)) {
            return;
        }
        into.add(key);
        if (t.isProperNoun() && key.endsWith("s") && key.length() > 3) {
            into.add(key.substring(0, key.length() - 1));
        }
    }
}
