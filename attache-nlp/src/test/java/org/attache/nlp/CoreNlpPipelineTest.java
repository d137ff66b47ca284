package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.text.Sentence;
import org.attache.text.Token;
import org.junit.jupiter.api.Test;

class CoreNlpPipelineTest {

    @Test
    void splitsSentencesWithOffsetsIntoTheOriginalText() {
        String text = "Kenya hosted the talks. Uganda's president arrived on Monday.";
        List<Sentence> sentences = Parsed.pipeline().tag(text);

        assertThat(sentences).hasSize(2);
        Sentence second = sentences.get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(text.substring(second.begin(), second.begin() + second.text().length())).isEqualTo(second.text());
        Token president = second.tokens().stream().filter(t -> t.word().equals("president")).findFirst().orElseThrow();
        assertThat(text.substring(president.begin(), president.end())).isEqualTo("president");
    }

    @Test
    void tagsWithLemmasAndPartsOfSpeechButNoTreeUntilParsed() {
        Sentence tagged = Parsed.pipeline().tag("Protesters stormed the embassies.").get(0);

        assertThat(tagged.isParsed()).isFalse();
        assertThat(tagged.token(1).lemma()).isEqualTo("storm");
        assertThat(tagged.token(1).tag()).isEqualTo("VBD");
        assertThat(tagged.token(3).lemma()).isEqualTo("embassy");
    }

    @Test
    void parsesUniversalDependenciesWithPassiveSubjects() {
        Sentence s = Parsed.sentence("The convoy was attacked by militants.");

        assertThat(s.isParsed()).isTrue();
        int attacked = 3;
        assertThat(s.relation(attacked)).isEqualTo("root");
        assertThat(s.relation(1)).isEqualTo("nsubj:pass");
        assertThat(s.governor(1)).isEqualTo(attacked);
        assertThat(s.children(attacked, "obl")).containsExactly(5);
    }

    @Test
    void keepsCurlyQuotesAndBracketsAsWritten() {
        Sentence s = Parsed.pipeline().tag("He called it “a stab in the back” (twice).").get(0);

        assertThat(s.tokens()).extracting(Token::word).contains("“", "”", "(", ")");
    }
}
