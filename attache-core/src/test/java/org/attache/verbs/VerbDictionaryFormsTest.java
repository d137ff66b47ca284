package org.attache.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.dictionary.DictionaryText;
import org.attache.text.Token;
import org.junit.jupiter.api.Test;

class VerbDictionaryFormsTest {

    private static VerbPattern formPattern(String code, String... forms) {
        WordSequence verbAlone = new WordSequence(List.of(WordSequence.Element.of(WordSequence.Kind.VERB, false)));
        return new VerbPattern(Set.of(forms), List.of(), code, null, ClausePattern.ANY, Set.of(), ClausePattern.ANY,
                null, code, verbAlone, null);
    }

    private static VerbDictionary lemmas(String text) {
        return VerbDictionary.read(List.of(new DictionaryText("verbs.txt", new StringReader(text), new ArrayList<>())),
                code -> true);
    }

    private static Token token(String word, String lemma) {
        return new Token(0, word, lemma, "VBD", 0, word.length());
    }

    @Test
    void findsPatternsByTheTokensWordForm() {
        VerbDictionary verbs = VerbDictionary.ofWordForms(List.of(formPattern("023", "said"),
                formPattern("032", "left")));

        assertThat(verbs.patternsFor(token("Said", "say"))).extracting(VerbPattern::code).containsExactly("023");
        assertThat(verbs.patternsFor(token("says", "say"))).isEmpty();
        assertThat(verbs.hasVerb(token("left", "leave"))).isTrue();
        assertThat(verbs.hasVerb("leave")).isFalse();
    }

    @Test
    void combinedDictionariesGiveAVerbThePatternsOfTheSetListedFirstFirst() {
        VerbDictionary lemma = lemmas("""
                == condemn ==
                122 *
                """);
        VerbDictionary forms = VerbDictionary.ofWordForms(List.of(formPattern("121", "condemned")));

        assertThat(VerbDictionary.combine(List.of(lemma, forms)).patternsFor(token("condemned", "condemn")))
                .extracting(VerbPattern::code).containsExactly("122", "121");
        assertThat(VerbDictionary.combine(List.of(forms, lemma)).patternsFor(token("condemned", "condemn")))
                .extracting(VerbPattern::code).containsExactly("121", "122");
    }
}
