package org.attache.verbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.dictionary.DictionaryText;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {

    private final List<String> problems = new ArrayList<>();

    private VerbDictionary read(String text) {
        return VerbDictionary.read(List.of(new DictionaryText("verbs.txt", new StringReader(text), problems)),
                code -> !code.equals("999"));
    }

    @Test
    void readsObjectWordsPrepositionTargetsAndIntentCodes() {
        VerbDictionary verbs = read("""
                == impose|slap ==
                163/1312 * sanction|embargo on|against +   # imposed sanctions on Iran
                1723     * curfew
                """);

        assertThat(problems).isEmpty();
        VerbPattern sanctions = verbs.patternsFor("slap").get(0);
        assertThat(sanctions.code()).isEqualTo("163");
        assertThat(sanctions.intent()).isEqualTo("1312");
        assertThat(sanctions.main().objectWords()).containsExactly(Set.of("sanction", "embargo"));
        assertThat(sanctions.main().targetPrepositions()).containsExactlyInAnyOrder("on", "against");
        assertThat(sanctions.source().toString()).isEqualTo("verbs.txt:2");
    }

    @Test
    void readsParticlesAndComplementClauses() {
        VerbPattern p = read("""
                == call on ==
                0253 * + to:free|release
                """).patternsFor("call").get(0);

        assertThat(p.particles()).containsExactly("on");
        assertThat(p.main().targetIsObject()).isTrue();
        assertThat(p.complementVerbs()).containsExactlyInAnyOrder("free", "release");
    }

    @Test
    void readsWhatTheSubjectMustBeAndRanksItAsSpecific() {
        List<VerbPattern> patterns = read("""
                == pull out of ==
                0874 *
                160  * by:company|bank    # the carmaker pulled out of Russia
                166  * to:help by:troop
                """).patternsFor("pull");

        assertThat(problems).singleElement().asString().contains("verbs.txt:4").contains("by:");
        assertThat(patterns.get(0).code()).isEqualTo("160");
        assertThat(patterns.get(0).main().subjectWords()).containsExactly(Set.of("company", "bank"));
    }

    @Test
    void sharesOneBlockBetweenVerbGroupsWithDifferentParticles() {
        VerbDictionary verbs = read("""
                == intensify|escalate; step up ==
                190 * attack
                """);

        assertThat(verbs.patternsFor("escalate")).singleElement()
                .satisfies(p -> assertThat(p.particles()).isEmpty());
        assertThat(verbs.patternsFor("step")).singleElement()
                .satisfies(p -> assertThat(p.particles()).containsExactly("up"));
        assertThat(verbs.size()).as("one pattern line").isEqualTo(1);
    }

    @Test
    void ordersPatternsFromMostToLeastSpecific() {
        List<VerbPattern> patterns = read("""
                == threaten ==
                13   * +
                1312 * + to:impose sanction
                """).patternsFor("threaten");

        assertThat(patterns).extracting(VerbPattern::code).containsExactly("1312", "13");
    }

    @Test
    void rejectsUnknownCodesAndPatternsOutsideBlocksNamingTheLine() {
        read("""
                020 * +
                == urge ==
                999 * +
                abc * +
                == ==
                """);

        assertThat(problems).containsExactly(
                "verbs.txt:1: pattern outside a '== verb ==' block: 020 * +",
                "verbs.txt:3: unknown CAMEO code 999",
                "verbs.txt:4: pattern must start with a CAMEO code (CODE or CODE/INTENT): abc",
                "verbs.txt:5: block header must read '== verb|verb [particles]; verb [particles] ==': == ==");
    }
}
