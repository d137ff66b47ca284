package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache eval}: codes a gold standard (format of the gold FORMAT.md) and prints the score.py figures. */
class EvalCommandTest {

    /** One event found (g1), one missed because the text holds no actor (g2), one correct nothing (g3). */
    private static final List<String> GOLD = List.of(
            "{\"id\": \"g1\", \"date\": \"2022-02-24\", \"text\": \"Russia invaded Ukraine.\", \"events\": "
                    + "[{\"source\": \"RUS\", \"target\": \"UKR\", \"code\": \"192\", \"symmetric\": false, \"optional\": false}]}",
            "{\"id\": \"g2\", \"date\": \"2022-02-24\", \"text\": \"The weather was mild.\", \"events\": "
                    + "[{\"source\": \"FRA\", \"target\": \"DEU\", \"code\": \"04\", \"symmetric\": false, \"optional\": false}]}",
            "{\"id\": \"g3\", \"date\": \"2022-02-24\", \"text\": \"The weather was mild again.\", \"events\": []}");

    @TempDir
    Path dir;

    @Test
    void printsPrecisionAndRecallAtBaseAndRootLevel() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("eval", "--threads", "1", gold.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines()).containsExactly(
                "base: precision 1.000 recall 0.500 F1 0.667 (tp 1, fp 0, fn 1, 3 sentences)",
                "root: precision 1.000 recall 0.500 F1 0.667 (tp 1, fp 0, fn 1, 3 sentences)");
    }

    @Test
    void listsTheMissedEventAndWritesTheCodedOnes() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);
        Path events = dir.resolve("events.jsonl");

        CommandRun run = CommandRun.of("eval", "--errors", "--output", events.toString(), gold.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines()).startsWith("MISS  g2: FRA -> DEU 04   | The weather was mild.", "")
                .contains("root: precision 1.000 recall 0.500 F1 0.667 (tp 1, fp 0, fn 1, 3 sentences)");
        assertThat(CommandRun.invasionsCoded(CommandRun.events(events))).containsExactly("g1");
    }

    @Test
    void refusesMalformedGoldStandardNamingTheLine() throws IOException {
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of(GOLD.get(0),
                "{\"id\": \"g2\", \"date\": \"2023-02-30\", \"text\": \"x\", \"events\": []}"), StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("eval", gold.toString());

        assertThat(run.stderr()).contains(gold + ":2: date 2023-02-30 is not a valid date");
        assertThat(run.stdout()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
