package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.CommandRun.INVASION;
import static org.attache.cli.CommandRun.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache code --db} and the store commands on a real DuckDB file: a re-run stores nothing
 * twice, a changed article replaces its events, a run killed with SIGKILL mid-ingest is completed by
 * the next run with no loss and no duplicate, and the stored events are what the JSON output says.
 */
class StoreCommandsIT {

    private static final String[] OTHERS = {
        "Germany condemned the invasion on Thursday.",
        "France and India signed a defence agreement in New Delhi on Monday.",
        "China urged both sides to show restraint.",
        "Protesters gathered outside the Russian embassy in London.",
        "The United States imposed sanctions on Iran."};

    @TempDir
    Path dir;

    /** {@code n} short articles, several of which code to events, on consecutive days. */
    private Path corpus(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String date = java.time.LocalDate.of(2022, 2, 24).plusDays(i % 3).toString();
            lines.add(article(String.format(Locale.ROOT, "n%03d", i), date,
                    INVASION + " " + OTHERS[i % OTHERS.length] + " Item " + i + " of the wire."));
        }
        return Files.write(dir.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void storesOnceThenReplacesAChangedArticleAndAnswersQueries() throws IOException {
        Path news = corpus(6);
        String db = dir.resolve("events.duckdb").toString();

        CommandRun first = CommandRun.of("code", "-t", "1", "--no-progress", news.toString(), "--db=" + db);
        CommandRun again = CommandRun.of("code", "-t", "1", "--no-progress", news.toString(), "--db=" + db);

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).as("events go to the database, not stdout").isEmpty();
        assertThat(first.stderr()).contains("attache: stored 6 new and 0 changed documents");
        assertThat(again.stderr()).contains("stored 0 new and 0 changed documents (0 events").contains("6 already stored");
        List<JsonNode> stored = CommandRun.parseLines(CommandRun.of("events", "--db", db).stdout());
        assertThat(CommandRun.invasionsCoded(stored)).hasSize(6);

        Files.writeString(news, article("n000", "2022-02-24", "The weather was mild.") + "\n", StandardCharsets.UTF_8);
        CommandRun changed = CommandRun.of("code", "-t", "1", "--no-progress", news.toString(), "--db=" + db);
        assertThat(changed.stderr()).contains("stored 0 new and 1 changed documents");
        List<JsonNode> after = CommandRun.parseLines(CommandRun.of("events", "--db", db, "--doc", "n000").stdout());
        assertThat(after).isEmpty();

        CommandRun dyad = CommandRun.of("dyad", "RUS", "UKR", "--by", "month", "--db", db);
        assertThat(dyad.exitCode()).isZero();
        assertThat(dyad.stdout()).contains("2022-02").contains("goldstein_mean");
        CommandRun clusters = CommandRun.of("dyad", "RUS", "UKR", "--by", "day", "--clusters", "--tsv", "--db", db);
        assertThat(clusters.stdout().lines().skip(1).toList()).as("one RUS->UKR invasion cluster a day")
                .allSatisfy(line -> assertThat(line).startsWith("2022-02-2"));
        List<JsonNode> grouped = CommandRun.parseLines(CommandRun.of("events", "--clusters", "--db", db,
                "--source", "RUS", "--target", "UKR", "--root", "19").stdout());
        assertThat(grouped).isNotEmpty().allSatisfy(c -> assertThat(c.path("members").size())
                .isEqualTo(c.path("mentions").asInt()));
        assertThat(CommandRun.of("actors", "--top", "3", "--db", db).stdout()).contains("RUS");
        Path gdelt = dir.resolve("events.gdelt.tsv");
        CommandRun export = CommandRun.of("export", "--format", "gdelt", "--db", db, "--output", gdelt.toString());
        assertThat(export.exitCode()).as(export.stderr()).isZero();
        assertThat(Files.readAllLines(gdelt)).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    }

    @Test
    void aRunKilledMidIngestIsCompletedByTheNextWithNoLossAndNoDuplicate() throws Exception {
        Path news = corpus(60);
        Path db = dir.resolve("killed.duckdb");
        Path partial = dir.resolve("partial.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx2g", "-Dattache.store.batch=2", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "code", "-t", "1", "--no-progress",
                "-o", partial.toString(), news.toString(), "--db=" + db)
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // the JSON output is flushed in 8 KB blocks: once one is out, batches of 2 have been committed
        while (child.isAlive() && System.nanoTime() < deadline && (!Files.exists(partial) || Files.size(partial) == 0)) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("the child was still coding when killed:%n%s",
                Files.readString(dir.resolve("child.log"))).isTrue();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        CommandRun resumed = CommandRun.of("code", "-t", "1", "--no-progress", news.toString(), "--db=" + db);
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(resumed.stderr()).containsPattern("stored \\d+ new and 0 changed documents")
                .containsPattern("[1-9]\\d* already stored");

        Path reference = dir.resolve("reference.jsonl");
        assertThat(CommandRun.of("code", "-t", "1", "--no-progress", "-o", reference.toString(), news.toString())
                .exitCode()).isZero();
        List<String> expected = ids(CommandRun.events(reference));
        List<String> stored = ids(CommandRun.parseLines(CommandRun.of("events", "--db", db.toString()).stdout()));
        assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new File(db.toString()).length()).isPositive();
    }

    private static List<String> ids(List<JsonNode> events) {
        return events.stream().map(e -> e.path("event_id").asText()).toList();
    }
}
