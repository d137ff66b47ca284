package org.attache.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.junit.jupiter.api.Test;

class PhraseIndexModesTest {

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
    void matchesCaselessPhrasesWrittenInCapitalsInAnyCase() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.CASELESS).put("AL-QAEDA", "ALQ")
                .put("MINAS TIRITH", "GON").build();

        assertThat(index.scan(sentence("Al-Qaeda reached Minas Tirith"), 0, 3)).extracting(m -> m.values().get(0))
                .containsExactly("ALQ", "GON");
    }

    @Test
    void keepsTheModeEachPhraseWasPutWith() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.SURFACE)
                .put("Turkey", "TUR")
                .put("GONDOR", PhraseIndex.Mode.CASELESS, "GON")
                .put("foreign minister", PhraseIndex.Mode.LEMMA, "GOV")
                .build();

        assertThat(index.scan(sentence("turkey Gondor foreign/foreign ministers/minister"), 0, 3))
                .extracting(m -> m.values().get(0)).containsExactly("GON", "GOV");
        assertThat(index.get("Gondor")).containsExactly("GON");
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void givesTheValuesOfEveryModeThatMatchesTheSameWords() {
        PhraseIndex<String> index = PhraseIndex.<String>builder(PhraseIndex.Mode.SURFACE)
                .put("Jordan", "JOR").put("JORDAN", PhraseIndex.Mode.CASELESS, "JOR2").build();

        assertThat(index.scan(sentence("Jordan"), 0, 0)).singleElement()
                .satisfies(m -> assertThat(m.values()).containsExactlyInAnyOrder("JOR", "JOR2"));
    }
}
