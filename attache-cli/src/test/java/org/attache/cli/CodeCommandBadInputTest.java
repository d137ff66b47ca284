package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.cli.CommandRun.INVASION;
import static org.attache.cli.CommandRun.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.cli.CommandRun.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code attache code} on batches that mix good articles with bad records: each bad record is
 * rejected with a message naming where it is and what is wrong, the good ones are still coded, the
 * summary counts both, and the exit code is 3.
 */
class CodeCommandBadInputTest {

    private static final String OK1 = article("ok1", "2022-02-24", INVASION);
    private static final String OK2 = article("ok2", "2022-02-24", INVASION);

    @TempDir
    Path dir;

    @Test
    void rejectsMalformedJsonLineAndCodesTheRest() throws IOException {
        Path news = write("news.jsonl", OK1 + "\n{\"id\":\"cut\",\"date\":\"2022-02-24\",\"text\":\"Russia inv\n" + OK2 + "\n");

        CommandRun run = code(news);

        assertThat(run.stderrLines()).anySatisfy(line -> assertThat(line)
                .startsWith("attache: rejected " + news + ":2: not valid JSON: "));
        assertCodedAndRejected(run, List.of("ok1", "ok2"), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no text    | {"id":"notext","date":"2022-02-24"}              | :2 (id notext): text is missing
            empty text | {"id":"empty","date":"2022-02-24","text":""}     | :2 (id empty): text is blank
            blank text | {"id":"blank","date":"2022-02-24","text":"  \\n"} | :2 (id blank): text is blank
            """)
    void rejectsArticleWithoutTextAndCodesTheRest(String name, String badLine, String expected) throws IOException {
        Path news = write("news.jsonl", OK1 + "\n" + badLine + "\n" + OK2 + "\n");

        CommandRun run = code(news);

        assertThat(run.stderrLines()).contains("attache: rejected " + news + expected);
        assertCodedAndRejected(run, List.of("ok1", "ok2"), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-02-30", "yesterday", "2022-13-01", "24/02/2022"})
    void rejectsInvalidDateAndCodesTheRest(String date) throws IOException {
        Path news = write("news.jsonl", OK1 + "\n" + article("baddate", date, INVASION) + "\n" + OK2 + "\n");

        CommandRun run = code(news);

        assertThat(run.stderrLines()).contains("attache: rejected " + news + ":2 (id baddate): date " + date
                + " is not a valid date (YYYY-MM-DD)");
        assertCodedAndRejected(run, List.of("ok1", "ok2"), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"empty.jsonl", "empty.txt"})
    void rejectsEmptyFileAndCodesTheOtherFile(String fileName) throws IOException {
        Path empty = write(fileName, "");
        Path good = write("good.jsonl", OK1 + "\n");

        CommandRun run = code(empty, good);

        assertThat(run.stderrLines()).contains("attache: rejected " + empty + ": file is empty");
        assertCodedAndRejected(run, List.of("ok1"), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scan.jsonl | not UTF-8 text
            scan.txt   | not UTF-8 text
            scan.png   | not an article file (expected .jsonl, .json or .txt)
            """)
    void rejectsBinaryFileAndCodesTheOtherFile(String fileName, String problem) throws IOException {
        Path binary = dir.resolve(fileName);
        Files.write(binary, pngHeader());
        Path good = write("good.jsonl", OK1 + "\n");

        CommandRun run = code(binary, good);

        assertThat(run.stderrLines()).contains("attache: rejected " + binary + ": " + problem);
        assertCodedAndRejected(run, List.of("ok1"), 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge.jsonl | ':1: line is 5,242,923 bytes, too long for an article of at most 300,000 characters'
            huge.txt   | ': file is 5,242,880 bytes, more than the limit of 300,000 characters'
            """)
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void rejectsFiveMegabyteArticleWithoutParsingIt(String fileName, String problem) throws IOException {
        // 5 MiB of characters, over the default limit of 300,000 (ArticleReader.DEFAULT_MAX_CHARS):
        // refused from its size alone, before the JSON is even decoded
        String text = newsLikeText(5 * 1024 * 1024);
        Path huge = write(fileName, fileName.endsWith(".txt") ? text : article("huge", "2022-02-24", text) + "\n");
        Path good = write("good.jsonl", OK1 + "\n");

        CommandRun run = code("--date", "2022-02-24", huge.toString(), good.toString());

        assertThat(run.stderrLines()).contains("attache: rejected " + huge + problem);
        assertCodedAndRejected(run, List.of("ok1"), 1);
        assertThat(run.summary().sentences()).as("only the good article was split into sentences").isEqualTo(1);
    }

    @Test
    void rejectsArticleOverTheMaxCharsOption() throws IOException {
        Path news = write("news.jsonl", OK1 + "\n" + article("long", "2022-02-24", newsLikeText(2_000)) + "\n");

        CommandRun run = code("--max-chars", "1000", news.toString());

        assertThat(run.stderrLines()).contains("attache: rejected " + news
                + ":2 (id long): text is 2,000 characters, more than the limit of 1,000");
        assertCodedAndRejected(run, List.of("ok1"), 1);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void rejectsBookSizedArticleBeforeSpendingMinutesOnIt() throws IOException {
        Path huge = write("huge.jsonl", OK1 + "\n" + article("huge", "2022-02-24", newsLikeText(400_000)) + "\n");

        CommandRun run = code(huge);

        assertThat(run.stderr()).contains("attache: rejected " + huge + ":2 (id huge): text is 400,000 characters, "
                + "more than the limit of 300,000");
        assertCodedAndRejected(run, List.of("ok1"), 1);
    }

    @Test
    void rejectsMissingFileAndCodesTheOtherFile() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Path good = write("good.jsonl", OK1 + "\n");

        CommandRun run = code(missing, good);

        assertThat(run.stderrLines()).contains("attache: rejected " + missing + ": no such file");
        assertCodedAndRejected(run, List.of("ok1"), 1);
    }

    @Test
    void rejectsDuplicateIdNamingTheFirstOccurrence() throws IOException {
        Path news = write("news.jsonl", OK1 + "\n" + OK1 + "\n" + OK2 + "\n");

        CommandRun run = code(news);

        assertThat(run.stderrLines()).contains("attache: rejected " + news + ":2 (id ok1): duplicate id ok1 (first seen at "
                + news + ":1)");
        assertCodedAndRejected(run, List.of("ok1", "ok2"), 1);
    }

    /** The good articles were coded (in input order), the bad ones counted, and the exit code says so. */
    private void assertCodedAndRejected(CommandRun run, List<String> codedIds, int rejected) {
        assertThat(CommandRun.invasionsCoded(CommandRun.events(dir.resolve("events.jsonl"))))
                .as("events of the good articles; stderr:%n%s", run.stderr())
                .containsExactlyElementsOf(codedIds);
        Summary summary = run.summary();
        assertThat(summary.coded()).as("coded").isEqualTo(codedIds.size());
        assertThat(summary.skipped()).as("skipped").isZero();
        assertThat(summary.rejected()).as("rejected").isEqualTo(rejected);
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    }

    private CommandRun code(Path... inputs) {
        return code(Arrays.stream(inputs).map(Path::toString).toArray(String[]::new));
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

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The first bytes of a PNG image: a high byte that is not UTF-8, line ends, and NUL bytes. */
    private static byte[] pngHeader() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    /** News-like sentences with no event, repeated to {@code length} characters. */
    private static String newsLikeText(int length) {
        String sentence = "Officials met in the capital on Tuesday to discuss the annual budget and the price of bread. ";
        return sentence.repeat(length / sentence.length() + 1).substring(0, length);
    }
}
