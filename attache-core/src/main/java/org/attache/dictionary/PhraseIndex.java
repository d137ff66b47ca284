package org.attache.dictionary;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * ministers" → "foreign minister"); {@link Mode#CASELESS} phrases are matched on the text in any
 * case, for dictionaries written all in capitals (PETRARCH's {@code ARNOR}, {@code AL-QAEDA}).
 *
 * <p>Each phrase keeps the mode it was put with, so one index can hold phrases of dictionaries
 * written in different conventions; a span is looked up once per mode in use.
 *
 * <p>Immutable after construction by {@link Builder}; thread-safe.
 */
public final class PhraseIndex<T> {

    /** How a span of tokens is turned into a key. */
    public enum Mode { SURFACE, LEMMA, CASELESS }

    /** Phrase found on tokens {@code start..end} (inclusive). */
    public record Match<T>(int start, int end, List<T> values) {
    }

    private final Map<Mode, Map<String, List<T>>> phrases;
    private final int maxTokens;

    private PhraseIndex(Map<Mode, Map<String, List<T>>> phrases, int maxTokens) {
        this.phrases = phrases;
        this.maxTokens = maxTokens;
    }

    public static <T> Builder<T> builder(Mode mode) {
        return new Builder<>(mode);
    }

    public int size() {
        return phrases.values().stream().mapToInt(Map::size).sum();
    }

    /** Values of exactly this phrase (in whichever mode it was put), or an empty list. */
    public List<T> get(String phrase) {
        List<T> found = new ArrayList<>();
        phrases.forEach((m, byKey) -> found.addAll(byKey.getOrDefault(normalize(phrase, m), List.of())));
        return found;
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
            List<T> values = valuesOf(sentence, start, end);
            if (values != null) {
                return new Match<>(start, end, values);
            }
        }
        return null;
    }

    private List<T> valuesOf(Sentence sentence, int start, int end) {
        List<T> found = null;
        for (Map.Entry<Mode, Map<String, List<T>>> byMode : phrases.entrySet()) {
            List<T> values = byMode.getValue().get(key(sentence, start, end, byMode.getKey()));
            if (values != null && found == null) {
                found = values;
            } else if (values != null) {
                found = new ArrayList<>(found);
                found.addAll(values);
            }
        }
        return found;
    }

    private static String key(Sentence sentence, int start, int end, Mode mode) {
        if (mode != Mode.LEMMA) {
            return normalize(sentence.textOf(start, end), mode);
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= end; i++) {
            Token t = sentence.token(i);
            if (i > start) {
                b.append(' ');
            }
            // a participle before the head keeps its form: "ruling party", not "rule party"
            boolean participle = i < end && (t.tag().equals("VBG") || t.tag().equals("VBN"));
            b.append(participle ? t.word().toLowerCase(Locale.ROOT) : t.key());
        }
        return normalize(b.toString(), mode);
    }

    static String normalize(String phrase, Mode mode) {
        String s = phrase.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
        s = s.replace(" 's", "'s").replace(" '", "'");
        return mode == Mode.SURFACE ? s : s.toLowerCase(Locale.ROOT);
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<T> {
        private final Mode mode;
        private final Map<Mode, Map<String, List<T>>> phrases = new EnumMap<>(Mode.class);
        private int maxTokens = 1;

        private Builder(Mode mode) {
            this.mode = mode;
        }

        /** Adds a phrase matched in the builder's mode. */
        public Builder<T> put(String phrase, T value) {
            return put(phrase, mode, value);
        }

        /** Adds a phrase matched in the given mode. */
        public Builder<T> put(String phrase, Mode phraseMode, T value) {
            String key = normalize(phrase, phraseMode);
            if (key.isEmpty()) {
                return this;
            }
            List<T> values = phrases.computeIfAbsent(phraseMode, m -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!values.contains(value)) {
                values.add(value);
            }
            // Tokenizers split at spaces, apostrophes, hyphens and final periods: a safe upper bound.
            int tokens = key.split("[ '\\-.]").length + 1;
            maxTokens = Math.max(maxTokens, tokens);
            return this;
        }

        public PhraseIndex<T> build() {
            Map<Mode, Map<String, List<T>>> frozen = new EnumMap<>(Mode.class);
            phrases.forEach((m, byKey) -> {
                Map<String, List<T>> copy = new HashMap<>();
                byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
                frozen.put(m, copy);
            });
            return new PhraseIndex<>(frozen, maxTokens);
        }
    }
}
