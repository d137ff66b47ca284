package org.attache.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    /** A tagged sentence from space-separated words with their lemmas given as word/lemma. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (String item : text.split(" ")) {
            String[] parts = item.split("/");
            if (plain.length() > 0) {
                plain.append(' ');
            }
            int begin = plain.length();
            plain.append(parts[0]);
            tokens.add(new Token(tokens.size(), parts[0], parts.length > 1 ? parts[1] : parts[0], "NN", begin,
                    plain.length()));
        }
        return new Sentence(0, plain.toString(), 0, tokens);
    }

    @Test
    void prefersTheLongestPhraseAtEachPosition() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.SURFACE)
                .put("Korea", "?").put("North Korea", "PRK").put("South Korea", "KOR").build();

        List<PhraseIndex.Match<String>> found = index.scan(sentence("North Korea warned South Korea"), 0, 4);

        assertThat(found).extracting(m -> m.values().get(0)).containsExactly("PRK", "KOR");
        assertThat(found.get(1).start()).isEqualTo(3);
    }

    @Test
    void matchesNamesCaseSensitively() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.SURFACE).put("Turkey", "TUR").build();

        assertThat(index.scan(sentence("they ate turkey"), 0, 2)).isEmpty();
        assertThat(index.scan(sentence("Turkey objected"), 0, 1)).hasSize(1);
    }

    @Test
    void matchesRoleWordsOnLemmas() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.LEMMA)
                .put("foreign minister", "GOV").build();

        assertThat(index.scan(sentence("the Foreign/foreign ministers/minister met"), 0, 3))
                .singleElement().satisfies(m -> assertThat(m.start()).isEqualTo(1));
    }

    @Test
    void straightensCurlyApostrophesInNames() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.SURFACE).put("Côte d'Ivoire", "CIV")
                .build();

        assertThat(index.scan(sentence("Côte d’Ivoire voted"), 0, 2)).hasSize(1);
    }
}
