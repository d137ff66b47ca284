package org.attache.verbs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.SourceLine;

/**
 * Nouns that name an event ("invasion", "downing", "ceasefire"), read from {@code nouns.txt}: a
 * line is {@code CODE noun|noun [# example]}. They let the coder read an event told by a noun
 * ("Russia's seizure of the peninsula") when its actors are clear. Immutable and thread-safe.
 */
public final class NounDictionary {

    /** One event noun and the CAMEO code of the event it names. */
    public record EventNoun(String noun, String code, SourceLine source, String text) {
    }

    public static final NounDictionary EMPTY = new NounDictionary(Map.of());

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    private final Map<String, EventNoun> byLemma;

    private NounDictionary(Map<String, EventNoun> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
    }

    /** The event noun with lemma {@code lemma}, or null. */
    public EventNoun get(String lemma) {
        return byLemma.get(lemma);
    }

    public int size() {
        return byLemma.size();
    }

    public static NounDictionary read(DictionaryText text, Predicate<String> validCode) {
        Map<String, EventNoun> byLemma = new HashMap<>();
        for (DictionaryText.Line line : text.lines()) {
            String[] parts = line.text().strip().split("\\s+");
            if (parts.length != 2 || !CODE.matcher(parts[0]).matches()) {
                text.problem(line, "expected 'CODE noun|noun': " + line.text());
                continue;
            }
            if (!validCode.test(parts[0])) {
                text.problem(line, "unknown CAMEO code " + parts[0]);
                continue;
            }
            for (String noun : parts[1].toLowerCase(Locale.ROOT).split("\\|")) {
                EventNoun earlier = byLemma.putIfAbsent(noun, new EventNoun(noun, parts[0], text.at(line),
                        line.text().strip()));
                if (earlier != null) {
                    text.problem(line, "noun '" + noun + "' is already listed at " + earlier.source());
                }
            }
        }
        return new NounDictionary(byLemma);
    }

    /** Nouns of several dictionaries, the first listing of a noun winning. */
    public static NounDictionary combine(List<NounDictionary> all) {
        Map<String, EventNoun> byLemma = new HashMap<>();
        for (NounDictionary d : all) {
            d.byLemma.forEach(byLemma::putIfAbsent);
        }
        return new NounDictionary(byLemma);
    }
}
