package org.attache.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * Finds dictionary phrases in a run of tokens, longest match first.
 *
 * <p>Design decision: phrases are compared as <em>text</em>, not as token lists, so a dictionary
 * writer never needs to know how the tokenizer splits "U.S.", "Côte d'Ivoire" or "People's
 * Republic": the candidate span's text (whitespace collapsed, curly apostrophes straightened) is
 * looked up in a hash map. Names are matched as written (case matters: "Turkey" the state, not
 * "turkey" the bird); {@link Mode#LEMMA} phrases are matched on lower-case lemmas ("foreign
 * ministers" → "foreign minister").
 *
 * <p>Immutable after construction by {@link Builder}; thread-safe.
 */
public final class PhraseIndex<T> {

    /** How a span of tokens is turned into a key. */
    public enum Mode { SURFACE, LEMMA }

    /** Phrase found on tokens {@code start..end} (inclusive). */
    public record Match<T>(int start, int end, List<T> values) {
    }

    private final Mode mode;
    private final Map<String, List<T>> phrases;
    private final int maxTokens;

    private PhraseIndex(Mode mode, Map<String, List<T>> phrases, int maxTokens) {
        this.mode = mode;
        this.phrases = phrases;
        this.maxTokens = maxTokens;
    }

    public static <T> Builder<T> builder(Mode mode) {
        return new Builder<>(mode);
    }

    public int size() {
        return phrases.size();
    }

    /** Values of exactly this phrase, or an empty list. */
    public List<T> get(String phrase) {
        return phrases.getOrDefault(normalize(phrase, mode), List.of());
    }

    /** Non-overlapping matches in tokens {@code from..to} (inclusive), scanning left to right. */
    public List<Match<T>> scan(Sentence sentence, int from, int to) {
        List<Match<T>> found = new ArrayList<>();
        int i = from;
        while (i <= to) {
            Match<T> longest = longestAt(sentence, i, to);
            if (longest == null) {
                i++;
            } else {
                found.add(longest);
                i = longest.end() + 1;
            }
        }
        return found;
    }

    /** The longest phrase starting at token {@code start} and ending at or before {@code to}, or null. */
    public Match<T> longestAt(Sentence sentence, int start, int to) {
        int last = Math.min(to, start + maxTokens - 1);
        for (int end = last; end >= start; end--) {
            List<T> values = phrases.get(key(sentence, start, end));
            if (values != null) {
                return new Match<>(start, end, values);
            }
        }
        return null;
    }

    private String key(Sentence sentence, int start, int end) {
        if (mode == Mode.SURFACE) {
            return normalize(sentence.textOf(start, end), mode);
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            Token t = sentence.token(i);
            if (i > start) {
                b.append(' ');
            }
            b.append(t.key());
        }
        return normalize(b.toString(), mode);
    }

    static String normalize(String phrase, Mode mode) {
        String s = phrase.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
        s = s.replace(" 's", "'s").replace(" '", "'");
        return mode == Mode.LEMMA ? s.toLowerCase(Locale.ROOT) : s;
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<T> {
        private final Mode mode;
        private final Map<String, List<T>> phrases = new HashMap<>();
        private int maxTokens = 1;

        private Builder(Mode mode) {
            this.mode = mode;
        }

        public Builder<T> put(String phrase, T value) {
            String key = normalize(phrase, mode);
            if (key.isEmpty()) {
                return this;
            }
            List<T> values = phrases.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!values.contains(value)) {
                values.add(value);
            }
            // Tokenizers split at spaces, apostrophes, hyphens and final periods: a safe upper bound.
            int tokens = key.split("[ '\\-.]").length + 1;
            maxTokens = Math.max(maxTokens, tokens);
            return this;
        }

        public PhraseIndex<T> build() {
            Map<String, List<T>> frozen = new HashMap<>();
            phrases.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new PhraseIndex<>(mode, frozen, maxTokens);
        }
    }
}
