package org.attache.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;
import org.attache.dictionary.PhraseIndex;
import org.attache.dictionary.SourceLine;

/**
 * Role words ("police", "foreign minister", "rebels") and the CAMEO role code each adds to an
 * actor's code. Lines read {@code ROLE: phrase; phrase}; phrases are lemmas. Immutable and
 * thread-safe.
 *
 * <p>How role words combine with actors is the dictionary's {@link Composition}: Attaché's own
 * dictionary adds the role of a phrase's head to the country that owns it ("Chinese police" →
 * {@code CHNCOP}); PETRARCH's adds every agent of the phrase to whatever actor code it has ("MSF
 * Arnor diplomat" → {@code NGOARNGOV}) and codes an agent without actor as {@code ---GOV}.
 */
public final class AgentDictionary {

    /**
     * A role word and where it was defined.
     *
     * @param prefix true when the role is written before the actor's code ({@code NGO} + {@code ARN})
     */
    public record Agent(String role, String phrase, SourceLine source, boolean prefix) {

        public Agent {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(phrase, "phrase");
        }

        /** A role written after the actor's code, as all of Attaché's own are. */
        public Agent(String role, String phrase, SourceLine source) {
            this(role, phrase, source, false);
        }
    }

    /** How the agents of a noun phrase combine with its actors. */
    public enum Composition {
        /** The head's role word adds its code to the owning actor when that is a bare country. */
        HEAD_ROLE_OF_COUNTRY,
        /**
         * Every agent of the phrase adds its code, before or after, to any actor code that lacks it;
         * a phrase with agents and no actor is coded with the null actor {@code ---}.
         */
        EVERY_AGENT
    }

    private static final Pattern ROLE = Pattern.compile("[A-Z]{3}");
    /**
     * The pseudo-role of phrases that end in a role word but name no role: "the west bank of the
     * river" is no bank, "a food bank" no business. Their longer match hides the role word.
     */
    public static final String NO_ROLE = "NONE";

    private final List<Agent> agents;
    private final List<PhraseIndex.Mode> modes;
    private final PhraseIndex<Agent> phrases;
    private final Composition composition;

    private AgentDictionary(List<Agent> agents, List<PhraseIndex.Mode> modes, Composition composition) {
        this.agents = List.copyOf(agents);
        this.modes = List.copyOf(modes);
        this.composition = composition;
        PhraseIndex.Builder<Agent> b = PhraseIndex.builder(PhraseIndex.Mode.LEMMA);
        for (int i = 0; i < this.agents.size(); i++) {
            b.put(this.agents.get(i).phrase(), this.modes.get(i), this.agents.get(i));
        }
        this.phrases = b.build();
    }

    public static AgentDictionary read(DictionaryText text) {
        List<Agent> agents = new ArrayList<>();
        for (Line line : text.lines()) {
            int colon = line.text().indexOf(':');
            String role = colon < 0 ? "" : line.text().substring(0, colon).strip();
            if (!ROLE.matcher(role).matches() && !role.equals(NO_ROLE)) {
                text.problem(line, "expected 'ROLE: phrase; phrase' with a three-letter upper-case ROLE or "
                        + NO_ROLE + ": " + line.text());
                continue;
            }
            List<String> words = DictionaryText.list(line.text().substring(colon + 1));
            if (words.isEmpty()) {
                text.problem(line, "role " + role + " lists no phrase");
            }
            for (String w : words) {
                agents.add(new Agent(role, w, text.at(line)));
            }
        }
        return of(agents, PhraseIndex.Mode.LEMMA, Composition.HEAD_ROLE_OF_COUNTRY);
    }

    /** Agents whose phrases are matched in {@code mode} and compose with actors as {@code composition} says. */
    public static AgentDictionary of(List<Agent> agents, PhraseIndex.Mode mode, Composition composition) {
        return new AgentDictionary(agents, Collections.nCopies(agents.size(), mode), composition);
    }

    /**
     * One dictionary holding the agents of all {@code dictionaries}, each matched as before; the
     * first dictionary decides how agents compose.
     */
    public static AgentDictionary combine(List<AgentDictionary> dictionaries) {
        List<Agent> agents = new ArrayList<>();
        List<PhraseIndex.Mode> modes = new ArrayList<>();
        for (AgentDictionary d : dictionaries) {
            agents.addAll(d.agents);
            modes.addAll(d.modes);
        }
        return new AgentDictionary(agents, modes, dictionaries.get(0).composition);
    }

    public PhraseIndex<Agent> phrases() {
        return phrases;
    }

    public Composition composition() {
        return composition;
    }
}
