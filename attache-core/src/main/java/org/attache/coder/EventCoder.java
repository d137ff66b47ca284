package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.codebook.CameoCode;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.attache.verbs.VerbPattern;

/**
 * Codes the events of one parsed sentence: for every verb with patterns in the verb dictionary,
 * finds its clause ({@link Clause}), the first pattern that matches, the actors of its subjects
 * (sources) and of the target the pattern names (or the default target), and the modality of the
 * clause. Coordinated subjects and targets give one event per pair.
 *
 * <p>Immutable and thread-safe: one coder serves all threads.
 */
public final class EventCoder {

    /** Prepositions tried, in order, for a target when the pattern names none. */
    private static final List<String> TARGET_PREPOSITIONS = List.of("against", "on", "upon", "to", "with", "at",
            "into", "toward", "towards", "from", "for", "in", "over", "between", "among", "of");
    /** Roots whose acts are mutual when several subjects act with no target: "A and B signed a pact". */
    private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06", "19");
    private static final Set<String> RECIPROCAL_OBJECTS = Set.of("other", "another");

    private final Dictionaries dictionaries;
    private final ActorResolver resolver;
    private final PatternMatcher matcher = new PatternMatcher();
    private final ModalityReader modality;

    public EventCoder(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.resolver = new ActorResolver(dictionaries.actors(), dictionaries.agents());
        this.modality = new ModalityReader(dictionaries.modality());
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public ActorResolver resolver() {
        return resolver;
    }

    /** True if the tagged sentence contains a verb the dictionary knows: only then is parsing worth it. */
    public boolean mayYieldEvent(Sentence tagged) {
        for (Token t : tagged.tokens()) {
            if (t.isVerb() && dictionaries.verbs().hasVerb(t.key())) {
                return true;
            }
        }
        return false;
    }

    /** The events of a parsed sentence of document {@code docId} published on {@code date}. */
    public List<Event> code(String docId, LocalDate date, Sentence s) {
        return code(docId, date, s, new Trace(), new DocumentContext());
    }

    /**
     * As {@link #code(String, LocalDate, Sentence)}, reading pronouns through the document's
     * {@code context} (and updating it), and recording every decision into {@code trace}.
     */
    public List<Event> code(String docId, LocalDate date, Sentence s, Trace trace, DocumentContext context) {
        Map<String, Event> events = new LinkedHashMap<>();
        List<ActorMention> subjects = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            List<VerbPattern> patterns = dictionaries.verbs().patternsFor(verb.key());
            if (patterns.isEmpty() || !(verb.isVerb() || s.relation(v).equals("root"))) {
                continue;
            }
            if (consumedByGovernor(s, v)) {
                trace.note(v, "complement of '" + s.token(s.governor(v)).word() + "', coded with it");
                continue;
            }
            Clause clause = Clause.of(s, v);
            Clause complement = clause.complement() >= 0 ? Clause.of(s, clause.complement()) : null;
            List<ActorMention> sources = actorsOf(s, clause.subjects(), date, context);
            subjects.addAll(sources);
            Optional<PatternMatcher.Match> match = matcher.firstMatch(patterns, s, clause, complement);
            if (match.isEmpty()) {
                trace.note(v, "no pattern of '" + verb.key() + "' matches this clause");
                continue;
            }
            if (sources.isEmpty()) {
                trace.note(v, "pattern " + match.get().pattern().text() + " matched, but no known actor is its subject");
                continue;
            }
            List<ActorMention> targets = targets(s, clause, complement, match.get(), date, context);
            ModalityReader.Assessment m = modality.assess(s, v);
            emit(events, docId, date, s, v, match.get().pattern(), sources, targets, m, trace);
        }
        // Subjects of this sentence become the antecedents of the next one's pronouns, not of its own.
        subjects.forEach(m -> context.sawSubject(s, m));
        return List.copyOf(events.values());
    }

    /** A complement ("threatened to retaliate") is coded by its governor's patterns, not on its own. */
    private boolean consumedByGovernor(Sentence s, int v) {
        int governor = s.governor(v);
        return governor >= 0 && s.relation(v).equals("xcomp")
                && dictionaries.verbs().hasVerb(s.token(governor).key());
    }

    private List<ActorMention> targets(Sentence s, Clause clause, Clause complement, PatternMatcher.Match match,
                                       LocalDate date, DocumentContext context) {
        List<ActorMention> named = actorsOf(s, match.targets(), date, context);
        if (!named.isEmpty()) {
            return named;
        }
        List<ActorMention> objects = actorsOf(s, clause.objects(), date, context);
        if (!objects.isEmpty()) {
            return objects;
        }
        for (String preposition : TARGET_PREPOSITIONS) {
            List<Integer> nouns = clause.prepositions().stream()
                    .filter(p -> p.preposition().equals(preposition)).map(Clause.Prep::noun).toList();
            List<ActorMention> found = actorsOf(s, nouns, date, context);
            if (!found.isEmpty()) {
                return found;
            }
        }
        List<ActorMention> owners = actorsOf(s, owners(s, clause.objects()), date, context);
        if (!owners.isEmpty()) {
            return owners;
        }
        if (complement != null) {
            List<Integer> nouns = new ArrayList<>(complement.subjects());
            nouns.addAll(complement.objects());
            List<ActorMention> found = actorsOf(s, nouns, date, context);
            if (!found.isEmpty()) {
                return found;
            }
            return actorsOf(s, owners(s, complement.objects()), date, context);
        }
        return List.of();
    }

    /** Possessors and "of" complements of nouns: "Sweden's membership", "the annexation of Crimea". */
    private static List<Integer> owners(Sentence s, List<Integer> nouns) {
        List<Integer> owners = new ArrayList<>();
        for (int n : nouns) {
            for (int c : s.children(n)) {
                if (s.relation(c).equals("nmod:poss")
                        || (s.relation(c).equals("nmod") && "of".equals(Clause.preposition(s, c)))) {
                    owners.add(c);
                }
            }
        }
        return owners;
    }

    private List<ActorMention> actorsOf(Sentence s, List<Integer> nouns, LocalDate date, DocumentContext context) {
        List<ActorMention> found = new ArrayList<>();
        for (int n : nouns) {
            List<ActorMention> resolved = resolver.resolve(s, n, date);
            if (resolved.isEmpty() && s.token(n).tag().equals("PRP")) {
                ActorMention antecedent = context.antecedent(s, n);
                resolved = antecedent == null ? List.of() : List.of(antecedent);
            }
            for (ActorMention m : resolved) {
                if (found.stream().noneMatch(f -> f.begin() == m.begin() && f.code().equals(m.code()))) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private void emit(Map<String, Event> events, String docId, LocalDate date, Sentence s, int v, VerbPattern pattern,
                      List<ActorMention> sources, List<ActorMention> targets, ModalityReader.Assessment m, Trace trace) {
        String code = pattern.code();
        Mode mode = Mode.DEED;
        if (m.intent()) {
            mode = Mode.INTENT;
            code = pattern.intent() != null ? pattern.intent() : dictionaries.codebook().intentFor(code);
        }
        CameoCode cameo = dictionaries.codebook().get(code);
        Token trigger = s.token(v);
        Evidence evidence = new Evidence(s.text(), trigger.word(), trigger.begin(), trigger.end(), pattern.text(),
                pattern.source());
        List<ActorMention[]> pairs = pairs(s, sources, targets, cameo);
        for (ActorMention[] pair : pairs) {
            ActorMention source = pair[0];
            ActorMention target = pair[1];
            String id = Event.idFor(docId, s.index(), trigger.begin(), source.code(),
                    target == null ? "" : target.code(), cameo.code());
            Event e = new Event(id, docId, s.index(), date, source, target, cameo, m.negated(), m.hypothetical(), mode,
                    null, evidence);
            events.putIfAbsent(id, e);
            trace.event(v, e);
        }
    }

    private List<ActorMention[]> pairs(Sentence s, List<ActorMention> sources, List<ActorMention> targets,
                                       CameoCode cameo) {
        List<ActorMention[]> pairs = new ArrayList<>();
        boolean mutual = targets.isEmpty() && sources.size() > 1 && MUTUAL_ROOTS.contains(cameo.root());
        if (mutual) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    pairs.add(new ActorMention[] {sources.get(i), sources.get(j)});
                }
            }
            return pairs;
        }
        for (ActorMention source : sources) {
            if (targets.isEmpty()) {
                pairs.add(new ActorMention[] {source, null});
            }
            for (ActorMention target : targets) {
                if (target.begin() != source.begin()) {
                    pairs.add(new ActorMention[] {source, target});
                }
            }
        }
        return pairs;
    }
}
