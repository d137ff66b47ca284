package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.coder.DocumentContext;
import org.attache.coder.EventCoder;
import org.attache.coder.Trace;
import org.attache.events.Event;
import org.attache.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PETRARCH dictionaries (small ones written for this test) loaded into Attaché's engine and coding
 * sentences written for this test, on real CoreNLP parses.
 */
class PetrarchCodingTest {

    private static final LocalDate DATE = LocalDate.of(2005, 3, 1);
    private static EventCoder coder;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        write(dir, "test.verbs.txt", """
                &MONEY
                +DOLLARS
                +GOLD_COINS

                --- DENOUNCE [122] ---
                DENOUNCE
                - * LOUDLY [123]
                - HAS NOT * [---]

                --- SEND [070] ---
                SEND {SENT SENDS SENDING}
                - * &MONEY [071]
                - + WAS_ * TO ^ BY $ [072]

                --- DEPART [032:033] ---
                DEPART

                --- POSTPONE [191] ---
                POSTPONE
                - % HAVE * [192]

                --- BREAK [1717] ---
                BREAK {BROKE BROKEN BREAKS}
                +BREAK_OFF {+BROKE_OFF +BROKEN_OFF}
                """);
        write(dir, "test.actors.txt", """
                FREEDONIA [FRE]
                +FREEDONIAN
                SYLVANIA [SYL]
                KLOPSTOKIA
                    [KLOGOV 20000101-20041231]
                    [KLO]
                THE_ISLES [ISA/ISB]
                """);
        write(dir, "test.agents.txt", """
                MINISTER [~GOV]
                POLICE {} [~COP]
                AID_AGENCY [NGO~]
                """);
        PetrarchDictionaries loaded = PetrarchDictionaries.load(PetrarchDictionaries.FileSet.inDirectory(dir));
        assertThat(loaded.problems()).isEmpty();
        coder = new EventCoder(loaded.dictionaries());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> code(String text) {
        return code(text, DATE);
    }

    /** "SOURCE TARGET CODE" for each event, target "-" when there is none. */
    private static List<String> code(String text, LocalDate date) {
        List<Event> events = new ArrayList<>();
        DocumentContext context = new DocumentContext();
        for (Sentence tagged : TestPipeline.get().tag(text)) {
            events.addAll(coder.code("test", date, TestPipeline.get().parse(tagged), new Trace(), context));
        }
        return events.stream().map(e -> e.source().code() + " " + (e.target() == null ? "-" : e.target().code())
                + " " + e.cameo().code()).toList();
    }

    @Test
    void codesTheBlockDefaultAndTheLongestMatchingPattern() {
        assertThat(code("Freedonia denounced Sylvania.")).containsExactly("FRE SYL 122");
        assertThat(code("Freedonia denounced Sylvania loudly.")).containsExactly("FRE SYL 123");
    }

    @Test
    void aPatternWithoutCodeStopsTheVerbFromCoding() {
        assertThat(code("Freedonia has not denounced Sylvania.")).isEmpty();
    }

    @Test
    void matchesIrregularFormsAndSynonymSetMembers() {
        assertThat(code("Freedonia sent gold coins to Sylvania.")).containsExactly("FRE SYL 071");
        assertThat(code("Freedonia sent grain to Sylvania.")).containsExactly("FRE SYL 070");
    }

    @Test
    void takesSourceAndTargetFromTheirPlacesInThePattern() {
        assertThat(code("Freedonia was sent to the border by Sylvania.")).containsExactly("SYL FRE 072");
    }

    @Test
    void codesTheReturnEventOfAPairedCode() {
        assertThat(code("The Freedonian minister departed for Sylvania.")).containsExactlyInAnyOrder(
                "FREGOV SYL 032", "SYL FREGOV 033");
    }

    @Test
    void codesACoordinationActingTogetherBothWays() {
        assertThat(code("Freedonia and Sylvania have postponed their summit.")).containsExactlyInAnyOrder(
                "FRE SYL 192", "SYL FRE 192");
    }

    @Test
    void matchesAPhrasalVerb() {
        assertThat(code("Sylvania broke off relations with Freedonia.")).containsExactly("SYL FRE 1717");
    }

    @Test
    void addsEveryAgentOfThePhraseBeforeOrAfterTheActorsCode() {
        assertThat(code("Sylvania police denounced the Freedonia aid agency.")).containsExactly(
                "SYLCOP NGOFRE 122");
        assertThat(code("Police denounced Freedonia.")).containsExactly("---COP FRE 122");
    }

    @Test
    void readsDateRestrictedCodesAtTheSentenceDate() {
        assertThat(code("Klopstokia denounced Sylvania.", LocalDate.of(2003, 1, 1))).containsExactly(
                "KLOGOV SYL 122");
        assertThat(code("Klopstokia denounced Sylvania.", LocalDate.of(2006, 1, 1))).containsExactly("KLO SYL 122");
    }

    @Test
    void aNameForSeveralActorsCodesEach() {
        assertThat(code("The Isles denounced Freedonia.")).containsExactlyInAnyOrder("ISA FRE 122", "ISB FRE 122");
    }
}
