package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.petrarch.ValidationRecord.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationSuiteTest {

    @TempDir
    Path dir;

    private ValidationSuite read(String sentences) throws IOException {
        Path file = dir.resolve("records.xml");
        Files.writeString(file, """
                <Validation>
                <Environment>
                    <Verbfile>my.verbs.txt</Verbfile>
                    <Actorfile>my.actors.txt</Actorfile>
                    <Agentfile>my.agents.txt</Agentfile>
                    <Discardfile>my.discards.txt</Discardfile>
                    <Errorfile>errors.txt</Errorfile>
                    <Include>valid DEMO</Include>
                    <Pause>Stop</Pause>
                    <Config option="stop_on_error" value="True"></Config>
                </Environment>
                <Sentences>
                """ + sentences + """
                </Sentences>
                </Validation>
                """, StandardCharsets.UTF_8);
        return ValidationSuite.read(file);
    }

    @Test
    void readsTheDictionariesRelativeToTheFileAndEachRecord() throws IOException {
        ValidationSuite suite = read("""
                <Sentence date="20050301" id="ONE" category="DEMO" sentence="true">
                <!-- a comment -->
                <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="122"></EventCoding>
                <EventCoding sourcecode='"NEW ACTOR"' targetcode="FRE" eventcode="010"></EventCoding>
                <Text>
                Freedonia denounced
                Sylvania.
                </Text>
                <Parse>(ROOT (S (NP (NNP Freedonia))))</Parse>
                </Sentence>
                """);

        assertThat(suite.dictionaries().verbs()).containsExactly(dir.toAbsolutePath().normalize().resolve("my.verbs.txt"));
        assertThat(suite.include()).containsExactly("valid", "DEMO");
        ValidationRecord r = suite.records().get(0);
        assertThat(r.id()).isEqualTo("ONE");
        assertThat(r.date()).isEqualTo(LocalDate.of(2005, 3, 1));
        assertThat(r.text()).isEqualTo("Freedonia denounced Sylvania.");
        assertThat(r.expected()).containsExactly(new Coding("FRE", "SYL", "122"), new Coding("NEW ACTOR", "FRE", "010"));
        assertThat(r.options()).isEqualTo(ValidationOptions.DEFAULTS);
    }

    @Test
    void optionsStayInForceForTheRecordsThatFollow() throws IOException {
        ValidationSuite suite = read("""
                <Sentence date="20050301" id="A" category="DEMO"><EventCoding noevents="True"/><Text>a</Text></Sentence>
                <Config option="require_dyad" value="FALSE"></Config>
                <Config option="comma_emax" value="0"></Config>
                <Sentence date="20050301" id="B" category="DEMO"><EventCoding error="dateline"/><Text>b</Text></Sentence>
                <Sentence date="20050301" id="C" category="DEMO"><EventCoding noevents="True"/><Text>c</Text></Sentence>
                """);

        assertThat(suite.records()).extracting(r -> r.options().requireDyad()).containsExactly(true, false, false);
        assertThat(suite.records()).extracting(r -> r.options().commaEmax()).containsExactly(8, 0, 0);
        assertThat(suite.records().get(0).noEvents()).isTrue();
        assertThat(suite.records().get(1).error()).isEqualTo("dateline");
    }

    @Test
    void namesTheRecordOfABadDate() {
        assertThatThrownBy(() -> read("""
                <Sentence date="2005-03-01" id="BAD" category="DEMO"><Text>a</Text></Sentence>
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("record BAD")
                .hasMessageContaining("YYYYMMDD");
    }
}
