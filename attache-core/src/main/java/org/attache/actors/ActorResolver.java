package org.attache.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.dictionary.PhraseIndex;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * Turns a noun phrase of a parsed sentence into the actors it names.
 *
 * <p>A phrase names an actor when its head is covered by an actor's name ("the Kremlin", "Hamas",
 * "Vladimir Putin" at a date in one of his offices), or when its head is a role word ("police",
 * "foreign minister", "troops") owned by an actor among its modifiers ("Chinese police",
 * "Australia's foreign minister", "the mayor of Paris"); the role is added to the owner's country
 * code ({@code CHN} + {@code COP}). A quantity head ("thousands of Israelis") passes through to its
 * complement, and an apposition ("Borrell, the EU's foreign policy chief") is read when the head
 * alone names nothing. Coordinated modifiers ("Thai and Cambodian troops") give one actor each.
 *
 * <p>Dictionaries whose agents compose as {@link AgentDictionary.Composition#EVERY_AGENT}
 * (PETRARCH's) are read by {@link EveryAgentReader} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver {

    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "ten",
            "dozens", "million", "millions", "number", "group", "some", "many", "most", "all", "member", "members",
            "couple", "score", "scores", "tens", "delegation", "team", "one", "two", "several", "majority",
            "contingent", "unit", "detachment", "batch", "squad", "convoy", "flotilla", "wave");
    private static final Set<String> PLACES = Set.of("city", "town", "village", "port", "province", "region",
            "district", "enclave", "island", "islands", "peninsula", "state", "capital", "territory", "archipelago",
            "nation", "country", "kingdom", "republic", "emirate");
    /** True for nouns that name a kind of place ("the Tigray region", "the city of Kherson"). */
    public static boolean isPlaceNoun(String key) {
        return PLACES.contains(key);
    }

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "from", "in", "for");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "det", "nummod",
            "case", "punct", "cc", "conj", "advmod", "obl:npmod", "nmod:npmod", "dep");

    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final EveryAgentReader everyAgent;

    public ActorResolver(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
        this.everyAgent = agents.composition() == AgentDictionary.Composition.EVERY_AGENT
                ? new EveryAgentReader(actors, agents) : null;
    }

    public ActorDictionary actors() {
        return actors;
    }

    /** The actors named by the noun phrase headed by token {@code head}, possibly none. */
    public List<ActorMention> resolve(Sentence s, int head, LocalDate date) {
        return resolve(s, head, date, 0);
    }

    private List<ActorMention> resolve(Sentence s, int head, LocalDate date, int depth) {
        if (depth > 3 || head < 0) {
            return List.of();
        }
        if (everyAgent != null) {
            return everyAgent.resolve(s, head, date, depth);
        }
        Token h = s.token(head);
        // "dozens of Georgians", and "the city of Kherson", "the port of Odesa": the place is its name
        if (h.tag().equals("CD") || QUANTITIES.contains(h.key()) || PLACES.contains(h.key())) {
            for (int c : s.children(head, "nmod")) {
                if (hasCase(s, c, "of")) {
                    List<ActorMention> inner = resolve(s, c, date, depth + 1);
                    if (inner.isEmpty()) {
                        // "thousands of doctors in South Korea": the place hangs on the quantity
                        inner = ownersFromComplements(s, head, date, roleAt(s, NounSpan.of(s, c, MODIFIERS), c), depth);
                    }
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            }
        }
        int[] span = NounSpan.of(s, head, MODIFIERS);
        List<PhraseIndex.Match<ActorSense>> named = withLeaders(s, span, actors.phrases().scan(s, span[0], span[1]))
                .stream().filter(m -> !namesANaturalFeature(s, m)).toList();
        String sharedRole = adjectiveHead(named, head) ? roleOfConjunct(s, head) : null;
        Optional<ActorMention> headActor = named.stream()
                .filter(m -> m.start() <= head && head <= m.end())
                .map(m -> mention(s, m, date, sharedRole, head))
                .flatMap(Optional::stream)
                .findFirst();
        if (headActor.isPresent()) {
            return List.of(headActor.get());
        }
        PhraseIndex.Match<AgentDictionary.Agent> role = roleAt(s, span, head);
        // A common noun is owned by the actor among its modifiers: "an Australian writer" (AUS),
        // "Russian warplanes" (RUS), like a role word is ("Chinese police").
        if (role != null || h.isProperNoun() || h.isNoun()) {
            List<PhraseIndex.Match<ActorSense>> candidates = role != null || h.isProperNoun() ? named
                    : named.stream().filter(m -> isAttribute(s, m, head)).toList();
            List<ActorMention> owners = owners(s, candidates, head, date,
                    role == null ? null : role.values().get(0).role());
            if (owners.isEmpty()) {
                owners = ownersFromComplements(s, head, date, role, depth);
            }
            if (!owners.isEmpty()) {
                return owners;
            }
        }
        for (int a : appositions(s, head)) {
            List<ActorMention> viaApposition = resolve(s, a, date, depth + 1);
            if (!viaApposition.isEmpty()) {
                return viaApposition;
            }
        }
        return List.of();
    }

    /** Capitalised words that make a name before them a river, an island...: "Delft Island", "Niger River". */
    private static final Set<String> NATURAL_FEATURES = Set.of("Island", "Islands", "River", "Bay", "Strait",
            "Lake", "Peninsula", "Valley", "Gulf", "Sea", "Canal", "Mountains", "Reef", "Shoal", "Desert", "Basin",
            "Delta", "Plateau");

    private static boolean namesANaturalFeature(Sentence s, PhraseIndex.Match<ActorSense> m) {
        return m.end() + 1 < s.size() && NATURAL_FEATURES.contains(s.token(m.end() + 1).word());
    }

    /**
     * The role code of a role word that names no owner ("police", "the protesters"), or null. Such a
     * phrase is an actor only once a country is known for it, which the caller decides.
     */
    public String bareRole(Sentence s, int head) {
        if (s.child(head, "nmod:poss") >= 0) {
            return null; // "its military" is someone's: the possessor decides, not the caller
        }
        return roleOf(s, head);
    }

    /** The role code of the role word that heads the phrase at {@code head}, or null. */
    public String roleOf(Sentence s, int head) {
        PhraseIndex.Match<AgentDictionary.Agent> role = roleAt(s, NounSpan.of(s, head, MODIFIERS), head);
        return role == null ? null : role.values().get(0).role();
    }

    private List<ActorMention> owners(Sentence s, List<PhraseIndex.Match<ActorSense>> named, int head, LocalDate date,
                                      String role) {
        List<ActorMention> found = new ArrayList<>();
        for (PhraseIndex.Match<ActorSense> m : named) {
            if (m.end() < head) {
                mention(s, m, date, role, head).ifPresent(found::add);
            }
        }
        // Several owners only when they are coordinated ("Thai and Cambodian troops"); otherwise the
        // closest one to the head owns it ("US Secretary of State Antony Blinken").
        if (found.size() > 1 && !coordinated(s, named)) {
            return List.of(found.get(found.size() - 1));
        }
        return found;
    }

    /**
     * True when a name qualifies a common noun as an attribute ("Australian writer", "US aircraft")
     * rather than owning it ("Pakistan's cricket team", which is no actor of Pakistan's).
     */
    /** True if the head is a nationality adjective alone ("Thai" in "Thai and Cambodian troops"). */
    private static boolean adjectiveHead(List<PhraseIndex.Match<ActorSense>> named, int head) {
        return named.stream().anyMatch(m -> m.start() == head && m.end() == head
                && m.values().stream().allMatch(v -> v.form() == ActorSense.Form.ADJECTIVE));
    }

    /**
     * The role of a conjunct the adjective was coordinated with: the parser often reads "Thai and
     * Cambodian troops" as "Thai" and "Cambodian troops", and both are troops.
     */
    private String roleOfConjunct(Sentence s, int head) {
        for (int c : s.children(head, "conj")) {
            String role = roleOf(s, c);
            if (role != null && !s.children(c, "amod").isEmpty()) {
                return role;
            }
        }
        return null;
    }

    /**
     * Adds the owners named in "X-led", "X-flagged", "X-owned" modifiers ("the US-led coalition", "a
     * Greek-flagged tanker"): what X leads or owns is X's. Other compounds ("Iranian-backed",
     * "Russian-funded") name a patron, not the owner, and stay unread: the Houthis remain Yemeni rebels.
     */
    private List<PhraseIndex.Match<ActorSense>> withLeaders(Sentence s, int[] span,
                                                            List<PhraseIndex.Match<ActorSense>> named) {
        List<PhraseIndex.Match<ActorSense>> all = null;
        for (int i = span[0]; i <= span[1]; i++) {
            String word = s.token(i).word();
            String suffix = OWNING_SUFFIXES.stream().filter(x -> word.endsWith(x) && word.length() > x.length())
                    .findFirst().orElse(null);
            if (!(s.hasRelation(i, "amod") || s.hasRelation(i, "compound"))) {
                continue;
            }
            if (suffix == null) {
                List<PhraseIndex.Match<ActorSense>> joint = jointOwners(s, i, span[1]);
                if (!joint.isEmpty()) {
                    if (all == null) {
                        all = new ArrayList<>(named);
                    }
                    all.addAll(joint);
                }
                continue;
            }
            List<ActorSense> leader = actors.phrases().get(word.substring(0, word.length() - suffix.length()));
            if (!leader.isEmpty()) {
                if (all == null) {
                    all = new ArrayList<>(named);
                }
                all.add(new PhraseIndex.Match<>(i, i, leader));
            }
        }
        if (all == null) {
            return named;
        }
        all.sort(java.util.Comparator.comparingInt(PhraseIndex.Match::start));
        return all;
    }

    /**
     * The owners a hyphenated modifier joins ("US-South Korean drills", "Russian-Chinese exercises"):
     * each part that names an actor, the last one also with the next word ("South" + "Korean"); none
     * unless at least two parts do. The tokenizer keeps such a modifier as one word.
     */
    private List<PhraseIndex.Match<ActorSense>> jointOwners(Sentence s, int i, int last) {
        String[] parts = s.token(i).word().split("-");
        if (parts.length < 2) {
            return List.of();
        }
        List<PhraseIndex.Match<ActorSense>> found = new ArrayList<>();
        for (int p = 0; p < parts.length; p++) {
            if (parts[p].isEmpty() || !Character.isUpperCase(parts[p].charAt(0))) {
                return List.of();
            }
            List<ActorSense> named = actors.phrases().get(parts[p]);
            if (!named.isEmpty()) {
                found.add(new PhraseIndex.Match<>(i, i, named));
            } else if (p == parts.length - 1 && i < last) {
                named = actors.phrases().get(parts[p] + " " + s.token(i + 1).word());
                if (!named.isEmpty()) {
                    found.add(new PhraseIndex.Match<>(i, i + 1, named));
                }
            }
        }
        return found.size() >= 2 ? found : List.of();
    }

    /** "the US-led coalition", "a Greek-flagged tanker", "a US-owned ship": what X leads, flags or owns is X's. */
    private static final List<String> OWNING_SUFFIXES = List.of("-led", "-flagged", "-owned", "-registered",
            "-operated");

    private static boolean isAttribute(Sentence s, PhraseIndex.Match<ActorSense> m, int head) {
        for (int i = m.start(); i <= m.end(); i++) {
            int attached = i;
            // "Jordanian and Egyptian aircraft": the second adjective hangs on the first
            while (s.hasRelation(attached, "conj") && s.governor(attached) >= 0 && s.governor(attached) != head) {
                attached = s.governor(attached);
            }
            if (s.governor(attached) == head) {
                String rel = s.relation(attached);
                return rel.equals("amod") || rel.equals("compound");
            }
        }
        return false;
    }

    private static boolean coordinated(Sentence s, List<PhraseIndex.Match<ActorSense>> named) {
        // "Thai and Cambodian troops", or the parts of one hyphenated modifier ("Russian-Chinese drills")
        return named.stream().anyMatch(m -> s.hasRelation(m.end(), "conj"))
                || named.stream().anyMatch(m -> named.stream().anyMatch(o -> o != m && o.start() == m.start()));
    }

    private List<ActorMention> ownersFromComplements(Sentence s, int head, LocalDate date,
                                                     PhraseIndex.Match<AgentDictionary.Agent> role, int depth) {
        if (role == null) {
            return List.of();
        }
        for (int c : s.children(head, "nmod")) {
            if (OWNER_PREPOSITIONS.stream().anyMatch(p -> hasCase(s, c, p))) {
                List<ActorMention> inner = new ArrayList<>();
                for (int conj : withConjuncts(s, c)) {
                    for (ActorMention m : resolve(s, conj, date, depth + 1)) {
                        inner.add(withRole(m, role.values().get(0).role(), s, head));
                    }
                }
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return List.of();
    }

    /**
     * The appositions of {@code head}, and a name the parser left as a bare dependent right after
     * it ("his counterpart Penny Wong", read as counterpart -dep-> Wong).
     */
    private static List<Integer> appositions(Sentence s, int head) {
        List<Integer> all = new ArrayList<>(s.children(head, "appos"));
        for (int d : s.children(head, "dep")) {
            if (s.token(d).isProperNoun() && NounSpan.of(s, d, MODIFIERS)[0] == head + 1) {
                all.add(d);
            }
        }
        return all;
    }

    /** Token {@code i} and the tokens coordinated with it. */
    public static List<Integer> withConjuncts(Sentence s, int i) {
        List<Integer> all = new ArrayList<>();
        all.add(i);
        for (int c : s.children(i, "conj")) {
            all.addAll(withConjuncts(s, c));
        }
        return all;
    }

    private PhraseIndex.Match<AgentDictionary.Agent> roleAt(Sentence s, int[] span, int head) {
        for (int start = span[0]; start <= head; start++) {
            PhraseIndex.Match<AgentDictionary.Agent> m = agents.phrases().longestAt(s, start, head);
            if (m != null && m.end() == head) {
                return m.values().get(0).role().equals(AgentDictionary.NO_ROLE) ? null : m;
            }
        }
        if (s.token(head).isProperNoun()) {
            // a title before a name: "Foreign Minister Anders Samuelsen"
            for (PhraseIndex.Match<AgentDictionary.Agent> m : agents.phrases().scan(s, span[0], head)) {
                return m;
            }
        }
        return null;
    }

    public static boolean hasCase(Sentence s, int noun, String preposition) {
        for (int c : s.children(noun, "case")) {
            if (s.token(c).key().equals(preposition)) {
                return true;
            }
        }
        return false;
    }

    private Optional<ActorMention> mention(Sentence s, PhraseIndex.Match<ActorSense> m, LocalDate date, String role,
                                           int head) {
        Optional<ActorSense.OnDate> chosen = ActorSense.bestOn(m.values(), date);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        ActorSense best = chosen.get().sense();
        String bestCode = chosen.get().code();
        ActorEntry e = best.entry();
        boolean government = best.form() == ActorSense.Form.CAPITAL || best.form() == ActorSense.Form.SEAT;
        String code = bestCode;
        if (government && code.length() == 3) {
            code = code + "GOV";
        }
        String type = government ? "state" : e.type().label();
        int begin = s.token(m.start()).begin();
        int end = s.token(m.end()).end();
        ActorMention mention = new ActorMention(code, e.name(), s.textOf(m.start(), m.end()), begin, end,
                e.country(), type, head, e.source());
        return Optional.of(role == null ? mention : withRole(mention, role, s, head));
    }

    private static final String MEDIA = "MED";

    /** Adds a role to a country actor ("CHN" + "COP"); organisations and persons keep their code. */
    private static ActorMention withRole(ActorMention m, String role, Sentence s, int head) {
        String code = m.code();
        boolean bareCountry = code.length() == 3 && m.country() != null;
        // a capital stands for the government alone: "police in Minsk" are BLRCOP, not BLRGOV
        boolean capital = m.type().equals("state") && m.country() != null && code.equals(m.country() + "GOV");
        // a newspaper's reporter is a journalist of its country: "Wall Street Journal reporter X" USAMED
        boolean journalist = m.type().equals("company") && m.country() != null && role.equals(MEDIA);
        String coded = bareCountry ? code + role : capital || journalist ? m.country() + role : code;
        int begin = Math.min(m.begin(), s.token(head).begin());
        int end = Math.max(m.end(), s.token(head).end());
        String text = s.text().substring(begin - s.begin(), end - s.begin());
        return new ActorMention(coded, m.name(), text, begin, end, m.country(), m.type(), head, m.source());
    }
}
