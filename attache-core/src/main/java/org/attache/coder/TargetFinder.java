package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;

/**
 * Finds the targets of a matched clause, from the most to the least direct evidence: the target
 * the pattern names, the object, a prepositional phrase of the verb (in a fixed order of
 * prepositions), the complement clause's own subject, object or prepositional phrases; then actors
 * nested inside those phrases ("Sweden's membership", "sites in Iran", "waters near Taiwan"),
 * nearest first; and last a bare role word read as the source's compatriots ("warned protesters").
 * The source itself is never its own target. Immutable and thread-safe.
 */
final class TargetFinder {

    /** Prepositions tried, in order, for a target when the pattern names none. */
    private static final List<String> TARGET_PREPOSITIONS = List.of("against", "on", "upon", "to", "with", "at",
            "outside", "inside", "into", "toward", "towards", "from", "for", "in", "over", "between", "among", "of");

    /**
     * Prepositions of an area, tried after the others for acts of force only: the area troops or
     * strikes act across is their target ("struck sites across Iran", "drills near Taiwan"); the
     * area of talks or joint exercises is only where they happen ("an exercise near the border").
     */
    private static final List<String> AREA_PREPOSITIONS = List.of("across", "throughout", "near", "along",
            "around", "off", "within");
    /** Roots of acts of force, whose area is their target: shows of force, coercion, assaults, fighting. */
    private static final Set<String> AREA_ROOTS = Set.of("15", "17", "18", "19", "20");
    /** Roots of violence, whose place (a city or capital after "in") is their target when no actor is named before it. */
    static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /**
     * What the act's code says about where its target is found, read once per match.
     *
     * @param force    an act of force: its area ("across Iran") and the places nested in its phrases are targets
     * @param violent  violence: the city it happens in is its target ("attacked a restaurant in Mogadishu")
     * @param symbolic a symbolic act: the place honoured is its target ("a wreath at the Kigali Genocide Memorial")
     * @param lawsuit  a lawsuit: the court hears it, the party sued is its target
     * @param posture  a show of force: answers whoever it followed ("after China launched drills")
     * @param parties  mediating or hosting: acts on the parties of the talks it serves
     * @param coercion arrests and other coercion: an official named by title alone is the doer's compatriot
     */
    private record ActKind(boolean force, boolean violent, boolean symbolic, boolean lawsuit, boolean posture,
                           boolean parties, boolean coercion) {

        /** An assault strikes the place it happens in; a symbolic act honours it. */
        boolean placesCount() {
            return violent || symbolic;
        }

        static ActKind of(String code) {
            String root = code.substring(0, 2);
            return new ActKind(AREA_ROOTS.contains(root), VIOLENT_ROOTS.contains(root), code.startsWith(SYMBOLIC),
                    code.startsWith(LAWSUIT), code.startsWith(POSTURE),
                    Pairs.servesParties(code), root.equals(COERCION));
        }
    }

    /**
     * The targets found for a clause; {@code inferred} when they come from inside a phrase or from
     * a bare role word rather than from the clause's own arguments; {@code guessed} when from a bare
     * role word alone (read as the source's compatriots).
     */
    record Targets(List<ActorMention> actors, boolean inferred, boolean guessed) {
        Targets(List<ActorMention> actors, boolean inferred) {
            this(actors, inferred, false);
        }
    }

    private final ArgumentReader arguments;
    private final Modality words;

    TargetFinder(ArgumentReader arguments, Modality words) {
        this.arguments = arguments;
        this.words = words;
    }

    Targets find(Sentence s, Clause clause, Clause complement, PatternMatcher.Match match,
                 List<ActorMention> sources, LocalDate date, DocumentContext context) {
        if (match.targetsOnly()) {
            // the pattern places the target itself (PETRARCH's word sequences): no other phrase is one,
            // and only the source's own phrase is not
            return new Targets(arguments.targetsOf(s, match.targets(), date, context, sources).stream()
                    .filter(t -> sources.stream().noneMatch(src -> src.begin() == t.begin())).toList(), false);
        }
        ActKind kind = ActKind.of(match.pattern().code());
        List<ActorMention> courts = new ArrayList<>();
        for (List<Integer> tier : directTiers(s, clause, complement, match, date, context, kind)) {
            List<ActorMention> found = notSources(arguments.targetsOf(s, tier, date, context, sources), sources);
            if (!kind.symbolic()) {
                found = notPlaceQualifiers(s, found);
            }
            if (kind.lawsuit()) {
                // "took Myanmar to the International Court of Justice": the court hears the case,
                // the party sued is the target
                found.stream().filter(TargetFinder::isCourt).forEach(courts::add);
                found = found.stream().filter(t -> !isCourt(t)).toList();
            }
            if (!found.isEmpty()) {
                return new Targets(found, false);
            }
        }
        List<ActorMention> ownRoles = notSources(
                arguments.compatriots(s, clause.objects(), sources, kind.coercion() ? COERCED_ROLES : ArgumentReader.DOMESTIC_ROLES), sources);
        List<List<Integer>> shared = sharedTiers(s, clause, date, context, kind.force());
        if (!ownRoles.isEmpty() && !shared.isEmpty()) {
            // "forced the flight to land and arrested the journalist": a verb's own object, even a
            // bare role word, comes before what it would share with the verb it is coordinated with
            return new Targets(ownRoles, true, true);
        }
        for (List<Integer> tier : shared) {
            List<ActorMention> found = notPlaceQualifiers(s,
                    notSources(arguments.targetsOf(s, tier, date, context, sources), sources));
            if (!found.isEmpty()) {
                return new Targets(found, true);
            }
        }
        // the pattern's own target phrase first: "North Korea's launch drew condemnation from Seoul"
        List<Integer> phrases = new ArrayList<>(match.targets());
        clause.objects().stream().filter(o -> !phrases.contains(o)).forEach(phrases::add);
        clause.prepositions().forEach(p -> phrases.add(p.noun()));
        if (complement != null) {
            // "calling President Moon's proposal shameless": the complement's subject is a phrase too
            complement.subjects().stream().filter(n -> !phrases.contains(n)).forEach(phrases::add);
            phrases.addAll(complement.objects());
            complement.prepositions().forEach(p -> phrases.add(p.noun()));
        }
        for (List<Integer> modifier : nested(s, phrases, 0)) {
            if (!kind.force()) {
                // "held talks in Istanbul": where talks happen is no party to them; "struck targets
                // in Kharkiv" is an act on the city
                modifier = modifier.stream()
                        .filter(n -> !isPlaceOfEvent(s, Clause.preposition(s, n), n, date, context)).toList();
            }
            List<ActorMention> found = notPlaceQualifiers(s,
                    notSources(arguments.targetsOf(s, modifier, date, context, sources), sources));
            if (!found.isEmpty()) {
                return new Targets(found, true);
            }
        }
        if (!courts.isEmpty()) {
            return new Targets(courts, false); // "petitioned the court": no one else is named
        }
        if (kind.parties()) {
            List<ActorMention> parties = notSources(
                    arguments.targetsOf(s, partiesOf(s, clause), date, context, sources), sources);
            if (parties.isEmpty()) {
                // "The deal was announced after talks hosted by China": the pair the document is about
                parties = context.lastActingGroupWithout(sources);
            }
            if (!parties.isEmpty()) {
                return new Targets(parties, false); // named parties: mediators are not each other's target
            }
        }
        List<Integer> provokers = provokers(s, clause.verb(), kind.posture());
        if (complement != null) {
            // "warned that its troops would respond if Cambodian soldiers entered the area"
            provokers.addAll(provokers(s, complement.verb(), kind.posture()));
        }
        List<ActorMention> provoking = notSources(arguments.targetsOf(s, provokers, date, context, sources), sources);
        if (!provoking.isEmpty()) {
            return new Targets(provoking, true);
        }
        List<Integer> direct = new ArrayList<>(clause.objects());
        clause.prepositions().forEach(p -> direct.add(p.noun()));
        if (complement != null) {
            direct.addAll(complement.objects()); // "used rubber bullets to disperse protesters"
        }
        List<ActorMention> compatriots = arguments.compatriots(s, direct, sources, ArgumentReader.DOMESTIC_ROLES);
        return new Targets(notSources(compatriots, sources), true, true);
    }

    private List<List<Integer>> directTiers(Sentence s, Clause clause, Clause complement, PatternMatcher.Match match,
                                            LocalDate date, DocumentContext context, ActKind kind) {
        List<List<Integer>> tiers = new ArrayList<>();
        List<Integer> named = match.targets().stream().filter(n -> !arguments.namesAThing(s, n, date)).toList();
        tiers.add(named);
        // "attacked a restaurant in Mogadishu": an assault falls on the place it strikes, an arrest
        // "in Moscow" on whom it holds; a wreath laid at a memorial honours its country
        tiers.addAll(argumentTiers(s, clause, date, context, kind.force(), kind.placesCount()));
        if (complement != null) {
            // the complement's own subject only: an inherited one is the main clause's source
            tiers.add(complement.subjects().stream().filter(n -> !clause.subjects().contains(n)).toList());
            tiers.add(complement.objects());
            // "agreed to meet again in Brussels": where the complement's act happens is no party to it
            tiers.add(complement.prepositions().stream()
                    .filter(p -> !ownedByObject(s, complement, p))
                    .filter(p -> kind.placesCount() || !isPlaceOfEvent(s, p.preposition(), p.noun(), date, context))
                    .map(Clause.Prep::noun).toList());
        }
        // a thing the pattern's preposition names ("withdrew from the Paris climate agreement") last
        tiers.add(match.targets().stream().filter(n -> !named.contains(n)).toList());
        return tiers;
    }

    /**
     * The object and prepositional phrases of the verb this one is coordinated with, when the two
     * share their subject: "apologised to Namibia and pledged aid", "summoned Canada's ambassador
     * and demanded the release of ..." act on the same target. A verb with a subject of its own
     * starts a new clause and inherits nothing. Also the addressee of the verb that reports this
     * one: "Iraq told the United Nations it would allow inspectors to return" is Iraq's offer to
     * the United Nations.
     */
    private List<List<Integer>> sharedTiers(Sentence s, Clause clause, LocalDate date, DocumentContext context,
                                            boolean force) {
        int verb = clause.verb();
        int governor = s.governor(verb);
        if (governor < 0 || !s.token(governor).isVerb()) {
            return List.of();
        }
        if ((s.hasRelation(verb, "ccomp") || s.hasRelation(verb, "parataxis"))
                && words.is("reporting", s.token(governor).key())) {
            return List.of(s.children(governor, "obj"));
        }
        if (!s.hasRelation(verb, "conj") || !s.children(verb, "nsubj").isEmpty()
                || !s.children(verb, "nsubj:pass").isEmpty()) {
            return List.of();
        }
        return argumentTiers(s, Clause.of(s, governor), date, context, force, false);
    }

    /**
     * The clause's object, then its prepositional phrases in the order of {@link #TARGET_PREPOSITIONS}
     * (and of {@link #AREA_PREPOSITIONS} for acts of force).
     */
    private List<List<Integer>> argumentTiers(Sentence s, Clause clause, LocalDate date, DocumentContext context,
                                              boolean force, boolean placesCount) {
        List<List<Integer>> tiers = new ArrayList<>();
        // a thing that an actor's name only qualifies ("handed over 20 Benin Bronzes to Nigeria")
        // yields to the verb's own phrases: the recipient, the place acted on
        List<Integer> things = new ArrayList<>(
                clause.objects().stream().filter(o -> arguments.namesAThing(s, o, date)).toList());
        tiers.add(clause.objects().stream().filter(o -> !things.contains(o)).toList());
        // "gave Ukraine 50 billion euros", "fined Google", "granted Ukraine and Moldova the status of"
        tiers.add(s.children(clause.verb(), "iobj").stream()
                .flatMap(i -> ActorResolver.withConjuncts(s, i).stream()).toList());
        List<String> prepositions = new ArrayList<>(TARGET_PREPOSITIONS);
        if (force) {
            prepositions.addAll(AREA_PREPOSITIONS);
        }
        for (String preposition : prepositions) {
            List<Integer> nouns = clause.prepositions().stream()
                    .filter(p -> p.preposition().equals(preposition) && !ownedByObject(s, clause, p))
                    .filter(p -> placesCount || !isPlaceOfEvent(s, p.preposition(), p.noun(), date, context))
                    .map(Clause.Prep::noun).toList();
            // "withdrew from the Paris climate agreement" is no act on France
            nouns.stream().filter(n -> arguments.namesAThing(s, n, date)).forEach(things::add);
            tiers.add(nouns.stream().filter(n -> !things.contains(n)).toList());
        }
        tiers.add(things);
        return tiers;
    }

    /**
     * An "of" phrase of the object belongs to the object ("Russia's annexation of four Ukrainian
     * regions"): it is searched with the object's possessor, nearest first, not as the verb's own.
     */
    private static boolean ownedByObject(Sentence s, Clause clause, Clause.Prep p) {
        return p.preposition().equals("of") && clause.objects().contains(s.governor(p.noun()));
    }

    /**
     * Drops a city or capital that only qualifies a thing ("withdrew from the Paris climate
     * agreement", "the Minsk accords"): where the thing was made, not whom the act is aimed at. A
     * place noun names the place itself ("a blockade on the Tigray region").
     */
    private static List<ActorMention> notPlaceQualifiers(Sentence s, List<ActorMention> found) {
        return found.stream().filter(m -> {
            boolean place = m.type().equals("city") || m.type().equals("region") || isCapital(s, m);
            if (!place || m.head() < 0 || m.head() >= s.size() || ActorResolver.isPlaceNoun(s.token(m.head()).key())) {
                return true;
            }
            int begin = s.token(m.head()).begin();
            return m.begin() <= begin && begin < m.end();
        }).toList();
    }

    /**
     * A city or a capital after "in" or "at" is where the event happened ("talks in Geneva",
     * "forced the flight to land in Minsk"), not its target.
     */
    private boolean isPlaceOfEvent(Sentence s, String preposition, int noun, LocalDate date, DocumentContext context) {
        int governor = s.governor(noun);
        if ("of".equals(preposition) && governor >= 0 && LOCATION_HEADS.contains(s.token(governor).key())
                && LOCATIVE.contains(String.valueOf(Clause.preposition(s, governor)))) {
            return true; // "met on the Caribbean island of St Vincent", "on the sidelines of the summit"
        }
        if (LOCATIVE.contains(String.valueOf(preposition)) && LOCATION_HEADS.contains(s.token(noun).key())
                && s.children(noun).stream().anyMatch(c -> ActorResolver.hasCase(s, c, "of"))) {
            return true; // the same place, named through its head noun
        }
        if (!"in".equals(preposition) && !"at".equals(preposition)) {
            return false;
        }
        List<ActorMention> named = arguments.targetsOf(s, List.of(noun), date, context, List.of());
        return !named.isEmpty() && named.stream().allMatch(m -> m.type().equals("city") || m.type().equals("region")
                || isCapital(s, m));
    }

    /**
     * Nouns of a place where something happens: "on the island of", "on the sidelines of". Only
     * after "on": "in the town of Songea" may be the place an apology is addressed to, and cities
     * after "in" are told apart by their type.
     */
    private static final Set<String> LOCATION_HEADS = Set.of("island", "sideline", "sidelines", "margin",
            "margins", "shore", "shores", "outskirts");
    private static final Set<String> LOCATIVE = Set.of("on");

    private static final String LAWSUIT = "115";
    private static final String POSTURE = "15";
    private static final String SYMBOLIC = "017";
    private static final String COERCION = "17";
    /** "arrested the former vice president": people acted on at home, officials among them. */
    private static final Set<String> COERCED_ROLES = coercedRoles();

    private static Set<String> coercedRoles() {
        Set<String> roles = new java.util.HashSet<>(ArgumentReader.DOMESTIC_ROLES);
        roles.add("GOV");
        return Set.copyOf(roles);
    }

    /**
     * Whose deed the act answers when the clause names no target: the subject of its condition
     * ("would use nuclear weapons if South Korea attacked"), and for a show of force the subject
     * of what it followed ("put its forces on alert after China launched drills").
     */
    private static List<Integer> provokers(Sentence s, int verb, boolean posture) {
        List<Integer> found = new ArrayList<>();
        for (int c : s.children(verb, "advcl")) {
            if (Clause.isCondition(s, c, posture)) {
                found.addAll(Clause.of(s, c).subjects());
            }
        }
        return found;
    }

    private static boolean isCourt(ActorMention m) {
        String name = m.name().toLowerCase(java.util.Locale.ROOT);
        return name.contains("court") || name.contains("tribunal");
    }

    /** A state named by its capital or seat ("Minsk", "the Kremlin"): its government, by a name alone. */
    private static boolean isCapital(Sentence s, ActorMention m) {
        if (m.country() == null || !m.code().equals(m.country() + "GOV") || m.begin() < 0) {
            return false;
        }
        for (int t = 0; t < s.size(); t++) {
            if (s.token(t).begin() >= m.begin() && s.token(t).end() <= m.end() && !s.token(t).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    /** Actors whose own country, named bare beside them, is their own side rather than a target. */
    private static final Set<String> ACTS_FOR_ITS_STATE = Set.of("state", "person", "company");

    /**
     * Drops targets that are a source: the same words, or, for a state's own organs, their country
     * named bare ("the Trump administration ended US funding" is no event between USAGOV and USA;
     * rebels attacking in their own country keep it as target, and so does a state's army
     * bombing one of its own cities or blockading one of its regions).
     */
    private static List<ActorMention> notSources(List<ActorMention> found, List<ActorMention> sources) {
        return found.stream()
                .filter(t -> sources.stream().noneMatch(src -> src.begin() == t.begin()
                        || (ACTS_FOR_ITS_STATE.contains(src.type()) && t.code().length() == 3
                            && !t.type().equals("city") && !t.type().equals("region")
                            && t.code().equals(src.country())
                            && src.code().startsWith(t.code()))
                        // "Medvedev announced that he had ordered...", "Putin calling it a stab in the
                        // back": a pronoun read as the source's own actor is no target of its act
                        || (DocumentContext.isPronoun(t.text())
                            && t.code().equals(src.code()))))
                .toList();
    }

    private static List<Integer> participleArguments(Sentence s, int participle) {
        List<Integer> agents = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int c : s.children(participle)) {
            if (s.relation(c).startsWith("obl")) {
                ("by".equals(Clause.preposition(s, c)) ? agents : others).add(c);
            }
        }
        agents.addAll(others);
        return agents;
    }

    /**
     * Who a mediated or hosted thing was between, when the mediator or host is told in a participle:
     * "Saudi Arabia and Iran agreed to restore relations under a deal brokered by China", "held
     * talks at a meeting hosted by Scholz": the subjects of the clause the deal or talks belong to.
     */
    private static List<Integer> partiesOf(Sentence s, Clause clause) {
        int verb = -1;
        if (s.relation(clause.verb()).equals("acl")) {
            verb = Clause.verbOfArgument(s, s.governor(clause.verb()));
        } else if (s.relation(clause.verb()).equals("advcl") && s.token(clause.verb()).tag().equals("VBN")) {
            // "agreed to end their dispute, after talks brokered by Turkey": the parser makes the
            // talks the subject of a clause of their own, hung on the verb whose doers held them
            verb = s.governor(clause.verb());
        }
        return verb < 0 ? List.of() : Clause.of(s, verb).subjects();
    }

    /**
     * The noun groups nested in the given phrases, nearest first: possessors and prepositional
     * modifiers (with their conjuncts), then what those contain, down to three levels.
     */
    private static List<List<Integer>> nested(Sentence s, List<Integer> nouns, int depth) {
        List<List<Integer>> found = new ArrayList<>();
        if (depth > 2) {
            return found;
        }
        List<Integer> level = new ArrayList<>();
        for (int n : nouns) {
            for (int c : s.children(n)) {
                for (int head : modifierHeads(s, c)) {
                    List<Integer> group = ActorResolver.withConjuncts(s, head);
                    found.add(group);
                    level.addAll(group);
                }
            }
        }
        found.addAll(nested(s, level, depth + 1));
        return found;
    }

    /** The heads of the actor phrases a dependent {@code c} of a noun brings in, nearest first. */
    private static List<Integer> modifierHeads(Sentence s, int c) {
        String rel = s.relation(c);
        if (rel.equals("nmod:poss") || (rel.startsWith("nmod") && Clause.preposition(s, c) != null)) {
            return List.of(c);
        }
        if (rel.equals("acl") && (s.token(c).tag().equals("VB") || s.token(c).tag().equals("VBG"))) {
            // "a board of inquiry to investigate Israeli attacks": what the body is for;
            // "filed a case accusing Israel of genocide": whom the thing is aimed at
            return s.children(c, "obj");
        }
        if (rel.equals("acl:relcl")) {
            // "refused the rice that South Korea offered": who made the thing acted on;
            // "suspended the protocols it signed with Turkey": with whom;
            // "revoked an agreement that allowed US troops to operate": what the thing acts on
            boolean doneByTheNoun = s.children(c, "nsubj").stream().anyMatch(w -> s.token(w).tag().startsWith("W"));
            List<Integer> heads = new ArrayList<>();
            for (int arg : s.children(c)) {
                boolean maker = s.relation(arg).equals("nsubj") && !s.token(arg).tag().startsWith("W");
                boolean partner = s.relation(arg).startsWith("obl") && "with".equals(Clause.preposition(s, arg));
                boolean patient = doneByTheNoun && s.relation(arg).equals("obj");
                if (maker || partner || patient) {
                    heads.add(arg);
                }
            }
            return heads;
        }
        if ((rel.startsWith("acl") || rel.equals("amod")) && s.token(c).tag().equals("VBN")) {
            // "a base used by US forces", "the plan unveiled by Trump": the participle's agent
            // first, then its other phrases
            return participleArguments(s, c);
        }
        return List.of();
    }
}
