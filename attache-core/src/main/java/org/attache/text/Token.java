package org.attache.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a sentence, as the NLP pipeline saw it.
 *
 * <p>{@code index} is the token's position in its sentence (0-based); {@code begin} and
 * {@code end} are character offsets into the original document text, so every span the coder
 * reports can be traced back to the article. Immutable and thread-safe.
 */
public record Token(int index, String word, String lemma, String tag, int begin, int end) {

    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(tag, "tag");
        if (lemma == null || lemma.isEmpty()) {
            lemma = word.toLowerCase(Locale.ROOT);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end + " for token " + word);
        }
    }

    /** The lemma in lower case, the form dictionaries are written in. */
    public String key() {
        return lemma.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN") || tag.equals("PRP");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }
}
