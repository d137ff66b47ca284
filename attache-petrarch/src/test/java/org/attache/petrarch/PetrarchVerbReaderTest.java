package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.attache.dictionary.DictionaryText;
import org.attache.verbs.VerbPattern;
import org.attache.verbs.WordSequence;
import org.attache.verbs.WordSequence.Kind;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<VerbPattern> read(String text) {
        DictionaryText file = PetrarchText.of("verbs.txt", new StringReader(text), problems);
        return new VerbTranslator().translate(new PetrarchVerbReader().read(file), file);
    }

    private static VerbPattern withCode(List<VerbPattern> patterns, String code) {
        return patterns.stream().filter(p -> code.equals(p.code())).findFirst().orElseThrow();
    }

    @Test
    void readsABlockItsVerbFormsAndPatterns() {
        List<VerbPattern> patterns = read("""
                <!-- a dictionary for tests -->
                --- SEND  [070] ---
                SEND {SENT SENDS}    # irregular forms
                - * MONEY  [071]
                - + WAS_ * TO_ ^ BY $  [072]
                """);

        assertThat(problems).isEmpty();
        assertThat(patterns).extracting(VerbPattern::code).containsExactlyInAnyOrder("071", "072", "070");
        VerbPattern passive = withCode(patterns, "072");
        assertThat(passive.verbs()).containsExactlyInAnyOrder("send", "sent", "sends");
        assertThat(passive.words().elements()).extracting(WordSequence.Element::kind).containsExactly(Kind.TARGET,
                Kind.WORDS, Kind.VERB, Kind.WORDS, Kind.SKIP, Kind.WORDS, Kind.SOURCE);
        assertThat(passive.words().elements()).extracting(WordSequence.Element::glued)
                .containsExactly(false, false, true, false, true, false, false);
        assertThat(passive.source().toString()).isEqualTo("verbs.txt:5");
    }

    @Test
    void generatesRegularFormsWhenNoneAreListed() {
        VerbPattern p = read("""
                --- DEPLORE [122] ---
                DEPLORE
                """).get(0);

        assertThat(p.verbs()).containsExactlyInAnyOrder("deplore", "deplores", "deplored", "deploring");
    }

    @Test
    void expandsNestedSynonymSetsIntoAlternativePhrases() {
        List<VerbPattern> patterns = read("""
                &METALS
                +GOLD
                +SILVER_COINS
                &VALUABLES
                +&METALS
                +FINE SILK
                --- GIVE [070] ---
                GIVE
                - * &VALUABLES [071]
                """);

        WordSequence.Element valuables = withCode(patterns, "071").words().elements().get(1);
        assertThat(valuables.alternatives()).extracting(phrase -> phrase.stream()
                .map(w -> (w.glued() ? "_" : " ") + w.text()).reduce("", String::concat))
                .containsExactly(" gold", " silver_coins", " fine silk");
    }

    @Test
    void readsPairedAndEmptyCodes() {
        List<VerbPattern> patterns = read("""
                --- LEAVE [032:033] ---
                LEAVE
                - NEVER * [---]
                """);

        assertThat(patterns).hasSize(2);
        assertThat(withCode(patterns, "032").reverseCode()).isEqualTo("033");
        assertThat(patterns).anySatisfy(p -> assertThat(p.code()).isNull());
    }

    @Test
    void indexesAPhrasalVerbUnderEachOfItsWords() {
        List<VerbPattern> patterns = read("""
                --- EXCLUDE [1721] ---
                EXCLUDE
                +CORDON_OFF {+CORDONED_OFF}
                """);

        assertThat(patterns).extracting(p -> String.join(",", new java.util.TreeSet<>(p.verbs())))
                .contains("cordon,cordoned", "off,offed,offing,offs");
    }

    @Test
    void codesACoordinationActingTogetherBothWays() {
        VerbPattern p = read("""
                --- MEET [036] ---
                MEET
                - % HAVE * [031]
                """).get(0);

        assertThat(p.code()).isEqualTo("031");
        assertThat(p.reverseCode()).isEqualTo("031");
    }

    @Test
    void reportsEachMalformedLineWithItsNumberAndKeepsReading() {
        List<VerbPattern> patterns = read("""
                - * STRAY [010]
                --- SEND [070] ---
                SEND
                - * MONEY [07X]
                - * &NOSUCHSET [071]
                - * GOODS
                - * AID [073]
                """);

        assertThat(problems).containsExactly(
                "verbs.txt:1: pattern outside a '--- VERB [CODE] ---' block: - * STRAY [010]",
                "verbs.txt:4: '07X' is not an event code (2 to 4 digits); the pattern is skipped",
                "verbs.txt:6: pattern must end with its [CODE]: - * GOODS",
                "verbs.txt:5: unknown synonym set &NOSUCHSET; the pattern is skipped");
        assertThat(patterns).extracting(VerbPattern::code).containsExactlyInAnyOrder("073", "070");
    }
}
