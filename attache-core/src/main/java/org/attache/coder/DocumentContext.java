package org.attache.coder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;

/**
 * What earlier sentences of a document said about who acts, so that a later "he", "she", "it" or
 * "they" can be read as the actor it stands for ("Putin arrived in Pyongyang. He and Kim signed a
 * treaty."). Persons and office holders answer "he"/"she"; states, organisations and companies
 * answer "it"/"they".
 *
 * <p>Mutable and not thread-safe: one per document, fed in sentence order.
 */
public final class DocumentContext {

    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "them", "its", "their");

    /** Role words that name one person, so a later "he" or "she" can refer back to them. */
    private static final Set<String> PERSON_HEADS = Set.of("president", "minister", "premier", "chancellor", "king",
            "queen", "leader", "secretary", "chief", "head", "envoy", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "mayor", "governor", "general", "commander", "emir", "prince", "cleric", "ayatollah",
            "pope", "senator", "official", "diplomat", "director", "ceo", "chairman");

    /** Nouns that describe a state named before: "the isolated country", "the regime". */
    private static final Set<String> STATE_DESCRIPTIONS = Set.of("country", "nation", "state", "kingdom", "republic",
            "island", "regime", "government", "administration", "leadership");
    private static final Set<String> GOVERNING = Set.of("regime", "government", "administration", "leadership");

    private ActorMention lastPerson;
    private ActorMention lastCollective;
    /** The actor of each type named last in earlier sentences ("company", "group"...). */
    private final Map<String, ActorMention> lastOfType = new HashMap<>();
    /** Actors named together by coordination ("Spain, Ireland and Norway"), oldest first. */
    private final List<List<ActorMention>> groups = new ArrayList<>();
    /** The groups that were the subjects of their clause: those who acted, not those acted with. */
    private final Set<List<ActorMention>> actingGroups = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The deeds coded so far: "the exercises", "vowed to retaliate" refer to them. */
    private final DeedMemory deeds = new DeedMemory();
    private Sentence sentence;
    private List<ActorMention> sentenceSubjects = List.of();
    private List<ActorMention> sentenceMentions = List.of();
    /** Persons named in earlier sentences, oldest first, with the sentence and whether a subject. */
    private final List<RememberedPerson> persons = new ArrayList<>();

    private record RememberedPerson(ActorMention mention, int sentence, boolean subject, Set<String> roles) {
    }

    /** Role codes of the titles a sentence gives its persons ("Foreign Minister X": GOV), by mention. */
    private Map<ActorMention, Set<String>> sentenceTitles = Map.of();

    /** How many sentences back a title alone ("the premier") may reach for the person it stands for. */
    private static final int PERSON_REACH = 3;
    /** How often, and how recently, each state was named in earlier sentences, by country code. */
    private final Map<String, Salience> states = new HashMap<>();
    private int sentenceCount;
    private int mentionCount;

    /**
     * A state's weight in the document so far: the topic of an article is named again and again,
     * and what was named long ago fades ({@code DECAY} per sentence).
     */
    private record Salience(ActorMention mention, double weight, int sentence, int order) {
        double weightAt(int now) {
            return weight * Math.pow(DECAY, now - sentence);
        }

        Salience seenAgain(ActorMention m, int now, int order) {
            return new Salience(m, weightAt(now) + 1, now, order);
        }

        /** Heavier, or as heavy and named later: of two states named once, the later one. */
        boolean outranks(Salience other, int now) {
            double mine = weightAt(now);
            double theirs = other.weightAt(now);
            return mine > theirs + 1e-9 || (Math.abs(mine - theirs) <= 1e-9 && order > other.order);
        }
    }

    private static final double DECAY = 0.7;

    /** True if {@code word} is a pronoun that may stand for an actor ("it", "them", "his"). */
    static boolean isPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return PERSONAL.contains(lower) || IMPERSONAL.contains(lower);
    }

    /** True if {@code lemma} can describe an actor named before ("country", "regime", "premier"). */
    public static boolean mayDescribeActor(String lemma) {
        return STATE_DESCRIPTIONS.contains(lemma) || PERSON_HEADS.contains(lemma) || RELATIONAL.contains(lemma)
                || COMPANY_DESCRIPTIONS.contains(lemma) || GROUP_DESCRIPTIONS.contains(lemma)
                || GROUP_NOUNS.contains(lemma);
    }

    /**
     * The root of the event whose targets are being read, or null while reading anything else. A
     * deed is described as the target of a reaction of another kind ("condemned the attack"); as
     * a subject ("the measures sent a message") or as the object of a deed of its own kind
     * ("carried out the attack") it is no actor.
     */
    private String reactionRoot;

    void readingTargetsOf(String root) {
        reactionRoot = root;
    }

    /** Records an event just coded as done: "the exercises", "the move" may stand for it. */
    void noteDeed(ActorMention source, String root, List<ActorMention> targets) {
        deeds.note(source, root, targets);
    }

    /** Who last did a deed to {@code victim}'s country, or null (see {@link DeedMemory}). */
    ActorMention lastAggressorAgainst(ActorMention victim) {
        return deeds.lastAggressorAgainst(victim);
    }

    /** Records a sentence that was not coded: what was named before it fades all the same. */
    public void passSentence() {
        sentenceCount++;
    }

    /**
     * Starts a sentence whose verbs have the given subjects and which names the given actors: a
     * pronoun after one of them stands for it before anything said earlier ("Iran admitted that
     * its military..."), and so does a description ("...imposed sanctions on the isolated country").
     */
    void beginSentence(Sentence s, List<ActorMention> subjects, List<ActorMention> mentions,
                       Map<ActorMention, Set<String>> titles) {
        sentenceTitles = Map.copyOf(titles);
        sentence = s;
        sentenceSubjects = List.copyOf(subjects);
        sentenceMentions = List.copyOf(mentions);
    }

    /** Ends the sentence: its actors become the antecedents of the next sentences' pronouns. */
    void endSentence() {
        for (ActorMention m : sentenceSubjects) {
            if (isPersonLike(sentence, m)) {
                lastPerson = m;
            } else {
                lastCollective = m;
            }
        }
        for (ActorMention m : sentenceMentions) {
            note(states, m);
            lastOfType.put(m.type(), m);
            if (isPersonLike(sentence, m) || !sentenceTitles.getOrDefault(m, Set.of()).isEmpty()) {
                boolean subject = sentenceSubjects.stream().anyMatch(x -> x.begin() == m.begin());
                persons.add(new RememberedPerson(m, sentenceCount, subject, sentenceTitles.getOrDefault(m, Set.of())));
            }
        }
        for (List<ActorMention> group : groupsOf(sentence, sentenceMentions, sentence.size())) {
            if (isAgentOfADescription(sentence, group)) {
                // "talks mediated by Qatar and Turkey": the mediators are not the sides of what they serve
                continue;
            }
            groups.add(group);
            if (isSubject(sentence, group)) {
                actingGroups.add(group);
            }
        }
        sentenceSubjects = List.of();
        sentenceMentions = List.of();
        sentenceCount++;
    }

    /**
     * The state a definite description at token {@code i} stands for ("the isolated country",
     * "the regime"): the one named most recently before it that is none of {@code excluded}, or
     * null if the phrase is no such description or no state was named.
     */
    ActorMention described(Sentence s, int i, String role, List<ActorMention> excluded) {
        String noun = s.token(i).key();
        boolean relational = RELATIONAL.contains(noun) && (isBareDefinite(s, i) || ownedByPronoun(s, i));
        // "..., a move the agency called disproportionate": the move just told
        boolean told = s.children(i, "det").stream().anyMatch(d -> s.token(d).key().equals("a"))
                && s.child(i, "acl:relcl") >= 0;
        boolean definite = isBareDefinite(s, i) || isDemonstrative(s, i) || told;
        if (DeedMemory.describesADeed(noun) && reactionRoot != null && definite) {
            ActorMention doer = deeds.doerOf(noun, reactionRoot, excluded);
            return doer == null ? null : asDescription(doer, s, i);
        }
        if (COUNTERPARTS.contains(noun) && (isBareDefinite(s, i) || ownedByPronoun(s, i))) {
            return describedPerson(s, i, null, excluded, true);
        }
        // "Authorities imposed a curfew", "the authorities": the state's government; "the authority"
        // is one body, often named ("the Palestinian Authority")
        boolean authorities = noun.equals(AUTHORITIES) && s.token(i).tag().equals("NNS")
                && s.children(i).stream().allMatch(c -> c > i || s.token(c).key().equals("the"));
        if (noun.equals(AUTHORITIES) && !authorities) {
            return null;
        }
        if (!isBareDefinite(s, i) && !relational && !authorities) {
            return null;
        }
        if (PERSON_HEADS.contains(noun)) {
            ActorMention person = describedPerson(s, i, role, excluded, false);
            return person != null || role == null ? person : officeOfTheOnlyState(s, i, role);
        }
        if (COMPANY_DESCRIPTIONS.contains(noun)) {
            return describedOfType(s, i, "company", excluded);
        }
        if (COMPASS.contains(noun)) {
            return describedByCompass(s, i, noun, excluded);
        }
        String roleOfState = ROLE_DESCRIPTIONS.get(noun);
        if (ORGANISATION_DESCRIPTIONS.contains(noun)) {
            return describedOfType(s, i, "igo", excluded); // "accused the West African bloc of..."
        }
        if (GROUP_DESCRIPTIONS.contains(noun)) {
            ActorMention group = describedOfType(s, i, "group", excluded);
            if (group != null || !REBEL_DESCRIPTIONS.contains(noun)) {
                return group;
            }
            roleOfState = "REB"; // "The rebels have since captured...": no group named, the state's rebels
        }
        if (roleOfState == null && !STATE_DESCRIPTIONS.contains(noun) && !relational) {
            return null;
        }
        if (roleOfState == null && s.token(i).tag().equals("NNS")) {
            return null; // "the Gulf states", "its partners" are several: only a counted group is read
        }
        Map<String, Salience> candidates = statesNamedBefore(s, i);
        List<ActorMention> others = new ArrayList<>(excluded);
        if (s == sentence) {
            // "between Moscow and the isolated regime": a description is none of the actors it is coordinated with
            List<Integer> conjuncts = ActorResolver.withConjuncts(s, conjunctionHead(s, i));
            sentenceMentions.stream().filter(m -> m.head() != i && conjuncts.contains(m.head())).forEach(others::add);
        }
        ActorMention found = mostSalient(candidates, m -> !among(m, others));
        if (found == null || found.country() == null) {
            return null;
        }
        String code = roleOfState != null ? found.country() + roleOfState
                : GOVERNING.contains(noun) ? found.country() + "GOV" : found.country();
        return asDescription(found, code, "state", s, i);
    }

    private static final Set<String> COMPASS = Set.of("north", "south");

    /**
     * "The North", "the South" in a document that names North Korea or South Korea (or South Sudan):
     * the most salient state named so far whose name begins with that word, or null.
     */
    private ActorMention describedByCompass(Sentence s, int i, String noun, List<ActorMention> excluded) {
        String prefix = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " ";
        ActorMention best = mostSalient(statesNamedBefore(s, i),
                m -> m.name().startsWith(prefix) && !among(m, excluded));
        return best == null || best.country() == null ? null : asDescription(best, best.country(), "state", s, i);
    }

    /** The most salient of {@code candidates} that {@code admitted} accepts, or null. */
    private ActorMention mostSalient(Map<String, Salience> candidates, java.util.function.Predicate<ActorMention> admitted) {
        Salience best = null;
        for (Salience c : candidates.values()) {
            if (admitted.test(c.mention()) && (best == null || c.outranks(best, sentenceCount))) {
                best = c;
            }
        }
        return best == null ? null : best.mention();
    }

    /** The states named in the document so far, and in this sentence before token {@code i}, with their salience. */
    private Map<String, Salience> statesNamedBefore(Sentence s, int i) {
        Map<String, Salience> candidates = new HashMap<>(states);
        if (s == sentence) {
            sentenceMentions.stream().filter(m -> m.head() < i).forEach(m -> note(candidates, m));
        }
        return candidates;
    }

    /**
     * "Fiji's army commander ruled out talks with the prime minister": a title alone, with no
     * person it could stand for, is that office of the state the document is about, when the
     * document has named one state and no other.
     */
    private ActorMention officeOfTheOnlyState(Sentence s, int i, String role) {
        Map<String, Salience> candidates = statesNamedBefore(s, i);
        if (candidates.size() != 1) {
            return null;
        }
        ActorMention state = candidates.values().iterator().next().mention();
        return asDescription(state, state.country() + role, "state", s, i);
    }

    /**
     * Nouns that describe a state's organ when the document is about that state: "The junta
     * suspended all state institutions", "the army denied the claim".
     */
    private static final Map<String, String> ROLE_DESCRIPTIONS = Map.of("junta", "MIL", "army", "MIL",
            "military", "MIL", "navy", "MIL", "police", "COP", "authority", "GOV");
    private static final String AUTHORITIES = "authority";
    /** Verbs whose object's "of" phrase is what it is charged with: "accused the bloc of...". */
    private static final Set<String> CHARGING = Set.of("accuse", "suspect", "convict", "acquit", "warn");

    /** Nouns that describe an international organisation named before: "the bloc", "the alliance". */
    private static final Set<String> ORGANISATION_DESCRIPTIONS = Set.of("bloc", "alliance", "watchdog");
    /** Descriptions of an armed group that, with no group named, are the rebels of the state the document is about. */
    private static final Set<String> REBEL_DESCRIPTIONS = Set.of("rebel", "rebels", "insurgent", "insurgents");

    /** Nouns that describe a company named before: "the platform", "the company", "the tech giant". */
    private static final Set<String> COMPANY_DESCRIPTIONS = Set.of("company", "firm", "platform", "giant", "carrier",
            "airline", "bank", "lender", "manufacturer", "maker", "chipmaker", "automaker", "carmaker", "insurer",
            "retailer", "corporation", "conglomerate", "app");
    /** Nouns that describe an armed group named before: "declared war on the group", "the militants". */
    private static final Set<String> GROUP_DESCRIPTIONS = Set.of("group", "militant", "militants", "militia",
            "movement", "insurgent", "insurgents", "rebel", "rebels", "jihadist", "jihadists", "faction", "organisation",
            "organization", "fighter", "fighters", "paramilitaries", "paramilitary");

    /**
     * The actor of {@code type} named last in this or the earlier sentences that is none of
     * {@code excluded}, or null.
     */
    private ActorMention describedOfType(Sentence s, int i, String type, List<ActorMention> excluded) {
        ActorMention found = null;
        if (s == sentence) {
            for (ActorMention m : sentenceMentions) {
                if (m.head() < i && m.type().equals(type) && !isOneOf(m, excluded)) {
                    found = m;
                }
            }
        }
        ActorMention earlier = lastOfType.get(type);
        if (found == null && earlier != null && !isOneOf(earlier, excluded)) {
            found = earlier;
        }
        return found == null ? null : asDescription(found, s, i);
    }

    /** Plural nouns that name several actors named together before: "the three countries", "both sides". */
    private static final Set<String> GROUP_NOUNS = Set.of("country", "countries", "nation", "nations", "state",
            "states", "side", "sides", "government", "governments", "neighbour", "neighbours", "neighbor", "neighbors",
            "party", "parties", "capital", "capitals", "leader", "leaders", "ally", "allies", "junta", "juntas",
            "regime", "regimes");
    private static final Set<String> LEADER_NOUNS = Set.of("leader", "leaders");
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /**
     * The actors a counted description at token {@code i} stands for ("recalled its ambassadors from
     * the three countries", "the two sides agreed"): the latest group of as many actors named
     * together by coordination, without {@code excluded}; empty if there is none.
     */
    List<ActorMention> describedGroup(Sentence s, int i, List<ActorMention> excluded) {
        boolean each = s.children(i, "det").stream().anyMatch(d -> s.token(d).key().equals("each"));
        if (!GROUP_NOUNS.contains(s.token(i).key()) || !(s.token(i).tag().equals("NNS") || each)) {
            return List.of();
        }
        int size = countOf(s, i);
        if (size < 2) {
            return List.of();
        }
        List<ActorMention> best = bestGroup(s, i, size, LEADER_NOUNS.contains(s.token(i).key()));
        return best == null ? List.of()
                : best.stream().filter(m -> !isOneOf(m, excluded)).map(m -> asDescription(m, s, i)).toList();
    }

    /**
     * The pair "their" at token {@code i} may stand for ("Kyrgyz and Tajik guards exchanged fire
     * ... their governments agreed"): the pair the document is about, or null.
     */
    List<ActorMention> pairAt(Sentence s, int i) {
        return bestGroup(s, i, 2, false);
    }

    /** The group of {@code size} actors a description at token {@code i} stands for, or null. */
    private List<ActorMention> bestGroup(Sentence s, int i, int size, boolean leaders) {
        List<List<ActorMention>> candidates = new ArrayList<>(groups);
        if (s == sentence) {
            candidates.addAll(groupsOf(s, sentenceMentions, i));
        }
        // the pair the document is about ("Armenia and Azerbaijan", named again and again) before
        // one named once in passing; of two as salient, the later
        List<ActorMention> best = null;
        double bestWeight = -1;
        for (List<ActorMention> group : candidates) {
            // "Pakistan and Afghanistan agreed ... after talks mediated by Qatar and Turkey. The two
            // sides...": the pair that acted counts double
            boolean acted = actingGroups.contains(group) || (s == sentence && isSubject(s, group));
            double weight = group.stream().mapToDouble(this::salience).sum() * (acted ? 2 : 1);
            if (group.size() == size && weight >= bestWeight) {
                best = group;
                bestWeight = weight;
            }
        }
        if (best == null && size == 2 && leaders) {
            best = lastTwoLeaders(); // "Erdogan travelled to Sochi for talks with Putin. The two leaders..."
        }
        if (best == null && size == 2) {
            best = mostSalientStates(s, i, 2); // "the two countries" of a document about two states
        }
        return best;
    }

    /**
     * The latest group of actors that acted together in an earlier sentence ("Saudi Arabia and Iran
     * agreed ..."), none of whose countries is among {@code excluded}; empty if there is none.
     */
    List<ActorMention> lastActingGroupWithout(List<ActorMention> excluded) {
        for (int g = groups.size() - 1; g >= 0; g--) {
            List<ActorMention> group = groups.get(g);
            if (actingGroups.contains(group) && group.stream().noneMatch(m -> among(m, excluded))) {
                return group;
            }
        }
        return List.of();
    }

    /** The two persons of different countries named last in earlier sentences within reach, or null. */
    private List<ActorMention> lastTwoLeaders() {
        List<ActorMention> found = new ArrayList<>();
        for (int k = persons.size() - 1; k >= 0 && found.size() < 2; k--) {
            RememberedPerson p = persons.get(k);
            if (sentenceCount - p.sentence() > PERSON_REACH) {
                break;
            }
            if (p.mention().country() != null && found.stream().noneMatch(f -> p.mention().country().equals(f.country()))) {
                found.add(p.mention());
            }
        }
        return found.size() == 2 ? List.of(found.get(1), found.get(0)) : null;
    }

    /** The {@code n} states named most in the document so far (and in this sentence before {@code i}), or null. */
    private List<ActorMention> mostSalientStates(Sentence s, int i, int n) {
        Map<String, Salience> candidates = statesNamedBefore(s, i);
        List<Salience> ranked = new ArrayList<>(candidates.values());
        ranked.sort((a, b) -> a.outranks(b, sentenceCount) ? -1 : b.outranks(a, sentenceCount) ? 1 : 0);
        return ranked.size() < n ? null : ranked.subList(0, n).stream().map(Salience::mention).toList();
    }

    private double salience(ActorMention m) {
        Salience known = m.country() == null ? null : states.get(m.country());
        return known == null ? 0 : known.weightAt(sentenceCount);
    }

    /** How many the noun at {@code i} counts: "the three countries" 3, "both sides" 2, else 0. */
    private static int countOf(Sentence s, int i) {
        for (int c : s.children(i)) {
            String word = s.token(c).key();
            if (s.hasRelation(c, "nummod")) {
                int n = NUMBERS.indexOf(word);
                return n >= 0 ? n + 2 : word.matches("\\d") ? Integer.parseInt(word) : 0;
            }
            if ((word.equals("both") || word.equals("each")) && (s.hasRelation(c, "det") || s.hasRelation(c, "cc:preconj"))) {
                return 2; // "both sides", "each side" (of the pair the document is about)
            }
        }
        return 0;
    }

    private static boolean isAgentOfADescription(Sentence s, List<ActorMention> group) {
        int head = group.get(0).head();
        return head >= 0 && head < s.size() && s.governor(head) >= 0 && ActorResolver.hasCase(s, head, "by")
                && Clause.isReducedRelative(s, s.governor(head));
    }

    private static boolean isSubject(Sentence s, List<ActorMention> group) {
        int head = group.get(0).head();
        return head >= 0 && head < s.size() && s.relation(head).startsWith("nsubj");
    }

    /** The groups of actors the sentence names by coordination, among mentions before token {@code end}. */
    private static List<List<ActorMention>> groupsOf(Sentence s, List<ActorMention> mentions, int end) {
        List<List<ActorMention>> found = new ArrayList<>();
        for (ActorMention first : mentions) {
            if (first.head() < 0 || first.head() >= end || s.hasRelation(first.head(), "conj")) {
                continue;
            }
            List<Integer> heads = ActorResolver.withConjuncts(s, first.head());
            List<ActorMention> group = mentions.stream()
                    .filter(m -> m.head() < end && heads.contains(m.head()) && namesItsHead(s, m)).toList();
            if (group.size() > 1) {
                found.add(group);
            }
        }
        // "Zelensky met Biden ..., where the two leaders signed": who met whom are a pair too
        for (int v = 0; v < end; v++) {
            if (!s.token(v).isVerb()) {
                continue;
            }
            ActorMention subject = mentionAt(mentions, s.child(v, "nsubj"));
            ActorMention object = mentionAt(mentions, s.child(v, "obj"));
            if (subject != null && object != null && subject.country() != null && object.country() != null
                    && !subject.country().equals(object.country()) && object.head() < end) {
                found.add(List.of(subject, object));
            }
        }
        return found;
    }

    private static ActorMention mentionAt(List<ActorMention> mentions, int head) {
        return head < 0 ? null : mentions.stream().filter(m -> m.head() == head).findFirst().orElse(null);
    }

    /** The first conjunct of the coordination {@code i} is in, or {@code i}. */
    private static int conjunctionHead(Sentence s, int i) {
        return s.hasRelation(i, "conj") ? s.governor(i) : i;
    }

    /**
     * Nouns that name a state by its relation to another ("closed the border with its neighbour",
     * "the rival"): the state named most recently that is not the one it is related to (the
     * caller's excluded actors).
     */
    private static final Set<String> RELATIONAL = Set.of("neighbour", "neighbor", "rival", "adversary", "foe",
            "enemy", "ally", "partner");

    /**
     * Nouns that name a person by their part in a meeting ("praised his guest", "thanked his
     * counterpart"): a person named in the last sentences who is of another country than the one
     * they meet.
     */
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "guest", "host", "visitor", "interlocutor");

    /** "this move", "these drills". */
    private static boolean isDemonstrative(Sentence s, int i) {
        return s.children(i, "det").stream().anyMatch(d -> Set.of("this", "these", "that", "those", "such")
                .contains(s.token(d).key())) && s.child(i, "nmod") < 0 && s.child(i, "nmod:poss") < 0;
    }

    /** The actor {@code found} as named by the description at token {@code i}. */
    private static ActorMention asDescription(ActorMention found, Sentence s, int i) {
        return asDescription(found, found.code(), found.type(), s, i);
    }

    /** {@code found} as told by the description at token {@code i}, with the code and type it gets there. */
    private static ActorMention asDescription(ActorMention found, String code, String type, Sentence s, int i) {
        int first = s.children(i).stream().filter(c -> c < i).min(Integer::compare).orElse(i);
        return new ActorMention(code, found.name(), s.textOf(first, i), s.token(first).begin(),
                s.token(i).end(), found.country(), type, i, found.source());
    }

    /** "its neighbour", "their rival": owned by a pronoun and nothing else. */
    private static boolean ownedByPronoun(Sentence s, int i) {
        int owner = s.child(i, "nmod:poss");
        boolean qualified = s.children(i).stream().anyMatch(c -> s.relation(c).equals("nmod")
                || s.relation(c).equals("compound") || s.relation(c).equals("flat"));
        return owner >= 0 && s.token(owner).tag().equals("PRP$") && !qualified;
    }

    /**
     * "the premier", "the country", "the Baltic state": a definite noun with no owner or name of its
     * own. A qualifier that named an actor would have been read before a description is looked for,
     * so a proper-noun compound here only says where ("the Baltic state", "the Gulf emirate").
     */
    private static boolean isBareDefinite(Sentence s, int i) {
        boolean definite = s.children(i, "det").stream().anyMatch(d -> s.token(d).key().equals("the"));
        boolean named = s.children(i, "compound").stream().anyMatch(c -> !s.token(c).isProperNoun());
        // "accused the bloc of failing...", "accused the bloc of imposing sanctions": what comes
        // after "of" is the charge, not a qualifier
        boolean charged = s.hasRelation(i, "obj") && s.governor(i) >= 0
                && CHARGING.contains(s.token(s.governor(i)).key());
        boolean qualified = s.children(i, "nmod").stream().anyMatch(c -> !s.token(c).tag().equals("VBG")
                        && !(charged && ActorResolver.hasCase(s, c, "of")))
                || s.child(i, "nmod:poss") >= 0 || named
                || s.child(i, "flat") >= 0 || s.child(i, "appos") >= 0;
        return definite && !qualified;
    }

    /**
     * The person a title alone stands for ("The premier and the crown prince then signed..."): among
     * the persons of the last few sentences, one whose title there had the same role ("premier"
     * and "Prime Minister" are both GOV; "the cleric" finds "Ayatollah"), the latest subject first,
     * else the latest one named; failing that, any person, by the same preference.
     */
    private ActorMention describedPerson(Sentence s, int i, String role, List<ActorMention> excluded,
                                         boolean otherCountry) {
        List<RememberedPerson> near = persons.stream()
                .filter(p -> sentenceCount - p.sentence() <= PERSON_REACH)
                .filter(p -> excluded.stream().noneMatch(e -> e.code().equals(p.mention().code())
                        && e.name().equals(p.mention().name())))
                .filter(p -> !otherCountry || (p.mention().country() != null && !among(p.mention(), excluded)))
                .toList();
        RememberedPerson found = preferred(near.stream().filter(p -> role != null && p.roles().contains(role)).toList());
        if (found == null) {
            found = preferred(near);
        }
        if (found == null) {
            return null;
        }
        return asDescription(found.mention(), s, i);
    }

    /** The latest subject among {@code candidates} (oldest first), else the latest of them. */
    private static RememberedPerson preferred(List<RememberedPerson> candidates) {
        RememberedPerson found = null;
        for (RememberedPerson p : candidates) {
            if (found == null || p.subject() || !found.subject()) {
                found = p;
            }
        }
        return found;
    }

    private void note(Map<String, Salience> into, ActorMention m) {
        if (m.type().equals("state") && m.country() != null) {
            Salience known = into.get(m.country());
            int order = ++mentionCount;
            into.put(m.country(), known == null ? new Salience(m, 1, sentenceCount, order)
                    : known.seenAgain(m, sentenceCount, order));
        }
    }

    static boolean among(ActorMention m, List<ActorMention> excluded) {
        return excluded.stream().anyMatch(e -> m.country() != null && m.country().equals(e.country()));
    }

    /** By code, not country: a government is not its country's companies. */
    private static boolean isOneOf(ActorMention m, List<ActorMention> excluded) {
        return excluded.stream().anyMatch(e -> e.code().equals(m.code()));
    }

    /** The actor a pronoun at token {@code i} stands for, or null. */
    ActorMention antecedent(Sentence s, int i) {
        return antecedent(s, i, List.of());
    }

    /**
     * The subject of the pronoun's sentence, other than {@code others}, that a pronoun at token
     * {@code i} stands for, or null: "Microsoft said hackers had broken into the accounts of its
     * executives" (not the hackers' own). An actor of earlier sentences does not count: "Russia is
     * continuing its military action" is Russia's own.
     */
    ActorMention antecedentOtherThan(Sentence s, int i, List<ActorMention> others) {
        ActorMention m = antecedent(s, i, others);
        boolean subjectHere = m != null && s == sentence
                && sentenceSubjects.stream().anyMatch(x -> x.code().equals(m.code()));
        return !subjectHere || others.stream().anyMatch(o -> sameSide(o, m)) ? null : m;
    }

    /** The same actor, or actors of one country ("Bangkok" and "its ambassador"). */
    private static boolean sameSide(ActorMention a, ActorMention b) {
        return a.code().equals(b.code()) || (a.country() != null && a.country().equals(b.country()));
    }

    private ActorMention antecedent(Sentence s, int i, List<ActorMention> others) {
        String word = s.token(i).word().toLowerCase(Locale.ROOT);
        boolean personal = PERSONAL.contains(word);
        if (!personal && !IMPERSONAL.contains(word)) {
            return null;
        }
        ActorMention m = null;
        if (s == sentence && !personal && isObject(s, i)) {
            // "suspended aid to Pakistan, accusing it of...": an object pronoun is not the subject
            // of its own clause, so it stands for an actor named before in another part of the sentence
            for (ActorMention named : sentenceMentions) {
                boolean subject = sentenceSubjects.stream().anyMatch(x -> x.begin() == named.begin());
                if (named.head() < i && !subject && !isPersonLike(s, named) && namesItsHead(s, named)
                        && agrees(word, named, plural(s, named))) {
                    m = named;
                }
            }
        }
        if (m == null && s == sentence) {
            for (ActorMention subject : sentenceSubjects) {
                // not the subject of the pronoun's own clause: "soldiers looted them" is no reflexive
                boolean sameClause = s.governor(subject.head()) == s.governor(i);
                boolean other = others.stream().noneMatch(o -> sameSide(o, subject));
                if (subject.head() < i && !sameClause && other && isPersonLike(s, subject) == personal
                        && (personal || agrees(word, subject, plural(s, subject)))) {
                    m = subject;
                }
            }
        }
        if (m == null) {
            // across sentences "they" may stand for a state's people or forces ("Russia ... They
            // have since continued their push"): no agreement asked
            m = personal ? lastPerson : lastCollective;
        }
        if (m == null) {
            return null;
        }
        int begin = s.token(i).begin();
        return new ActorMention(m.code(), m.name(), s.token(i).word(), begin, s.token(i).end(), m.country(), m.type(),
                i, m.source());
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");

    /** False for a name that only qualifies a thing ("the Benin Bronzes" are not Benin). */
    private static boolean namesItsHead(Sentence s, ActorMention m) {
        int begin = s.token(m.head()).begin();
        return m.begin() <= begin && begin < m.end();
    }

    private static boolean isObject(Sentence s, int i) {
        String rel = s.relation(i);
        return rel.equals("obj") || rel.equals("iobj");
    }

    /**
     * Within a sentence, "they" stands for actors named in the plural, "it" for one named in the
     * singular ("Germany handed over the bronzes ... soldiers looted them": not Germany); armed
     * groups go by either.
     */
    private static boolean agrees(String pronoun, ActorMention m, boolean plural) {
        return m.type().equals("group") || PLURAL_PRONOUNS.contains(pronoun) == plural;
    }

    private static boolean plural(Sentence s, ActorMention m) {
        if (m.head() < 0 || m.head() >= s.size()) {
            return false;
        }
        String tag = s.token(m.head()).tag();
        return tag.equals("NNS") || tag.equals("NNPS") || s.hasRelation(m.head(), "conj")
                || !s.children(m.head(), "conj").isEmpty();
    }

    private static boolean isPersonLike(Sentence s, ActorMention m) {
        return m.type().equals("person") || PERSON_HEADS.contains(s.token(m.head()).key());
    }
}
