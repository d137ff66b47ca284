package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.CommandRun.INVASION;
import static org.attache.cli.CommandRun.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache code} on the kinds of input it takes: .txt files with and without a date, directories, bad options. */
class CodeCommandInputsTest {

    @TempDir
    Path dir;

    @Test
    void datesTextFileByItsModificationTimeWithWarning() throws IOException {
        Path note = textFile("note.txt", "2022-02-24T23:30:00Z");

        CommandRun run = code(note.toString());

        assertThat(run.stderrLines()).anySatisfy(line -> assertThat(line)
                .startsWith("attache: warning: " + note + ": ")
                .endsWith("no date given, using the file's last-modified date 2022-02-24 (UTC)"));
        List<JsonNode> events = events();
        assertThat(CommandRun.invasionsCoded(events)).containsExactly("note");
        assertThat(events).allSatisfy(e -> assertThat(e.path("date").asText()).isEqualTo("2022-02-24"));
        assertThat(run.summary().rejected()).isZero();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void namesTheFileOnceInTheModificationDateWarning() throws IOException {
        Path note = textFile("note.txt", "2022-02-24T12:00:00Z");

        CommandRun run = code(note.toString());

        assertThat(run.stderrLines()).contains("attache: warning: " + note
                + ": no date given, using the file's last-modified date 2022-02-24 (UTC)");
    }

    @Test
    void datesTextFileByDateOptionWithoutWarning() throws IOException {
        Path note = textFile("note.txt", "2019-06-01T12:00:00Z");

        CommandRun run = code("--date", "2022-02-24", note.toString());

        assertThat(run.stderr()).doesNotContain("warning");
        List<JsonNode> events = events();
        assertThat(CommandRun.invasionsCoded(events)).containsExactly("note");
        assertThat(events).allSatisfy(e -> assertThat(e.path("date").asText()).isEqualTo("2022-02-24"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void codesEveryArticleFileInADirectoryInPathOrder() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("sub"));
        write(corpus.resolve("a.jsonl"), article("a1", "2022-02-24", INVASION) + "\n"
                + article("a2", "2022-02-25", INVASION) + "\n");
        write(corpus.resolve("sub/b.txt"), INVASION);
        write(corpus.resolve("c.json"), article("c1", "2022-02-26", INVASION) + "\n");
        write(corpus.resolve("README.md"), "Not an article: skipped inside a directory.");

        CommandRun run = code("--date", "2022-02-24", corpus.toString());

        assertThat(CommandRun.invasionsCoded(events())).containsExactly("a1", "a2", "c1", "b");
        assertThat(run.stderr()).doesNotContain("rejected " + corpus);
        assertThat(run.summary().coded()).isEqualTo(4);
        assertThat(run.stderrLines()).contains("attache: skipped " + corpus.resolve("README.md")
                + ": not an article file (.jsonl, .json or .txt)");
        assertThat(run.summary().skipped()).isEqualTo(1);
        assertThat(run.summary().rejected()).isZero();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void refusesUnparsableDateOptionAsUsageError() {
        CommandRun run = CommandRun.of("code", "--date", "yesterday", "news.jsonl");

        assertThat(run.stderr()).contains("--date").contains("yesterday");
        assertThat(run.stdout()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void refusesUnknownOptionAsUsageError() {
        CommandRun run = CommandRun.of("code", "--no-such-option", "news.jsonl");

        assertThat(run.stderr()).contains("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void failsWhenTheOutputCannotBeWritten() throws IOException {
        Path good = write(dir.resolve("good.jsonl"), article("ok1", "2022-02-24", INVASION) + "\n");
        Path unwritable = dir.resolve("no-such-dir/events.jsonl");

        CommandRun run = CommandRun.of("code", "--threads", "1", "--output", unwritable.toString(), good.toString());

        assertThat(run.stderr()).contains(unwritable.toString());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private Path textFile(String name, String modified) throws IOException {
        Path file = write(dir.resolve(name), INVASION + "\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        return file;
    }

    private CommandRun code(String... args) {
        String[] full = new String[args.length + 5];
        full[0] = "code";
        full[1] = "--threads";
        full[2] = "1";
        full[3] = "--output";
        full[4] = dir.resolve("events.jsonl").toString();
        System.arraycopy(args, 0, full, 5, args.length);
        return CommandRun.of(full);
    }

    private List<JsonNode> events() {
        return CommandRun.events(dir.resolve("events.jsonl"));
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
