package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.CommandRun.INVASION;
import static org.attache.cli.CommandRun.article;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What {@code attache code} writes: the same bytes on every run, and only event JSON on stdout. */
class CodeCommandOutputTest {

    /** Articles with several sentences and actors; only the first one's events are pinned down. */
    private static final List<String> ARTICLES = List.of(
            article("n1", "2022-02-24", INVASION + " Germany condemned the invasion on Thursday."),
            article("n2", "2022-03-01", "France and India signed a defence agreement in New Delhi on Monday. "
                    + "The two governments also discussed trade."),
            article("n3", "2022-03-02", "Protesters gathered outside the Russian embassy in London."),
            article("n4", "2022-03-03", "The United Nations Security Council met on Friday. "
                    + "China urged both sides to show restraint. It said it would send an envoy to Moscow."),
            article("n5", "2022-03-04", "The weather was mild."));

    @TempDir
    Path dir;

    @Test
    void writesByteIdenticalOutputOnEveryRunWhateverTheThreadCount() throws IOException {
        Path news = Files.write(dir.resolve("news.jsonl"), ARTICLES, StandardCharsets.UTF_8);
        Path first = dir.resolve("first.jsonl");
        Path again = dir.resolve("again.jsonl");
        Path threaded = dir.resolve("threaded.jsonl");

        assertThat(CommandRun.of("code", "-t", "1", "-o", first.toString(), news.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("code", "-t", "1", "-o", again.toString(), news.toString()).exitCode()).isZero();
        assertThat(CommandRun.of("code", "-t", "3", "-o", threaded.toString(), news.toString()).exitCode()).isZero();

        byte[] bytes = Files.readAllBytes(first);
        assertThat(CommandRun.invasionsCoded(CommandRun.events(first))).containsExactly("n1");
        assertThat(Files.readAllBytes(again)).as("a second run").isEqualTo(bytes);
        assertThat(Files.readAllBytes(threaded)).as("a run on three threads").isEqualTo(bytes);
        List<String> ids = CommandRun.events(first).stream().map(e -> e.path("event_id").asText()).toList();
        assertThat(ids).allSatisfy(id -> assertThat(id).isNotBlank()).doesNotHaveDuplicates();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void failsWhenWritingEventsFails() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full, a device whose writes fail with ENOSPC");
        List<String> many = IntStream.range(0, 60).mapToObj(i -> article("a" + i, "2022-02-24", INVASION)).toList();
        Path news = Files.write(dir.resolve("news.jsonl"), many, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("code", "--threads", "1", "--output", full.toString(), news.toString());

        assertThat(run.stderr()).contains("No space left on device");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void writesNothingButEventJsonLinesToStdout() throws IOException {
        Path news = Files.writeString(dir.resolve("news.jsonl"), String.join("\n", ARTICLES)
                + "\n{\"id\":\"broken\",\n", StandardCharsets.UTF_8);
        Path note = Files.writeString(dir.resolve("note.txt"), INVASION, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("code", "--threads", "2", news.toString(), note.toString());

        assertThat(run.stderr()).as("there were logs to keep off stdout")
                .contains("attache: rejected " + news + ":6: not valid JSON")
                .contains("attache: warning: " + note)
                .contains("attache: coded 6 articles");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
        assertThat(run.stdout()).endsWith("\n");
        List<JsonNode> events = CommandRun.parseLines(run.stdout());
        assertThat(CommandRun.invasionsCoded(events)).containsExactly("n1", "note");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.isObject()).isTrue();
            assertThat(event.path("event_id").isTextual()).as("event_id of %s", event).isTrue();
            assertThat(event.path("doc_id").isTextual()).as("doc_id of %s", event).isTrue();
            assertThat(event.path("source").path("code").isTextual()).as("source of %s", event).isTrue();
            assertThat(event.path("cameo").asText()).as("cameo of %s", event).matches("\\d{2,4}");
            assertThat(event.path("evidence").path("sentence").isTextual()).as("evidence of %s", event).isTrue();
        });
    }
}
