package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
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

    private static final Set<String> RECIPROCAL_OBJECTS = Set.of("other", "another");

    private final Dictionaries dictionaries;
    private final ActorResolver resolver;
    private final ArgumentReader arguments;
    private final TargetFinder targetFinder;
    private final ReportReader reports;
    private final NominalEventReader nominal;
    private final PatternMatcher matcher;
    private final UnnamedPerpetrator unnamed;
    private final ModalityReader modality;

    public EventCoder(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.resolver = new ActorResolver(dictionaries.actors(), dictionaries.agents());
        this.arguments = new ArgumentReader(resolver);
        this.targetFinder = new TargetFinder(arguments, dictionaries.modality());
        this.matcher = new PatternMatcher(resolver);
        this.unnamed = new UnnamedPerpetrator(arguments);
        this.reports = new ReportReader(dictionaries.modality(), resolver);
        this.nominal = new NominalEventReader(dictionaries.nouns(), resolver,
                (s, v) -> !dictionaries.verbs().patternsFor(s.token(v).key()).isEmpty());
        this.modality = new ModalityReader(dictionaries.modality());
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    public ActorResolver resolver() {
        return resolver;
    }

    /**
     * True if a pattern of one of the tagged sentence's verbs could match it: only then is parsing
     * worth it. A pattern could match when every word it asks for (object words, particles, the
     * complement's verb) occurs somewhere in the sentence; "held a party" never reaches the parser
     * for "hold ... talks".
     */
    public boolean mayYieldEvent(Sentence tagged) {
        Set<String> lemmas = new HashSet<>();
        for (Token t : tagged.tokens()) {
            lemmas.add(t.key());
            if (t.isProperNoun() && t.key().endsWith("s")) {
                lemmas.add(t.key().substring(0, t.key().length() - 1)); // "Sanctions" tagged as a name
            }
        }
        for (Token t : tagged.tokens()) {
            if (t.isVerb() || t.tag().startsWith("JJ")) {
                for (VerbPattern p : dictionaries.verbs().patternsFor(t)) {
                    if (couldMatch(p, lemmas)) {
                        return true;
                    }
                }
            } else if (t.isNoun() && dictionaries.nouns().get(t.key()) != null) {
                return true; // "Spain's recognition of Palestine": an event told by a noun
            }
        }
        return false;
    }

    private static boolean couldMatch(VerbPattern p, Set<String> lemmas) {
        return lemmas.containsAll(p.particles().stream().flatMap(w -> List.of(w.split(" ")).stream()).toList())
                && allPresent(p.main().objectWords(), lemmas)
                && (!p.needsComplement() || (p.complementVerbs().stream().anyMatch(lemmas::contains)
                    && allPresent(p.complement().objectWords(), lemmas)));
    }

    private static boolean allPresent(List<Set<String>> wordGroups, Set<String> lemmas) {
        return wordGroups.stream().allMatch(group -> group.stream().anyMatch(lemmas::contains));
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
        // each noun phrase is resolved once for both lists
        Map<Integer, List<ActorMention>> named = new HashMap<>();
        IntFunction<List<ActorMention>> actorsAt =
                head -> named.computeIfAbsent(head, h -> resolver.resolve(s, h, date));
        List<ActorMention> mentions = sentenceMentions(s, actorsAt);
        context.beginSentence(s, sentenceSubjects(s, actorsAt), mentions, titles(s, mentions));
        // each verb's clause is framed and matched once, also when a complement asks about its governor
        Map<Integer, Framed> frames = new HashMap<>();
        IntFunction<Framed> framed = verb -> frames.computeIfAbsent(verb, x -> frame(s, x, date, context));
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            List<VerbPattern> patterns = dictionaries.verbs().patternsFor(verb);
            // auxiliaries and copulas ("has suggested", "is open") are no predicates of their own
            if (patterns.isEmpty() || !(verb.isVerb() || s.relation(v).equals("root") || isPredicate(s, v))
                    || s.hasRelation(v, "aux") || s.hasRelation(v, "cop")) {
                continue;
            }
            if (consumedByGovernor(s, v, framed)) {
                trace.note(v, "complement of '" + s.token(s.governor(v)).word() + "', coded with it");
                continue;
            }
            if (isTopic(s, v)) {
                trace.note(v, "the topic of '" + s.token(s.governor(v)).word() + "', not a deed");
                continue;
            }
            if (isReasonGiven(s, v)) {
                trace.note(v, "the reason given for '" + s.token(s.governor(v)).word() + "', not a deed of its doer");
                continue;
            }
            Framed frame = framed.apply(v);
            Clause clause = frame.clause();
            int complementVerb = frame.complementVerb();
            Clause complement = frame.complement();
            Optional<PatternMatcher.Match> match = frame.match();
            if (match.isEmpty()) {
                trace.note(v, "no pattern of '" + verb.key() + "' matches this clause");
                continue;
            }
            VerbPattern pattern = match.get().pattern();
            if (isPredicate(s, v) && dictionaries.modality().is("judgement", verb.key())) {
                int reporting = reports.reportingVerb(s, v);
                List<Integer> judged = clause.subjects();
                int saying = s.child(v, "csubj");
                if (reporting < 0 && saying >= 0 && dictionaries.modality().is("reporting", s.token(saying).key())) {
                    // the parser reads "Washington said the cooperation was troubling" as "[Washington
                    // said the cooperation] was troubling": what was said about is the object
                    reporting = saying;
                    judged = Clause.of(s, saying).objects();
                }
                if (reporting < 0) {
                    trace.note(v, "a judgement no actor is reported to make");
                    continue;
                }
                // who says so judges what the subject names
                clause = Clause.judgement(s, v, Clause.of(s, reporting).subjects(), judged);
                complement = null;
            }
            CameoCode act = dictionaries.codebook().get(pattern.code());
            boolean describesANoun = Clause.isReducedRelative(s, v);
            if (describesANoun && !act.quadClass().isCooperation()) {
                // "the violence used by Dutch forces", "sanctions imposed by the US": a hostile act
                // describing a noun is background the article tells elsewhere, if at all; a
                // cooperative one ("a deal brokered by China", "rebels backed by Rwanda") is the
                // only place the relation is told
                trace.note(v, "a hostile act describing a noun: background, not coded");
                continue;
            }
            List<Integer> subjects = match.get().sources().isEmpty() ? clause.subjects() : match.get().sources();
            List<ActorMention> sources = arguments.subjectsOf(s, subjects, date, context);
            context.readingTargetsOf(act.root());
            TargetFinder.Targets found = targetFinder.find(s, clause, complement, match.get(), sources, date, context);
            context.readingTargetsOf(null);
            List<ActorMention> targets = found.actors();
            if (sources.size() > 1 && Pairs.mutualAct(act) && isVenue(s, clause, targets)) {
                // "Trump and Kim signed a joint statement in Singapore": a state where parties meet
                // or agree is the venue, and the parties act on each other
                trace.note(v, "the state after \"in\" is where the parties acted, not their target");
                targets = List.of();
            }
            if (targets.isEmpty() && !sources.isEmpty() && isRetaliation(s, clause, complementVerb)) {
                ActorMention aggressor = context.lastAggressorAgainst(sources.get(0));
                if (aggressor != null) {
                    trace.note(v, "striking back: aimed at " + aggressor.code() + ", who last acted against "
                            + sources.get(0).code());
                    targets = List.of(aggressor);
                }
            }
            if (targets.isEmpty() && sources.size() < 2
                    && (describesANoun || s.relation(v).equals("acl:relcl"))) {
                // "ruling out a summit proposed by Tokyo", "Kherson, the only regional capital they had
                // captured": a clause describing a noun says little without a party it acts on (or
                // with: "where the two leaders signed a deal")
                trace.note(v, "a clause describing a noun, with no target");
                continue;
            }
            if ((targets.isEmpty() || found.guessed()) && isUnattachedParticiple(s, v)) {
                // a participle the parser could not place counts only when it names whom it is
                // aimed at ("..., accusing Seoul of..."), not as a toll ("..., killing 80 people")
                trace.note(v, "an unattached participle with no target");
                continue;
            }
            if (sources.isEmpty()) {
                sources = arguments.doersOfMeans(s, clause, date); // "was killed in a US drone strike"
            }
            if (sources.isEmpty() && targets.stream().anyMatch(t -> t.type().equals("person"))) {
                // "Police detained Navalny": police and courts act on their own compatriots
                sources = arguments.compatriots(s, clause.subjects(), targets, ArgumentReader.ENFORCING_ROLES);
            }
            if (sources.isEmpty()) {
                sources = arguments.compatriots(s, clause.subjects(), targets, ArgumentReader.IRREGULAR_ROLES);
            }
            if (sources.isEmpty() && targets.isEmpty() && TargetFinder.VIOLENT_ROOTS.contains(act.root())) {
                // "Gunmen abducted pupils from a school in Kuriga, a town in Nigeria's Kaduna state":
                // unnamed armed men are of the country they strike in, and so is what they strike
                ActorMention place = arguments.placeOf(s, clause, ArgumentReader.DEED_PLACES, date);
                sources = place == null ? List.of()
                        : arguments.compatriots(s, clause.subjects(), List.of(place), ArgumentReader.IRREGULAR_ROLES);
                if (!sources.isEmpty()) {
                    trace.note(v, "armed men with no country named strike in " + place.country() + ": of that country");
                    targets = List.of(stateOf(place));
                }
            }
            if (sources.isEmpty()) {
                sources = arguments.peopleOfThePlace(s, clause, date); // "doctors walked out in South Korea"
            }
            if (sources.isEmpty() && !targets.isEmpty()) {
                ActorMention unidentified = unnamed.perpetrator(s, clause, act, targets, date);
                if (unidentified != null) {
                    trace.note(v, "no one is named as doing it: the " + unidentified.name() + " of "
                            + unidentified.country() + " (" + unidentified.code() + ")");
                    sources = List.of(unidentified);
                }
            }
            if (sources.isEmpty() && act.root().equals(PROTEST) && targets.stream().noneMatch(t -> isForeignMission(s, t))) {
                // "Protesters stormed Kenya's parliament": with no place named, protesters are the
                // people of the state whose institution they protest at (not at its embassy abroad)
                sources = arguments.compatriots(s, clause.subjects(), targets, ArgumentReader.DOMESTIC_ROLES);
            }
            if (sources.isEmpty()) {
                trace.note(v, "pattern " + pattern.text() + " matched, but no known actor is its subject");
                continue;
            }
            boolean reciprocal = match.get().mutual() || reciprocal(s, clause)
                    || (sources.size() > 1 && dictionaries.modality().is("exchange", verb.key()))
                    || (sources.size() > 1 && targets.isEmpty() && doneTogether(s, v, act));
            // "Russian and Syrian jets bombed rebel-held districts": modifiers of one noun whose force
            // acts on an object are allies acting together, not each other's counterparts (as
            // "Israeli and Palestinian negotiators held talks" are)
            boolean allies = Pairs.oneNoun(sources) && !clause.objects().isEmpty()
                    && FORCE_ROOTS.contains(act.root());
            boolean mutual = sources.size() > 1 && (reciprocal
                    || (found.inferred() && !allies
                        && Pairs.mutualAct(act)));
            ModalityReader.Assessment assessed = modality.assess(s, v);
            if (assessed.intent() && act.root().equals(REDUCE_RELATIONS) && isAnnouncedDecision(s, v)) {
                // "Nauru said it would cut ties with Taiwan", "announced it would withdraw from the
                // WHO": a state announcing that it leaves or breaks off has done so; the threat
                // reading (13) is for conditions and warnings
                trace.note(v, "an announced decision to reduce relations: the deed, not a threat");
                assessed = new ModalityReader.Assessment(assessed.negated(), assessed.hypothetical(), false);
            }
            String code = pattern.code();
            String intent = pattern.intent();
            if (FORCE_ROOTS.contains(act.root()) && inExercise(s, clause)) {
                trace.note(v, "force used in an exercise: a show of force (" + SHOW_OF_FORCE + "), not " + code);
                code = SHOW_OF_FORCE;
                intent = null;
            }
            List<ActorMention> inviting = FORCE_ROOTS.contains(act.root())
                    ? arguments.targetsOf(s, invitingParty(s, clause), date, context, sources) : List.of();
            if (!inviting.isEmpty()) {
                // "deployed special forces to Juba at the request of President Kiir": force sent at a
                // government's invitation protects it
                trace.note(v, "force sent at the request of " + inviting.get(0).code() + ": protection ("
                        + PROTECTION + "), not " + code);
                code = PROTECTION;
                intent = null;
                targets = inviting;
            }
            boolean domestic = !namesForeigners(s, clause);
            emit(events, docId, date, s, v, pattern, code, intent, sources, mutual ? List.of() : targets,
                    reciprocal, allies, domestic,
                    assessed, trace);
            if (code.startsWith(RELEASE) && !mutual && isSwap(s, clause)) {
                // "Azerbaijan freed 32 Armenian servicemen in exchange for two Azerbaijani soldiers":
                // a swap is two releases, the other by the state whose people were freed
                ActorMention releaser = sources.get(0);
                List<ActorMention> holders = targets.stream().filter(t -> t.country() != null
                        && !t.country().equals(releaser.country())).map(EventCoder::stateOf).toList();
                trace.note(v, "released in a swap: the other side releases too");
                emit(events, docId, date, s, v, pattern, code, intent, holders, List.of(releaser), false, false,
                        domestic, assessed, trace);
            }
            if (!assessed.negated() && !assessed.hypothetical() && !assessed.intent()) {
                context.noteDeed(sources.get(0), dictionaries.codebook().get(code).root(), targets);
            }
        }
        for (NominalEventReader.NominalEvent n : nominal.read(s, date)) {
            emitNominal(events, docId, date, s, n, trace);
        }
        context.endSentence();
        return List.copyOf(events.values());
    }

    /**
     * Events told by a noun take the modality of the clause the noun is in ("threatened a new
     * invasion" is coded by the verb; "fears of an invasion" are hypothetical).
     */
    private void emitNominal(Map<String, Event> events, String docId, LocalDate date, Sentence s,
                             NominalEventReader.NominalEvent n, Trace trace) {
        int clause = n.noun();
        while (clause >= 0 && !s.token(clause).isVerb()) {
            clause = s.governor(clause);
        }
        ModalityReader.Assessment m = clause < 0 ? new ModalityReader.Assessment(false, false, false)
                : modality.assess(s, clause);
        boolean speculative = s.governor(n.noun()) >= 0
                && dictionaries.modality().is("speculation", s.token(s.governor(n.noun())).key());
        CameoCode cameo = dictionaries.codebook().get(n.entry().code());
        org.attache.text.Token trigger = s.token(n.noun());
        Evidence evidence = new Evidence(s.text(), trigger.word(), trigger.begin(), trigger.end(), n.entry().text(),
                n.entry().source());
        for (ActorMention[] pair : n.pairs()) {
            if (toldByAVerb(events, pair, cameo)) {
                // "signed a treaty annexing Crimea, completing Russia's seizure of the peninsula": one deed
                trace.note(n.noun(), "the same deed as a verb of the sentence already tells");
                continue;
            }
            String id = Event.idFor(docId, s.index(), trigger.begin(), pair[0].code(), pair[1].code(), cameo.code());
            Event e = new Event(id, docId, s.index(), date, pair[0], pair[1], cameo, m.negated(),
                    m.hypothetical() || m.intent() || speculative, Mode.DEED, reports.reporterOf(s, n.noun(), date),
                    evidence);
            events.putIfAbsent(id, e);
            trace.event(n.noun(), e);
        }
    }

    /** True if an event of the sentence already has this pair's countries and the code's root. */
    private static boolean toldByAVerb(Map<String, Event> events, ActorMention[] pair, CameoCode cameo) {
        return events.values().stream().anyMatch(e -> e.cameo().root().equals(cameo.root()) && e.target() != null
                && java.util.Objects.equals(e.source().country(), pair[0].country())
                && java.util.Objects.equals(e.target().country(), pair[1].country()));
    }

    /** The actors that are subjects of the sentence's verbs, in order: antecedents for its pronouns. */
    private static List<ActorMention> sentenceSubjects(Sentence s,
                                                       IntFunction<List<ActorMention>> actorsAt) {
        List<ActorMention> subjects = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            if (s.token(v).isVerb()) {
                for (int subject : s.children(v, "nsubj")) {
                    subjects.addAll(actorsAt.apply(subject));
                }
            }
        }
        return subjects;
    }

    /**
     * The role codes of the titles each person is given in the sentence: the words of the phrase
     * that names them and of its apposition ("Iran's supreme leader, Ayatollah Ali Khamenei").
     */
    private Map<ActorMention, Set<String>> titles(Sentence s, List<ActorMention> mentions) {
        Map<ActorMention, Set<String>> titles = new HashMap<>();
        for (ActorMention m : mentions) {
            if (!m.type().equals("person") && !s.token(m.head()).isProperNoun()) {
                continue; // titles belong to persons, named or not ("Foreign Minister Alberto van Klaveren")
            }
            Set<String> roles = new HashSet<>();
            List<Integer> words = new ArrayList<>();
            for (int t = 0; t < s.size(); t++) {
                boolean inside = s.token(t).begin() >= m.begin() && s.token(t).end() <= m.end();
                boolean apposed = (s.governor(t) == m.head() && s.hasRelation(t, "appos"))
                        || (s.governor(m.head()) == t && s.hasRelation(m.head(), "appos"));
                if (inside || apposed || s.governor(t) == m.head() && s.hasRelation(t, "compound")) {
                    words.add(t);
                }
            }
            for (int t : words) {
                String role = resolver.roleOf(s, t);
                if (role != null) {
                    roles.add(role);
                }
            }
            titles.put(m, roles);
        }
        return titles;
    }

    /** Every actor the sentence names, in order: antecedents for descriptions ("the country"). */
    private static List<ActorMention> sentenceMentions(Sentence s,
                                                       IntFunction<List<ActorMention>> actorsAt) {
        List<ActorMention> mentions = new ArrayList<>();
        for (int n = 0; n < s.size(); n++) {
            if (s.token(n).isNoun() && !s.hasRelation(n, "compound") && !s.hasRelation(n, "flat")) {
                for (ActorMention m : actorsAt.apply(n)) {
                    if (mentions.stream().noneMatch(o -> o.begin() == m.begin() && o.code().equals(m.code()))) {
                        mentions.add(m);
                    }
                }
            }
        }
        return mentions;
    }

    /** An adjective used as a predicate ("said it was ready to negotiate"): it has patterns like a verb. */
    private static boolean isPredicate(Sentence s, int v) {
        return s.token(v).tag().startsWith("JJ") && !s.children(v, "cop").isEmpty();
    }

    /**
     * The verb of {@code v}'s complement clause: its xcomp, ccomp or infinitive of purpose, else a
     * participle that one of its patterns names as complement ("marched through Minsk demanding
     * the resignation of..." reads like "marched to demand"), else -1.
     */
    private int complementOf(Sentence s, int v, Clause clause, List<VerbPattern> patterns) {
        if (clause.complement() >= 0) {
            int inner = s.child(clause.complement(), "xcomp");
            // "vowed to keep targeting American vessels": what is vowed is the targeting
            return inner >= 0 && dictionaries.modality().is("aspectual", s.token(clause.complement()).key())
                    ? inner : clause.complement();
        }
        for (int c : s.children(v)) {
            if (c > v && (s.hasRelation(c, "advcl") || s.hasRelation(c, "dep")) && s.token(c).tag().equals("VBG")
                    && patterns.stream().anyMatch(p -> p.complementVerbs().contains(s.token(c).key()))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * A complement ("threatened to retaliate") is coded by its governor's patterns, not on its own;
     * unless the governor only tells when the deed happens and none of its own patterns matches
     * ("began seizing farms": "begin" codes only attacks and talks, "seize" codes the deed). A
     * participle is coded by its governor when a pattern naming it matched ("marched demanding").
     */
    private boolean consumedByGovernor(Sentence s, int v, IntFunction<Framed> framed) {
        int governor = s.governor(v);
        if (governor < 0 || !dictionaries.verbs().hasVerb(s.token(governor).key())) {
            return false;
        }
        boolean xcomp = s.relation(v).equals("xcomp");
        Framed frame = framed.apply(governor);
        String governing = s.token(governor).key();
        if (xcomp && !dictionaries.modality().is("aspectual", governing)) {
            // a verb of causing that codes nothing here ("prompting Serbia to recall its ambassadors")
            // leaves its complement, a fact, to be coded on its own; what was allowed or ordered
            // ("allowed Ukraine to use its weapons") may not have happened
            return !dictionaries.modality().is("causative", governing) || frame.match().isPresent();
        }
        if (!xcomp && (frame.complementVerb() != v
                || dictionaries.modality().is("allegation", s.token(governor).key()))) {
            return false; // the act alleged ("accused Armenia of shelling") is coded too, as hypothetical
        }
        return xcomp ? frame.match().isPresent()
                : frame.match().filter(m -> m.pattern().needsComplement()).isPresent();
    }

    /** A verb's clause, its complement clause (or null) and the pattern that matches them, if any. */
    private record Framed(Clause clause, int complementVerb, Clause complement, Optional<PatternMatcher.Match> match) {
    }

    private Framed frame(Sentence s, int v, LocalDate date, DocumentContext context) {
        List<VerbPattern> patterns = dictionaries.verbs().patternsFor(s.token(v));
        Clause clause = Clause.of(s, v);
        int complementVerb = complementOf(s, v, clause, patterns);
        Clause complement = complementVerb >= 0 ? Clause.of(s, complementVerb) : null;
        return new Framed(clause, complementVerb, complement,
                matcher.firstMatch(patterns, s, clause, complement, date, context));
    }

    /**
     * "Zelensky and Duda jointly honoured the victims": a cooperative act that several subjects do
     * together, with no one else named, they do with each other. Not a hostile one: "jointly
     * condemned the attack" is aimed at whoever did it.
     */
    private static boolean doneTogether(Sentence s, int v, CameoCode act) {
        return act.quadClass().isCooperation()
                && s.children(v, "advmod").stream().anyMatch(a -> TOGETHER.contains(s.token(a).key()));
    }

    private static final Set<String> TOGETHER = Set.of("jointly", "together");

    /** "Armenia and Azerbaijan accused each other": the subjects act on one another. */
    private static boolean reciprocal(Sentence s, Clause clause) {
        List<Integer> nouns = new ArrayList<>(clause.objects());
        clause.prepositions().forEach(p -> nouns.add(p.noun()));
        // "each side accused the other"
        boolean eachSubject = clause.subjects().stream()
                .anyMatch(n -> s.children(n, "det").stream().anyMatch(d -> s.token(d).key().equals("each")));
        return nouns.stream().anyMatch(n -> RECIPROCAL_OBJECTS.contains(s.token(n).key())
                && (s.children(n, "det").stream().anyMatch(d -> s.token(d).key().equals("each")
                        || (eachSubject && s.token(d).key().equals("the")))
                    || s.token(n).key().equals("another")));
    }

    private static final String PROTEST = "14";
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission", "legation");

    private static boolean isForeignMission(Sentence s, ActorMention target) {
        return target.head() >= 0 && target.head() < s.size() && MISSIONS.contains(s.token(target.head()).key());
    }

    private static final String REDUCE_RELATIONS = "16";
    private static final Set<String> DECLARING = Set.of("say", "announce", "declare", "decide", "confirm", "state");

    /** A future act told by its own doer's announcement ("said it would ...") with no condition set on it. */
    private static boolean isAnnouncedDecision(Sentence s, int v) {
        int governor = s.governor(v);
        boolean announced = governor >= 0 && (s.relation(v).equals("ccomp") || s.relation(v).equals("xcomp"))
                && DECLARING.contains(s.token(governor).key());
        return announced && s.children(v, "advcl").stream().noneMatch(c -> Clause.isCondition(s, c, false));
    }

    /**
     * "Tehran vowed to retaliate", "Beijing retaliated with sanctions", "promised harsh revenge": the
     * verb, its complement or its object strikes back.
     */
    private boolean isRetaliation(Sentence s, Clause clause, int complementVerb) {
        Modality words = dictionaries.modality();
        return words.is("retaliation", s.token(clause.verb()).key())
                || (complementVerb >= 0 && words.is("retaliation", s.token(complementVerb).key()))
                || clause.objects().stream().anyMatch(o -> words.is("retaliation", s.token(o).key()));
    }

    /** Punishments for something done: "sentenced Dodik to a year in prison for defying the envoy". */
    private static final Set<String> REASON_GIVING = Set.of("sentence", "convict", "fine", "punish", "jail",
            "imprison", "arrest", "detain", "charge", "indict", "prosecute", "sue", "penalise", "penalize");

    /**
     * A gerund after "for" on a verb that punishes: the charge against the one punished, as a court or
     * a police force states it, not an event the article tells. (Praise "for opening the border"
     * still tells what the praised did.)
     */
    private static boolean isReasonGiven(Sentence s, int v) {
        int governor = s.governor(v);
        return s.token(v).tag().equals("VBG") && governor >= 0 && REASON_GIVING.contains(s.token(governor).key())
                && s.children(v).stream().anyMatch(c -> c < v && s.token(c).key().equals("for")
                        && (s.hasRelation(c, "mark") || s.hasRelation(c, "case")));
    }

    /** Prepositions that make a gerund the topic of the noun it hangs on. */
    private static final Set<String> TOPICAL = Set.of("on", "about", "over", "of", "regarding", "concerning");

    /**
     * A gerund that is what a noun is about ("an agreement on patrolling the border", "talks about
     * ending the war"): a subject of talks, not a deed.
     */
    private static boolean isTopic(Sentence s, int v) {
        int noun = s.governor(v);
        return s.token(v).tag().equals("VBG") && noun >= 0 && s.token(noun).isNoun()
                && s.relation(v).startsWith("acl")
                && s.children(v).stream().anyMatch(c -> (s.hasRelation(c, "case") || s.hasRelation(c, "mark"))
                        && c < v && TOPICAL.contains(s.token(c).key()));
    }

    /**
     * A participle the parser hung as "dep" or on a noun after a comma (or one coordinated with such
     * a participle).
     */
    private static boolean isUnattachedParticiple(Sentence s, int v) {
        int p = s.relation(v).equals("conj") ? s.governor(v) : v;
        if (p < 0 || !s.token(p).tag().equals("VBG")) {
            return false;
        }
        // or hung on a noun after a comma: "initialled a peace agreement ..., ending three years of war"
        return s.relation(p).equals("dep") || Clause.isCommaParticiple(s, p);
    }

    /** Words that say an unnamed target is abroad: "the assets of foreign firms" are not the country's own. */
    private static final Set<String> FOREIGN = Set.of("foreign", "overseas", "western", "international");

    private static boolean namesForeigners(Sentence s, Clause clause) {
        List<Integer> nouns = new ArrayList<>(clause.objects());
        clause.prepositions().forEach(p -> nouns.add(p.noun()));
        return nouns.stream().anyMatch(n -> FOREIGN.contains(s.token(n).key())
                || s.children(n).stream().anyMatch(c -> FOREIGN.contains(s.token(c).key())));
    }

    /** Roots of force, which done in a drill are only shown. */
    private static final Set<String> FORCE_ROOTS = Set.of("15", "18", "19", "20");
    private static final String SHOW_OF_FORCE = "150";

    private static final String PROTECTION = "074";
    private static final String RELEASE = "0841";
    /** Nouns of a swap after "in": "in exchange for", "in a prisoner swap". */
    private static final Set<String> SWAPS = Set.of("exchange", "swap");

    /**
     * "Freed the soldiers in exchange for two of its own", "in a prisoner swap": the release was one
     * half of a swap. (The parser hangs "for ..." on the noun or on the verb.)
     */
    private static boolean isSwap(Sentence s, Clause clause) {
        return clause.prepositions().stream().anyMatch(p -> p.preposition().equals("in")
                && SWAPS.contains(s.token(p.noun()).key()));
    }

    /** True if every target is the noun of the clause's "in" or "at" phrase. */
    private static boolean isVenue(Sentence s, Clause clause, List<ActorMention> targets) {
        return !targets.isEmpty() && targets.stream().allMatch(t -> clause.prepositions().stream()
                .anyMatch(p -> p.noun() == t.head() && (p.preposition().equals("in") || p.preposition().equals("at"))));
    }

    /** The state an actor belongs to, as the actor that acts for it. */
    private static ActorMention stateOf(ActorMention m) {
        return new ActorMention(m.country(), m.name(), m.text(), m.begin(), m.end(), m.country(), "state", m.head(),
                m.source());
    }
    private static final Set<String> INVITATIONS = Set.of("request", "invitation", "behest");

    /** The "of" phrase of "at the request of X", "at the invitation of its government", if the clause has one. */
    private static List<Integer> invitingParty(Sentence s, Clause clause) {
        List<Integer> parties = new ArrayList<>();
        for (Clause.Prep p : clause.prepositions()) {
            if (p.preposition().equals("at") && INVITATIONS.contains(s.token(p.noun()).key())) {
                s.children(p.noun()).stream().filter(c -> ActorResolver.hasCase(s, c, "of")).forEach(parties::add);
            }
        }
        return parties;
    }

    /** "in large-scale drills", "during exercises": the clause happens in a military exercise. */
    private boolean inExercise(Sentence s, Clause clause) {
        return clause.prepositions().stream().anyMatch(p -> (p.preposition().equals("in")
                || p.preposition().equals("during")) && dictionaries.modality().is("exercise", s.token(p.noun()).key()));
    }

    private void emit(Map<String, Event> events, String docId, LocalDate date, Sentence s, int v, VerbPattern pattern,
                      String code, String intent, List<ActorMention> sources, List<ActorMention> targets, boolean reciprocal,
                      boolean allies, boolean domestic,
                      ModalityReader.Assessment m, Trace trace) {
        Mode mode = Mode.DEED;
        if (m.intent()) {
            mode = Mode.INTENT;
            code = intent != null ? intent : dictionaries.codebook().intentFor(code);
        }
        CameoCode cameo = dictionaries.codebook().get(code);
        Token trigger = s.token(v);
        Evidence evidence = new Evidence(s.text(), trigger.word(), trigger.begin(), trigger.end(), pattern.text(),
                pattern.source());
        String reporter = reports.reporterOf(s, v, date);
        List<ActorMention[]> pairs = Pairs.of(sources, targets, cameo, reciprocal, allies, domestic);
        if (pairs.isEmpty()) {
            trace.note(v, "pattern " + pattern.text() + " matched, but its only target is its source");
        }
        for (ActorMention[] pair : pairs) {
            ActorMention source = pair[0];
            ActorMention target = pair[1];
            if (trigger.tag().equals("VBG") && s.children(v, "mark").isEmpty() && s.children(v, "case").isEmpty()
                    && toldAlready(events, s, source, target, cameo)) {
                // "attacked a base used by US forces, killing three Americans": one attack
                trace.note(v, "the same act as an event already coded in the sentence");
                continue;
            }
            String id = Event.idFor(docId, s.index(), trigger.begin(), source.code(),
                    target == null ? "" : target.code(), cameo.code());
            Event e = new Event(id, docId, s.index(), date, source, target, cameo, m.negated(), m.hypothetical(), mode,
                    reporter, evidence);
            events.putIfAbsent(id, e);
            trace.event(v, e);
        }
        if (pattern.reverseCode() != null) {
            // "left for Minas Tirith" (032) is at the same time Minas Tirith receiving a visit (033)
            CameoCode reverse = dictionaries.codebook().get(m.intent()
                    ? dictionaries.codebook().intentFor(pattern.reverseCode()) : pattern.reverseCode());
            for (ActorMention[] pair : pairs) {
                if (pair[1] != null) {
                    String id = Event.idFor(docId, s.index(), trigger.begin(), pair[1].code(), pair[0].code(),
                            reverse.code());
                    Event e = new Event(id, docId, s.index(), date, pair[1], pair[0], reverse, m.negated(),
                            m.hypothetical(), mode, reporter, evidence);
                    events.putIfAbsent(id, e);
                    trace.event(v, e);
                }
            }
        }
    }

    /** True if the sentence already has an event of the same root by the source on the target's country. */
    private static boolean toldAlready(Map<String, Event> events, Sentence s, ActorMention source, ActorMention target,
                                       CameoCode cameo) {
        return target != null && target.country() != null && events.values().stream()
                .anyMatch(e -> e.sentenceIndex() == s.index() && e.source().code().equals(source.code())
                        && e.target() != null && target.country().equals(e.target().country())
                        && e.cameo().root().equals(cameo.root()));
    }
}
