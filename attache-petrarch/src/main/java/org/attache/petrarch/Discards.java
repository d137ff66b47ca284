package org.attache.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;

/**
 * PETRARCH's discard phrases: a story that mentions one marked {@code +} ("typhoon", "World Golf
 * Championships") is not about politics and is not coded at all; a sentence that mentions one of
 * the others ("baseball") is not coded. Phrases are matched on whole words in any case. Immutable
 * and thread-safe.
 */
public final class Discards {

    /** Why a text is not coded. */
    public enum Level {
        STORY("storydiscard"), SENTENCE("sentencediscard");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        /** PETRARCH's name for it, as in the validation records' {@code error} attribute. */
        public String label() {
            return label;
        }
    }

    private record Phrase(Pattern pattern, Level level) {
    }

    /** No discards. */
    public static final Discards NONE = new Discards(List.of());

    private final List<Phrase> phrases;

    private Discards(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** Reads lines {@code PHRASE} (sentence) and {@code +PHRASE} (story); {@code _} joins words. */
    static Discards read(DictionaryText text) {
        List<Phrase> phrases = new ArrayList<>();
        for (Line line : text.lines()) {
            boolean story = line.text().startsWith("+");
            String phrase = (story ? line.text().substring(1) : line.text()).replace('_', ' ').strip();
            if (phrase.isEmpty()) {
                text.problem(line, "a discard line names no phrase");
                continue;
            }
            String words = String.join("\\s+", Arrays.stream(phrase.split("\\s+")).map(Pattern::quote)
                    .toList());
            phrases.add(new Phrase(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), story ? Level.STORY : Level.SENTENCE));
        }
        return new Discards(phrases);
    }

    /** These discards and those of {@code other}. */
    Discards plus(Discards other) {
        List<Phrase> all = new ArrayList<>(phrases);
        all.addAll(other.phrases);
        return new Discards(all);
    }

    /** The strongest reason to discard {@code text}, if any: a story discard before a sentence one. */
    public Optional<Level> check(String text) {
        Level found = null;
        for (Phrase p : phrases) {
            if (p.pattern().matcher(text.toLowerCase(Locale.ROOT)).find()) {
                if (p.level() == Level.STORY) {
                    return Optional.of(Level.STORY);
                }
                found = Level.SENTENCE;
            }
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return phrases.size();
    }
}
