package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;
import org.attache.verbs.NounDictionary;
import org.attache.verbs.NounDictionary.EventNoun;

/**
 * Reads events told by a noun ("Turkey's downing of a Russian warplane", "the invasion of Iraq by
 * the United States", "a ceasefire between Israel and Hezbollah") when both sides are clear. A noun
 * that is the object of a dictionary verb is left to the verb ("launched an invasion of"), so the
 * same event is not coded twice. Immutable and thread-safe.
 */
final class NominalEventReader {

    /** One event read from a noun: who, on whom, and the noun's entry. */
    record NominalEvent(int noun, EventNoun entry, List<ActorMention[]> pairs) {
    }

    private static final Set<String> TARGET_CASES = Set.of("of", "on", "against", "into", "upon", "over", "in");

    private final NounDictionary nouns;
    private final ActorResolver resolver;
    /** Whether the verb at a token has patterns of its own (then it codes its object itself). */
    private final BiPredicate<Sentence, Integer> verbCodes;

    NominalEventReader(NounDictionary nouns, ActorResolver resolver, BiPredicate<Sentence, Integer> verbCodes) {
        this.nouns = nouns;
        this.resolver = resolver;
        this.verbCodes = verbCodes;
    }

    List<NominalEvent> read(Sentence s, LocalDate date) {
        List<NominalEvent> found = new ArrayList<>();
        for (int n = 0; n < s.size(); n++) {
            // "Fighting broke out": a gerund as subject is a noun
            boolean noun = s.token(n).isNoun() || (s.token(n).tag().equals("VBG") && s.hasRelation(n, "nsubj"));
            EventNoun entry = noun ? nouns.get(s.token(n).key()) : null;
            if (entry == null || toldByItsVerb(s, n)) {
                continue;
            }
            List<ActorMention[]> pairs = between(s, n, date);
            if (pairs.isEmpty()) {
                List<ActorMention> sources = sources(s, n, date);
                List<ActorMention> targets = targets(s, n, date);
                for (ActorMention source : sources) {
                    for (ActorMention target : targets) {
                        if (!source.code().equals(target.code())) {
                            pairs.add(new ActorMention[] {source, target});
                        }
                    }
                }
            }
            if (pairs.isEmpty() && entry.code().startsWith("14")) {
                pairs.addAll(protestWhere(s, n, date));
            }
            if (!pairs.isEmpty()) {
                found.add(new NominalEvent(n, entry, pairs));
            }
        }
        return found;
    }

    private static final Set<String> PLACE_CASES = Set.of("in", "across", "throughout");

    /**
     * "Protests spread across Iran", "riots in Dakar": a protest that names no one is the protest of
     * the people of the place (its OPP role), aimed at a target it names or else at their own
     * government (no words name that one: empty text, no span).
     */
    private List<ActorMention[]> protestWhere(Sentence s, int noun, LocalDate date) {
        List<Integer> places = new ArrayList<>();
        for (int c : s.children(noun)) {
            if (PLACE_CASES.contains(String.valueOf(Clause.preposition(s, c)))) {
                places.add(c);
            }
        }
        int governor = s.governor(noun);
        if (s.relation(noun).equals("nsubj") && governor >= 0) {
            for (int c : s.children(governor)) {
                if (s.relation(c).startsWith("obl") && PLACE_CASES.contains(String.valueOf(Clause.preposition(s, c)))) {
                    places.add(c);
                }
            }
        }
        for (int place : places) {
            for (ActorMention where : resolver.resolve(s, place, date)) {
                if (where.country() == null || !(where.type().equals("state") || where.type().equals("city")
                        || where.type().equals("region"))) {
                    continue;
                }
                String country = where.country();
                org.attache.text.Token t = s.token(noun);
                ActorMention people = new ActorMention(country + "OPP", where.name(), t.word(), t.begin(), t.end(),
                        country, "state", noun, where.source());
                List<ActorMention[]> pairs = new ArrayList<>();
                for (ActorMention target : targets(s, noun, date)) {
                    if (!target.code().startsWith(country) || target.code().length() > 3) {
                        pairs.add(new ActorMention[] {people, target});
                    }
                }
                if (pairs.isEmpty()) {
                    pairs.add(new ActorMention[] {people, Pairs.implied(people, "GOV")});
                }
                return pairs;
            }
        }
        return List.of();
    }

    private boolean toldByItsVerb(Sentence s, int noun) {
        int governor = s.governor(noun);
        String rel = s.relation(noun);
        return governor >= 0 && (rel.equals("obj") || rel.equals("nsubj:pass")) && verbCodes.test(s, governor);
    }

    /** The possessor, the "by" agent, or a nationality ("the Russian invasion"). */
    private List<ActorMention> sources(Sentence s, int noun, LocalDate date) {
        for (int c : s.children(noun)) {
            if (s.relation(c).equals("nmod:poss") || ("by".equals(Clause.preposition(s, c))
                    && s.relation(c).startsWith("nmod"))) {
                List<ActorMention> found = resolveAll(s, c, date);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        for (int c : s.children(noun)) {
            if (c < noun && (s.relation(c).equals("amod") || s.relation(c).equals("compound"))) {
                List<ActorMention> found = resolver.resolve(s, c, date);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private List<ActorMention> targets(Sentence s, int noun, LocalDate date) {
        for (int c : s.children(noun)) {
            String preposition = Clause.preposition(s, c);
            if (s.relation(c).startsWith("nmod") && preposition != null && TARGET_CASES.contains(preposition)) {
                List<ActorMention> found = resolveAll(s, c, date);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** "a ceasefire between Israel and Hezbollah": each side on the other, once. */
    private List<ActorMention[]> between(Sentence s, int noun, LocalDate date) {
        List<ActorMention[]> pairs = new ArrayList<>();
        List<Integer> phrases = new ArrayList<>(s.children(noun));
        if (s.hasRelation(noun, "nsubj") && s.governor(noun) >= 0) {
            // "fighting broke out in Khartoum between the army and the RSF": the parser hangs the
            // sides on the verb the noun is the subject of
            phrases.addAll(s.children(s.governor(noun)));
        }
        for (int c : phrases) {
            if ("between".equals(Clause.preposition(s, c))) {
                List<ActorMention> sides = resolveAll(s, c, date);
                for (int i = 0; i < sides.size(); i++) {
                    for (int j = i + 1; j < sides.size(); j++) {
                        pairs.add(new ActorMention[] {sides.get(i), sides.get(j)});
                    }
                }
            }
        }
        return pairs;
    }

    private List<ActorMention> resolveAll(Sentence s, int head, LocalDate date) {
        List<ActorMention> all = new ArrayList<>();
        for (int conj : ActorResolver.withConjuncts(s, head)) {
            all.addAll(resolver.resolve(s, conj, date));
        }
        return all;
    }
}
