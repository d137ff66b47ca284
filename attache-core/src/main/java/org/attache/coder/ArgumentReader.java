package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;

/**
 * Reads the actors of a clause's noun phrases: names and role words through the
 * {@link ActorResolver}, pronouns ("it", "its military") through the {@link DocumentContext}, and
 * bare role words ("protesters", "police") as compatriots of an actor already known. Immutable and
 * thread-safe.
 */
final class ArgumentReader {

    /** Roles of people who act at home, so a bare "protesters" or "doctors" is of the other actor's country. */
    static final Set<String> DOMESTIC_ROLES = Set.of("OPP", "CVL", "LAB", "EDU", "HLH", "MED", "REL", "AGR", "HRI",
            "ENV", "PTY", "LEG", "JUD", "COP");
    /** Roles that act on their own compatriots: "police detained Navalny", "a court jailed the activist". */
    static final Set<String> ENFORCING_ROLES = Set.of("COP", "JUD");
    /**
     * Roles of unnamed armed men and criminals, coded as of the country they strike in: "gunmen
     * abducted pupils in Nigeria" are NGAREB (an armed group counts as the country it operates in).
     */
    static final Set<String> IRREGULAR_ROLES = Set.of("REB", "CRM");

    private static final Set<String> TRANSNATIONAL = Set.of("company", "igo", "ngo");

    private final ActorResolver resolver;

    ArgumentReader(ActorResolver resolver) {
        this.resolver = resolver;
    }

    ActorResolver resolver() {
        return resolver;
    }

    /**
     * The actors the noun phrases headed by {@code nouns} name as subjects, in order, without
     * repeats; a role owned by a pronoun ("its military") is the pronoun's actor's.
     */
    List<ActorMention> subjectsOf(Sentence s, List<Integer> nouns, LocalDate date, DocumentContext context) {
        List<ActorMention> found = actorsOf(s, nouns, date, context, true, List.of());
        if (!found.isEmpty() && nouns.size() > 1) {
            // "Maduro's government and the opposition signed an agreement": a bare role coordinated
            // with an actor is of that actor's country
            List<Integer> unnamed = nouns.stream()
                    .filter(n -> found.stream().noneMatch(m -> m.head() == n) && s.hasRelation(n, "conj")).toList();
            List<ActorMention> all = new ArrayList<>(found);
            all.addAll(compatriots(s, unnamed, found, DOMESTIC_ROLES));
            return all;
        }
        return found;
    }

    /**
     * True if the noun is a thing that only an actor's name qualifies ("20 Benin Bronzes", "an
     * Iranian tanker"): the actor is not the noun itself, nor does the noun name a role of it.
     */
    boolean namesAThing(Sentence s, int noun, LocalDate date) {
        if (resolver.roleOf(s, noun) != null) {
            return false;
        }
        List<ActorMention> named = resolver.resolve(s, noun, date);
        int begin = s.token(noun).begin();
        return !named.isEmpty() && named.stream().noneMatch(m -> m.begin() <= begin && begin < m.end());
    }

    /**
     * The actors the noun phrases headed by {@code nouns} name as targets of {@code sources}. A
     * role owned by a pronoun is the subject's own here ("recalled its ambassador"), no target; a
     * description ("the isolated country") stands for a state named earlier other than a source.
     */
    List<ActorMention> targetsOf(Sentence s, List<Integer> nouns, LocalDate date, DocumentContext context,
                                 List<ActorMention> sources) {
        return actorsOf(s, nouns, date, context, false, sources);
    }

    private List<ActorMention> actorsOf(Sentence s, List<Integer> nouns, LocalDate date, DocumentContext context,
                                        boolean possessives, List<ActorMention> sources) {
        List<ActorMention> found = new ArrayList<>();
        for (int n : nouns) {
            for (ActorMention m : actorsOf(s, n, date, context, possessives, sources)) {
                if (found.stream().noneMatch(f -> f.begin() == m.begin() && f.code().equals(m.code()))) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private List<ActorMention> actorsOf(Sentence s, int n, LocalDate date, DocumentContext context,
                                        boolean possessives, List<ActorMention> sources) {
        List<ActorMention> resolved = resolver.resolve(s, n, date);
        if (!resolved.isEmpty()) {
            return resolved;
        }
        if (s.hasRelation(n, "appos") && s.governor(n) >= 0) {
            // "the southern city of Kherson, the only regional capital they had captured": the
            // apposition is the phrase it renames
            resolved = resolver.resolve(s, s.governor(n), date);
            if (!resolved.isEmpty()) {
                return resolved;
            }
        }
        int relativeTo = relativeAntecedent(s, n);
        if (relativeTo >= 0) {
            // "Macron, who urged Tehran to...": the relative pronoun is the noun its clause describes
            return resolver.resolve(s, relativeTo, date);
        }
        if (s.token(n).tag().equals("PRP")) {
            ActorMention antecedent = context.antecedent(s, n);
            return antecedent == null ? List.of() : List.of(antecedent);
        }
        int possessor = s.child(n, "nmod:poss");
        if (possessives && possessor >= 0 && s.token(possessor).tag().equals("PRP$")) {
            // "its military": the role of whoever "its" stands for
            String role = resolver.roleOf(s, n);
            ActorMention owner = context.antecedent(s, possessor);
            if (role != null && owner != null && owner.country() != null) {
                List<ActorMention> owners = pluralOwners(s, n, possessor, owner, context);
                return owners.stream().map(o -> compatriot(s, n, o, role)).toList();
            }
        }
        if (!possessives && possessor >= 0 && s.token(possessor).tag().equals("PRP$") && !sources.isEmpty()) {
            // "Microsoft said hackers had broken into the accounts of its executives", "Orano said
            // the junta had seized its mine": what a pronoun other than the doer owns is that owner's
            ActorMention owner = context.antecedentOtherThan(s, possessor, sources);
            if (owner != null) {
                String role = resolver.roleOf(s, n);
                boolean state = owner.type().equals("state") && owner.country() != null;
                return List.of(role != null && state ? compatriot(s, n, owner, role) : owner);
            }
        }
        List<ActorMention> group = context.describedGroup(s, n, sources);
        if (!group.isEmpty()) {
            return group;
        }
        ActorMention described = context.described(s, n, resolver.roleOf(s, n), sources);
        if (described == null && possessor >= 0 && !s.token(possessor).tag().equals("PRP$")) {
            // "his guest's efforts": the actor a described owner stands for
            described = context.described(s, possessor, resolver.roleOf(s, possessor), sources);
        }
        return described == null ? List.of() : List.of(described);
    }

    /**
     * "Kyrgyz and Tajik guards exchanged fire ... their governments agreed on a ceasefire": a plural
     * role owned by "their" belongs to each actor of the pair that acted together, when the pronoun's
     * antecedent is one of them; otherwise to the antecedent alone.
     */
    private static List<ActorMention> pluralOwners(Sentence s, int n, int possessor, ActorMention owner,
                                                   DocumentContext context) {
        if (!s.token(possessor).word().equalsIgnoreCase("their") || !s.token(n).tag().equals("NNS")) {
            return List.of(owner);
        }
        List<ActorMention> group = context.pairAt(s, possessor);
        if (group == null) {
            return List.of(owner);
        }
        boolean ofTheGroup = group.stream().anyMatch(m -> owner.country().equals(m.country()));
        return ofTheGroup && group.size() > 1 && group.stream().allMatch(m -> m.country() != null)
                ? group : List.of(owner);
    }

    /** Deeds whose doer a passive verb of harm may name instead of a "by" agent. */
    private static final Set<String> HARMFUL_DEEDS = Set.of("strike", "airstrike", "attack", "raid", "clash",
            "bombing", "ambush", "shelling", "assault", "operation", "offensive", "explosion", "blast", "firefight");

    /**
     * Who did a passive deed told through the means rather than an agent: "was killed in a US
     * drone strike" (USA), "were killed in a clash with Chinese troops" (CHN).
     */
    List<ActorMention> doersOfMeans(Sentence s, Clause clause, LocalDate date) {
        List<ActorMention> found = new ArrayList<>();
        if (!clause.passive()) {
            return found;
        }
        for (Clause.Prep p : clause.prepositions()) {
            if (!p.preposition().equals("in") || !HARMFUL_DEEDS.contains(s.token(p.noun()).key())) {
                continue;
            }
            found.addAll(resolver.resolve(s, p.noun(), date));
            for (int c : s.children(p.noun(), "nmod")) {
                String by = Clause.preposition(s, c);
                if ("with".equals(by) || "by".equals(by)) {
                    found.addAll(resolver.resolve(s, c, date));
                }
            }
        }
        return found;
    }

    /**
     * The noun a relative pronoun ("who", "which", "that") stands for in a clause that tells a past
     * deed ("Macron, who urged Tehran to..."), or -1. A clause in the present describes what the
     * noun is ("UNRWA, the agency that supports Palestinian refugees"), no event.
     */
    private static int relativeAntecedent(Sentence s, int n) {
        String tag = s.token(n).tag();
        if (!tag.equals("WP") && !tag.equals("WDT")) {
            return -1;
        }
        int verb = s.governor(n);
        boolean past = verb >= 0 && (s.token(verb).tag().equals("VBD") || s.token(verb).tag().equals("VBN"));
        return past && s.hasRelation(verb, "acl:relcl") ? s.governor(verb) : -1;
    }

    /**
     * Bare role words among {@code nouns} with one of {@code roles}, as compatriots of the first of
     * {@code anchors} that has a country: "Lukashenko warned protesters" codes them BLROPP. A
     * company, an international organisation or an NGO acts across borders, so it anchors no one
     * ("the company labelled the post as manipulated media": no media of its home country).
     */
    List<ActorMention> compatriots(Sentence s, List<Integer> nouns, List<ActorMention> anchors, Set<String> roles) {
        ActorMention anchor = anchors.stream().filter(m -> m.country() != null && !TRANSNATIONAL.contains(m.type()))
                .findFirst().orElse(null);
        List<ActorMention> found = new ArrayList<>();
        if (anchor == null) {
            return found;
        }
        for (int n : nouns) {
            String role = resolver.bareRole(s, n);
            if (role != null && roles.contains(role) && !placedElsewhere(s, n)) {
                found.add(compatriot(s, n, anchor, role));
            }
        }
        return found;
    }

    /**
     * Bare role words of people who act at home, as the people of the country their clause happens
     * in: "thousands of trainee doctors walked off the job in South Korea" (KORHLH).
     */
    List<ActorMention> peopleOfThePlace(Sentence s, Clause clause, LocalDate date) {
        ActorMention place = placeOf(s, clause, PLACE_PREPOSITIONS, date);
        if (place == null) {
            return List.of();
        }
        List<Integer> people = clause.subjects().stream().map(n -> countedOf(s, n)).toList();
        return compatriots(s, people, List.of(place), DOMESTIC_ROLES);
    }

    /**
     * Where the clause happens: the first proper noun after one of {@code prepositions} (see
     * {@link Clause#nounsAfter}) that names an actor of a country, or null. "Near the Peruvian
     * border" is not in Peru: only names count.
     */
    ActorMention placeOf(Sentence s, Clause clause, Set<String> prepositions, LocalDate date) {
        for (int noun : clause.nounsAfter(s, prepositions)) {
            ActorMention place = namedPlaceWithin(s, noun, date, 0);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * The first name of a country's place in the place phrase headed by {@code noun}: the noun
     * itself, or a name that locates it ("Mali's capital Bamako", "a school in Kuriga, a town in
     * Nigeria's Kaduna state", "the town of Paletwa"). Other modifiers ("talks with Russia") do not
     * say where.
     */
    private ActorMention namedPlaceWithin(Sentence s, int noun, LocalDate date, int depth) {
        if (s.token(noun).isProperNoun()) {
            for (ActorMention m : resolver.resolve(s, noun, date)) {
                if (m.country() != null && !TRANSNATIONAL.contains(m.type())) {
                    return m;
                }
            }
        }
        if (depth == 3) {
            return null;
        }
        for (int c : s.children(noun)) {
            boolean locates = s.hasRelation(c, "nmod:poss") || s.hasRelation(c, "appos") || s.hasRelation(c, "compound")
                    || (s.hasRelation(c, "nmod") && LOCATING.contains(String.valueOf(Clause.preposition(s, c))));
            ActorMention place = locates ? namedPlaceWithin(s, c, date, depth + 1) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "across", "throughout");
    /** Prepositions of where a deed was done: "was detained in Moscow", "attacked a school near Kuriga". */
    static final Set<String> DEED_PLACES = Set.of("in", "near", "at");
    /** Prepositions by which a place phrase names where its place is: "a town in Kaduna", "the city of Osh". */
    private static final Set<String> LOCATING = Set.of("in", "of", "near");
    private static final Set<String> COUNTS = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
            "score", "scores", "ten", "tens", "million", "millions");

    /** "thousands of doctors": the people counted, not the count. */
    private static int countedOf(Sentence s, int n) {
        if (COUNTS.contains(s.token(n).key())) {
            for (int c : s.children(n, "nmod")) {
                if ("of".equals(Clause.preposition(s, c))) {
                    return c;
                }
            }
        }
        return n;
    }

    /**
     * "European lawmakers", "Western diplomats": a proper adjective the dictionaries do not know still
     * says the role is not the anchor's compatriots.
     */
    private static boolean placedElsewhere(Sentence s, int n) {
        return s.children(n).stream().anyMatch(c -> (s.hasRelation(c, "amod") || s.hasRelation(c, "compound"))
                && Character.isUpperCase(s.token(c).word().charAt(0)) && c > 0 && !partOfTheName(s, c, n));
    }

    /** "Jorge" in "former vice president Jorge Glas": a name's own words place no one. */
    private static boolean partOfTheName(Sentence s, int c, int head) {
        if (!s.token(head).isProperNoun()) {
            return false;
        }
        for (int k = c; k < head; k++) {
            if (!s.token(k).isProperNoun()) {
                return false;
            }
        }
        return c < head;
    }

    private static ActorMention compatriot(Sentence s, int n, ActorMention anchor, String role) {
        String words = s.token(n).word();
        return new ActorMention(anchor.country() + role, words, words, s.token(n).begin(), s.token(n).end(),
                anchor.country(), "group", n, null);
    }
}
