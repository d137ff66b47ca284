package org.attache.actors;

import java.util.List;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;
import org.attache.dictionary.PhraseIndex;
import org.attache.dictionary.SourceLine;

/**
 * Role words ("police", "foreign minister", "rebels") and the CAMEO role code each adds to an
 * actor's country code. Lines read {@code ROLE: phrase; phrase}; phrases are lemmas. Immutable and
 * thread-safe.
 */
public final class AgentDictionary {

    /** A role word and where it was defined. */
    public record Agent(String role, String phrase, SourceLine source) {
    }

    private static final Pattern ROLE = Pattern.compile("[A-Z]{3}");

    private final PhraseIndex<Agent> phrases;

    private AgentDictionary(PhraseIndex<Agent> phrases) {
        this.phrases = phrases;
    }

    public static AgentDictionary read(DictionaryText text) {
        PhraseIndex.Builder<Agent> b = PhraseIndex.builder(PhraseIndex.Mode.LEMMA);
        for (Line line : text.lines()) {
            int colon = line.text().indexOf(':');
            String role = colon < 0 ? "" : line.text().substring(0, colon).strip();
            if (!ROLE.matcher(role).matches()) {
                text.problem(line, "expected 'ROLE: phrase; phrase' with a three-letter upper-case ROLE: " + line.text());
                continue;
            }
            List<String> words = DictionaryText.list(line.text().substring(colon + 1));
            if (words.isEmpty()) {
                text.problem(line, "role " + role + " lists no phrase");
            }
            for (String w : words) {
                b.put(w, new Agent(role, w, text.at(line)));
            }
        }
        return new AgentDictionary(b.build());
    }

    public PhraseIndex<Agent> phrases() {
        return phrases;
    }
}
