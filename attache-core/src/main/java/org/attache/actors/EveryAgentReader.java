package org.attache.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.dictionary.PhraseIndex;
import org.attache.text.Sentence;

/**
 * Reads a noun phrase the way {@link AgentDictionary.Composition#EVERY_AGENT} dictionaries
 * (PETRARCH's) expect: the phrase's code is the code of each actor named in it, with the code of
 * every agent of the phrase written before ({@code NGO~}) or after ({@code ~GOV}) it, unless the
 * actor's code already has it ("White House security officials" stays {@code USAGOV}).
 *
 * <p>A phrase that names several actors is the first one's ("Arnor's Elrond" is Arnor's), unless
 * they are coordinated ("Eriadori and Calenardhon leaders"). A phrase that names no actor takes
 * the actors of its complement: an agent's {@code of/in/from/for} complement ("the ambassadors of
 * Arnor, Osgiliath and Gondor", "lawmakers in Fornost"), a plain noun's {@code of} complement ("the
 * population of Gondor", but not "an attack in Ithilen"); or those of the first conjunct when it is
 * the second member of a coordination ("Danish media and government": the government is Danish
 * too). A phrase with agents and no actor at all is coded with the null actor ({@code ---GOV}). An
 * actor code naming several actors ({@code FRO/BIL/SAM}) gives one mention each.
 *
 * <p>Immutable and thread-safe.
 */
final class EveryAgentReader {

    /** The code of an actor that is there but not known. */
    static final String NULL_ACTOR = "---";

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "from", "in", "for");
    private static final Set<String> PRE_MODIFIERS = Set.of("det", "det:predet", "amod", "compound", "nmod:poss",
            "flat", "nummod", "advmod", "obl:npmod", "nmod:npmod", "dep");

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    EveryAgentReader(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    List<ActorMention> resolve(Sentence s, int head, LocalDate date, int depth) {
        if (depth > 3 || head < 0) {
            return List.of();
        }
        int[] span = NounSpan.of(s, head, PRE_MODIFIERS);
        Reading own = read(s, span, head, date);
        if (!own.actors().isEmpty()) {
            return own.mentions(s, head);
        }
        List<ActorMention> owners = fromComplements(s, head, date, depth,
                own.agents().isEmpty() ? Set.of("of") : OWNER_PREPOSITIONS);
        if (owners.isEmpty()) {
            owners = fromFirstConjunct(s, head, date);
        }
        if (!owners.isEmpty()) {
            List<ActorMention> composed = new ArrayList<>();
            for (ActorMention owner : owners) {
                composed.add(own.withAgentsOn(owner, s, head));
            }
            return composed;
        }
        if (!own.agents().isEmpty()) {
            return List.of(own.withAgentsOn(nullActor(s, head), s, head));
        }
        for (int a : s.children(head, "appos")) {
            List<ActorMention> viaApposition = resolve(s, a, date, depth + 1);
            if (!viaApposition.isEmpty()) {
                return viaApposition;
            }
        }
        return List.of();
    }

    /** The actors and agents named within tokens {@code span}; actor names win where they overlap agents. */
    private Reading read(Sentence s, int[] span, int head, LocalDate date) {
        List<ActorMention> found = new ArrayList<>();
        List<PhraseIndex.Match<ActorSense>> names = actors.phrases().scan(s, span[0], span[1]);
        for (PhraseIndex.Match<ActorSense> m : names) {
            if (!found.isEmpty() && !coordinated(s, names.get(0), m)) {
                continue; // "Arnor's Elrond": the phrase is Arnor's
            }
            for (ActorMention mention : mentions(s, m, date, head)) {
                if (found.stream().noneMatch(f -> f.code().equals(mention.code()))) {
                    found.add(mention);
                }
            }
        }
        List<PhraseIndex.Match<AgentDictionary.Agent>> roles = new ArrayList<>();
        int i = span[0];
        for (PhraseIndex.Match<ActorSense> name : names) {
            roles.addAll(agents.phrases().scan(s, i, name.start() - 1));
            i = name.end() + 1;
        }
        roles.addAll(agents.phrases().scan(s, i, span[1]));
        return new Reading(found, roles);
    }

    /** True when the name {@code later} is a conjunct of the name {@code first} ("Eriadori and Calenardhon"). */
    private static boolean coordinated(Sentence s, PhraseIndex.Match<?> first, PhraseIndex.Match<?> later) {
        for (int i = later.start(); i <= later.end(); i++) {
            if (s.hasRelation(i, "conj") && s.governor(i) >= first.start() && s.governor(i) <= first.end()) {
                return true;
            }
        }
        return false;
    }

    private List<ActorMention> fromComplements(Sentence s, int head, LocalDate date, int depth,
                                               Set<String> prepositions) {
        List<Integer> holders = new ArrayList<>(List.of(head));
        if (s.hasRelation(head, "conj")) {
            holders.add(s.governor(head)); // "lawmakers and officials in Fornost": both are in Fornost
        }
        holders.addAll(s.children(head, "conj"));
        for (int holder : holders) {
            for (int c : s.children(holder, "nmod")) {
                if (prepositions.stream().anyMatch(p -> ActorResolver.hasCase(s, c, p))) {
                    List<ActorMention> inner = new ArrayList<>();
                    for (int conj : ActorResolver.withConjuncts(s, c)) {
                        inner.addAll(resolve(s, conj, date, depth + 1));
                    }
                    if (!inner.isEmpty()) {
                        return inner;
                    }
                }
            }
        }
        return List.of();
    }

    /** The first conjunct's actor and its modifiers' agents, for a later conjunct that names none. */
    private List<ActorMention> fromFirstConjunct(Sentence s, int head, LocalDate date) {
        if (!s.hasRelation(head, "conj") || !s.token(s.governor(head)).isNoun()) {
            return List.of();
        }
        int first = s.governor(head);
        int[] span = NounSpan.of(s, first, PRE_MODIFIERS);
        Reading modifiers = read(s, new int[] {span[0], first - 1}, first, date);
        Reading whole = read(s, span, first, date);
        if (whole.actors().isEmpty()) {
            return List.of();
        }
        return new Reading(whole.actors(), modifiers.agents()).mentions(s, first);
    }

    private List<ActorMention> mentions(Sentence s, PhraseIndex.Match<ActorSense> m, LocalDate date, int head) {
        Optional<ActorSense.OnDate> chosen = ActorSense.bestOn(m.values(), date);
        if (chosen.isEmpty()) {
            return List.of();
        }
        String bestCode = chosen.get().code();
        ActorEntry e = chosen.get().sense().entry();
        int begin = s.token(m.start()).begin();
        int end = s.token(m.end()).end();
        List<ActorMention> found = new ArrayList<>();
        for (String code : bestCode.split("/")) {
            found.add(new ActorMention(code, e.name(), s.textOf(m.start(), m.end()), begin, end, e.country(),
                    e.type().label(), head, e.source()));
        }
        return found;
    }

    private static ActorMention nullActor(Sentence s, int head) {
        return new ActorMention(NULL_ACTOR, "unknown actor", s.token(head).word(), s.token(head).begin(),
                s.token(head).end(), null, "group", head, null);
    }

    /** The actors and agents found in one phrase. */
    private record Reading(List<ActorMention> actors, List<PhraseIndex.Match<AgentDictionary.Agent>> agents) {

        List<ActorMention> mentions(Sentence s, int head) {
            return actors.stream().map(a -> withAgentsOn(a, s, head)).toList();
        }

        /** {@code actor} with the agents' codes added, spanning the phrase up to its head. */
        ActorMention withAgentsOn(ActorMention actor, Sentence s, int head) {
            if (agents.isEmpty()) {
                return actor;
            }
            Set<String> parts = new LinkedHashSet<>(chunks(actor.code()));
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (PhraseIndex.Match<AgentDictionary.Agent> m : agents) {
                AgentDictionary.Agent agent = m.values().get(0);
                for (String part : chunks(agent.role())) {
                    if (parts.add(part)) {
                        (agent.prefix() ? before : after).append(part);
                    }
                }
            }
            String code = before + actor.code() + after;
            int begin = Math.min(actor.begin(), s.token(agents.get(0).start()).begin());
            int end = Math.max(actor.end(), s.token(head).end());
            String text = s.text().substring(begin - s.begin(), Math.min(s.text().length(), end - s.begin()));
            return new ActorMention(code, actor.name(), text, begin, end, actor.country(), actor.type(), head,
                    actor.source());
        }

        /** A code in its three-letter parts: {@code HGWGOVMED} is HGW, GOV, MED. */
        private static List<String> chunks(String code) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < code.length(); i += 3) {
                parts.add(code.substring(i, Math.min(code.length(), i + 3)));
            }
            return parts;
        }
    }
}
