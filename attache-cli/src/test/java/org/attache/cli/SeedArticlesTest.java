package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles the project started from (../shared/seeds/) yield the events a reader finds in
 * them. They are read where they lie, never copied into the repository.
 */
class SeedArticlesTest {

    @TempDir
    static Path dir;

    private static List<JsonNode> events;

    @BeforeAll
    static void codeTheSeeds() throws Exception {
        Path seeds = Path.of(System.getProperty("attache.shared", "../shared"), "seeds");
        assertThat(Files.isDirectory(seeds)).as("seed articles at %s", seeds).isTrue();
        Path output = dir.resolve("seeds.jsonl");

        CommandRun run = CommandRun.of("code", "--date", "2018-01-16", "--output", output.toString(), seeds.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        events = CommandRun.events(output);
    }

    @Test
    void securityCouncilSanctionsNorthKorea() {
        assertThat(plainEvents()).contains("IGOUNO PRK 163");
    }

    @Test
    void russiaUsesMilitaryForceInGeorgia() {
        assertThat(plainEvents()).anyMatch(e -> e.startsWith("RUS GEO 19"));
    }

    @Test
    void northKoreaTestsNuclearWeapons() {
        assertThat(plainEvents()).anyMatch(e -> e.startsWith("PRK") && e.matches(".* 15\\d*"));
    }

    @Test
    void aRussianGeneralThreatensPoland() {
        assertThat(plainEvents()).anyMatch(e -> e.startsWith("RUS") && e.contains(" POL 13"));
    }

    @Test
    void germanyOffersToMediate() {
        assertThat(plainEvents()).anyMatch(e -> e.startsWith("DEU") && e.matches(".* 0[34]\\d*"));
    }

    @Test
    void codesNothingFromGoogleHelpingItsOwnEconomy() {
        assertThat(plainEvents()).noneMatch(e -> e.startsWith("MNCUSA USA"));
    }

    /** "SOURCE TARGET CODE" of the events neither negated nor hypothetical ("-" for no target). */
    private static List<String> plainEvents() {
        return events.stream()
                .filter(e -> !e.get("negated").asBoolean() && !e.get("hypothetical").asBoolean())
                .map(e -> e.get("source").get("code").asText() + " "
                        + (e.get("target").isNull() ? "-" : e.get("target").get("code").asText()) + " "
                        + e.get("cameo").asText())
                .toList();
    }
}
