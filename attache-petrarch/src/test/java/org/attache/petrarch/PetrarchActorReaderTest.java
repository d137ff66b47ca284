package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.actors.ActorEntry;
import org.junit.jupiter.api.Test;

class PetrarchActorReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<ActorEntry> read(String text) {
        return new PetrarchActorReader().read(PetrarchText.of("actors.txt", new StringReader(text), problems));
    }

    private static String codeOn(List<ActorEntry> entries, String date) {
        return entries.stream().map(e -> e.codeOn(LocalDate.parse(date))).flatMap(Optional::stream).findFirst()
                .orElse("none");
    }

    @Test
    void readsNamesSynonymsAndCodes() {
        List<ActorEntry> entries = read("""
                FREEDONIA_ [FRE]  # a comment
                +FREEDONIAN
                +FREE_CITY
                """);

        assertThat(problems).isEmpty();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("FRE");
            assertThat(e.names()).containsExactly("FREEDONIA", "FREEDONIAN", "FREE CITY");
        });
    }

    @Test
    void triesDateRestrictionsInOrderAndTheUnrestrictedCodeLast() {
        List<ActorEntry> entries = read("""
                KLOPSTOKIA [KLO]
                    [KLOREB < 900101]
                    [KLOMIL 19990101-19991231]
                    [KLOGOV 19950101 - 20001231]
                    [KLOELI > 20001231]
                """);

        assertThat(codeOn(entries, "1989-12-31")).isEqualTo("KLOREB");
        assertThat(codeOn(entries, "1990-01-01")).isEqualTo("KLO");
        assertThat(codeOn(entries, "1995-01-01")).isEqualTo("KLOGOV");
        assertThat(codeOn(entries, "1999-06-01")).isEqualTo("KLOMIL");
        assertThat(codeOn(entries, "2000-12-31")).isEqualTo("KLOGOV");
        assertThat(codeOn(entries, "2001-01-01")).isEqualTo("KLOELI");
    }

    @Test
    void anActorWithOnlyRestrictedCodesHasNoneOutsideThem() {
        List<ActorEntry> entries = read("""
                OLD_EMPIRE
                    [OEM <911226]
                """);

        assertThat(codeOn(entries, "1991-12-25")).isEqualTo("OEM");
        assertThat(codeOn(entries, "1991-12-26")).isEqualTo("none");
    }

    @Test
    void reportsMalformedCodesAndActorsWithoutCode() {
        read("""
                SYLVANIA [SYL 1999]
                NOWHERE
                +NOPLACE
                GOODLAND [GOO]
                """);

        assertThat(problems).containsExactly(
                "actors.txt:1: expected [CODE], [CODE <DATE], [CODE >DATE] or [CODE DATE-DATE]: [SYL 1999]",
                "actors.txt:1: actor SYLVANIA has no [CODE]",
                "actors.txt:2: actor NOWHERE has no [CODE]");
    }
}
