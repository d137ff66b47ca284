package org.attache.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.dictionary.DictionaryText;
import org.junit.jupiter.api.Test;

class ActorDictionaryReaderTest {

    private final List<String> problems = new ArrayList<>();

    private List<ActorEntry> read(String text) {
        return new ActorDictionaryReader().read(new DictionaryText("test.txt", new StringReader(text), problems));
    }

    @Test
    void readsAStateWithNamesAdjectivesCapitalsAndSeats() {
        List<ActorEntry> entries = read("""
                # a comment
                state GBR United Kingdom
                    names: Britain; UK; U.K.   # trailing comment
                    adjectives: British
                    capitals: London
                    seats: Downing Street
                """);

        assertThat(problems).isEmpty();
        ActorEntry uk = entries.get(0);
        assertThat(uk.type()).isEqualTo(ActorType.STATE);
        assertThat(uk.code()).isEqualTo("GBR");
        assertThat(uk.country()).isEqualTo("GBR");
        assertThat(uk.names()).containsExactly("United Kingdom", "Britain", "UK", "U.K.");
        assertThat(uk.adjectives()).containsExactly("British");
        assertThat(uk.seats()).containsExactly("Downing Street");
        assertThat(uk.source().toString()).isEqualTo("test.txt:2");
    }

    @Test
    void resolvesAPersonToTheOfficeHeldAtTheDate() {
        ActorEntry putin = read("""
                person Vladimir Putin
                    names: Putin
                    role: RUSGOV 2000-05-07..2008-05-07 President
                    role: RUSGOV 2008-05-08..2012-05-07 Prime Minister
                    role: RUSGOV 2012-05-07.. President
                """).get(0);

        assertThat(putin.codeOn(LocalDate.of(2010, 1, 1))).contains("RUSGOV");
        assertThat(putin.country()).isEqualTo("RUS");
    }

    @Test
    void codesAPersonOutOfOfficeWithTheCountryOfTheNearestOffice() {
        ActorEntry medvedev = read("""
                person Dmitry Medvedev
                    role: RUSGOV 2008-05-07..2012-05-07 President
                """).get(0);
        ActorEntry ban = read("""
                person Ban Ki-moon
                    role: IGOUNO 2007-01-01..2016-12-31 Secretary-General of the United Nations
                """).get(0);

        assertThat(medvedev.codeOn(LocalDate.of(1995, 1, 1))).contains("RUS");
        assertThat(medvedev.codeOn(LocalDate.of(2024, 1, 1))).contains("RUS");
        assertThat(ban.codeOn(LocalDate.of(2020, 1, 1))).as("an international office says nothing of nationality")
                .isEmpty();
    }

    @Test
    void companyCountryComesFromItsMncCode() {
        ActorEntry huawei = read("company MNCCHN Huawei\n").get(0);

        assertThat(huawei.country()).isEqualTo("CHN");
    }

    @Test
    void historicalStateDoesNotMatchAfterItEnded() {
        ActorEntry ussr = read("state SUN Soviet Union\n    until: 1991-12-26\n").get(0);

        assertThat(ussr.codeOn(LocalDate.of(1985, 3, 1))).contains("SUN");
        assertThat(ussr.codeOn(LocalDate.of(1992, 1, 1))).isEmpty();
    }

    @Test
    void reportsEveryMalformedLineWithFileAndLineAndKeepsTheRest() {
        List<ActorEntry> entries = read("""
                empire ROM Rome
                state fra France
                state DEU Germany
                    colour: black
                    from: 1990-13-01
                person Nobody
                    role: XXXGOV 2010-01-01..2009-01-01 Chief
                state ITA Italy
                """);

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("test.txt:1: unknown actor type 'empire'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("test.txt:2: expected 'TYPE CODE NAME'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("test.txt:4: expected 'key: value'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("test.txt:5: not a date"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("test.txt:7: range ends before it starts"));
        assertThat(entries).extracting(ActorEntry::code).containsExactly("DEU", "ITA");
    }
}
