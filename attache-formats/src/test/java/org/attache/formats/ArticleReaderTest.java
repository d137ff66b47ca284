package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.text.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsGoodLinesAndRejectsEachBadLineWithItsPlaceAndReason() throws Exception {
        String f = fixture("articles-mixed.jsonl").toString();

        List<Item> items = read(reader, f);

        assertThat(items).extracting(Item::where, ArticleReaderTest::describe).containsExactly(
                tuple(f + ":1 (id a001)", "a001"),
                tuple(f + ":3", "not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value"),
                tuple(f + ":4", "not a JSON object but array"),
                tuple(f + ":5", "id is missing"),
                tuple(f + ":6", "id is blank"),
                tuple(f + ":7 (id a004)", "text is missing"),
                tuple(f + ":8 (id a005)", "text must be a string, was number"),
                tuple(f + ":9 (id a006)", "date is missing and no default date was given"),
                tuple(f + ":10 (id a007)", "date 2023-02-30 is not a valid date (YYYY-MM-DD)"),
                tuple(f + ":11 (id a001)", "duplicate id a001 (first seen at " + f + ":1)"),
                tuple(f + ":12 (id a008)", "a008"),
                tuple(f + ":13", "not valid JSON: more than one value on the line"),
                tuple(f + ":15 (id a010)", "a010"));
    }

    @Test
    void takesTheDatePartOfATimestampAndKeepsOptionalFields() throws Exception {
        Article a008 = articles(read(reader, fixture("articles-mixed.jsonl").toString())).get(1);

        assertThat(a008).isEqualTo(new Article("a008", LocalDate.of(2024, 2, 10), "Timestamped",
                "A full timestamp gives its date.", "https://example.org/a008", "Example Wire"));
    }

    @Test
    void givesTheDefaultDateToArticlesWithoutOne() throws Exception {
        ArticleReader dated = reader.withDefaultDate(LocalDate.of(2020, 1, 1));

        List<Article> articles = articles(read(dated, fixture("articles-mixed.jsonl").toString()));

        assertThat(articles).extracting(Article::id, Article::date)
                .contains(tuple("a006", LocalDate.of(2020, 1, 1)), tuple("a001", LocalDate.of(2024, 2, 10)));
    }

    @Test
    void rejectsAMissingInputAndGoesOnWithTheNext() throws Exception {
        String missing = dir.resolve("nowhere.jsonl").toString();

        List<Item> items = read(reader, missing, fixture("corpus/b.jsonl").toString());

        assertThat(items).extracting(Item::where, ArticleReaderTest::describe)
                .containsExactly(tuple(missing, "no such file"), tuple(fixture("corpus/b.jsonl") + ":1 (id c-b1)", "c-b1"));
    }

    @Test
    void readsADirectoryRecursivelyInPathOrderSkippingOtherFiles() throws Exception {
        List<Item> items = read(reader.withDefaultDate(LocalDate.of(2024, 1, 1)), fixture("corpus").toString());

        assertThat(items).noneMatch(i -> i instanceof Rejection);
        assertThat(items).filteredOn(i -> i instanceof Item.Skipped).isNotEmpty()
                .allSatisfy(i -> assertThat(((Item.Skipped) i).reason()).contains("not an article file"));
        assertThat(articles(items)).extracting(Article::id).containsExactly("a", "c-b1", "c", "c-z1", "c-z2");
    }

    @Test
    void readsATextFileWithTheDefaultDateWithoutWarning() throws Exception {
        Path file = fixture("2023-09-01_japan-aid.txt");

        List<Item> items = read(reader.withDefaultDate(LocalDate.of(2023, 9, 1)), file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Accepted.class, a -> {
            assertThat(a.article()).isEqualTo(new Article("2023-09-01_japan-aid", LocalDate.of(2023, 9, 1),
                    "Japan offered aid to the Philippines after the storm.\n"));
            assertThat(a.warning()).isNull();
        });
    }

    @Test
    void datesATextFileByTheDateItsNameStartsWithWithoutWarning() throws Exception {
        Path file = write("2019-06-30_panmunjom.txt", "Trump met Kim at the border.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-06-15T12:00:00Z")));

        List<Item> items = read(reader, file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Accepted.class, a -> {
            assertThat(a.article().date()).isEqualTo(LocalDate.of(2019, 6, 30));
            assertThat(a.warning()).isNull();
        });
    }

    @Test
    void fallsBackToModificationTimeWhenTheNameStartsWithAnImpossibleDate() throws Exception {
        Path file = write("2023-02-30_story.txt", "Chile recalled its ambassador.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-06-15T12:00:00Z")));

        List<Item> items = read(reader, file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Accepted.class,
                a -> assertThat(a.warning()).contains("2021-06-15"));
    }

    @Test
    void datesATextFileByItsModificationTimeAndWarnsWhichDateWasUsed() throws Exception {
        Path file = write("story.txt", "Chile recalled its ambassador.");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-06-15T12:00:00Z")));

        List<Item> items = read(reader, file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(Item.Accepted.class, a -> {
            assertThat(a.article().id()).isEqualTo("story");
            assertThat(a.article().date()).isEqualTo(LocalDate.of(2021, 6, 15));
            assertThat(a.where()).isEqualTo(file.toString());
            assertThat(a.warning()).contains("last-modified date 2021-06-15");
        });
    }

    @Test
    void rejectsEmptyFiles() throws Exception {
        Path txt = write("empty.txt", "");
        Path jsonl = write("empty.jsonl", "");
        Path blank = write("blank.jsonl", "\n  \n");

        assertThat(read(reader.withDefaultDate(LocalDate.of(2024, 1, 1)), txt.toString(), jsonl.toString(),
                blank.toString()))
                .containsExactly(new Rejection(txt.toString(), "file is empty"),
                        new Rejection(jsonl.toString(), "file is empty"),
                        new Rejection(blank.toString(), "file has only blank lines"));
    }

    @Test
    void rejectsBinaryFilesOnceAsNotText() throws Exception {
        Path gzip = dir.resolve("packed.jsonl");
        Files.write(gzip, new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, '\n', 0x00, 0x03, '\n', 0x01});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(reader.withDefaultDate(LocalDate.of(2024, 1, 1)), gzip.toString(), latin1.toString()))
                .containsExactly(new Rejection(gzip.toString(), "not UTF-8 text"),
                        new Rejection(latin1.toString(), "not UTF-8 text"));
    }

    @Test
    void rejectsOneLineOfBadBytesAndReadsTheRest() throws Exception {
        Path file = dir.resolve("damaged.jsonl");
        byte[] good1 = "{\"id\": \"x1\", \"date\": \"2024-01-01\", \"text\": \"One.\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', (byte) 0xC3, 0x28, '"', '}', '\n'};
        byte[] good2 = "{\"id\": \"x2\", \"date\": \"2024-01-01\", \"text\": \"Two.\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(good1, bad, good2));

        assertThat(read(reader, file.toString())).extracting(Item::where, ArticleReaderTest::describe)
                .containsExactly(tuple(file + ":1 (id x1)", "x1"), tuple(file + ":2", "not UTF-8 text"),
                        tuple(file + ":3 (id x2)", "x2"));
    }

    @Test
    void rejectsAnArticleOverTheSizeLimitNamingItsSize() throws Exception {
        Path file = write("long.jsonl", "{\"id\": \"big\", \"date\": \"2024-01-01\", \"text\": \"" + "x".repeat(1001)
                + "\"}\n{\"id\": \"small\", \"date\": \"2024-01-01\", \"text\": \"" + "x".repeat(1000) + "\"}\n");

        assertThat(read(reader.withMaxChars(1000), file.toString())).extracting(Item::where, ArticleReaderTest::describe)
                .containsExactly(tuple(file + ":1 (id big)", "text is 1,001 characters, more than the limit of 1,000"),
                        tuple(file + ":2 (id small)", "small"));
    }

    @Test
    void rejectsALineTooLongToHoldAnArticleWithoutKeepingIt() throws Exception {
        String huge = "{\"id\": \"huge\", \"date\": \"2024-01-01\", \"text\": \"" + "y".repeat(1_100_000) + "\"}";
        Path file = write("huge.jsonl", huge + "\n{\"id\": \"next\", \"date\": \"2024-01-01\", \"text\": \"Next.\"}\n");

        List<Item> items = read(reader.withMaxChars(10), file.toString());

        assertThat(items).extracting(Item::where, ArticleReaderTest::describe).containsExactly(
                tuple(file + ":1", "line is " + ArticleIntake.count(huge.length())
                        + " bytes, too long for an article of at most 10 characters"),
                tuple(file + ":2 (id next)", "next"));
    }

    @Test
    void rejectsATextFileOverTheSizeLimit() throws Exception {
        Path file = write("long.txt", "z".repeat(11));

        assertThat(read(reader.withDefaultDate(LocalDate.of(2024, 1, 1)).withMaxChars(10), file.toString()))
                .containsExactly(new Rejection(file.toString(), "text is 11 characters, more than the limit of 10"));
    }

    @Test
    void rejectsAnIndentedJsonDocumentOnceInsteadOfLineByLine() throws Exception {
        Path file = write("pretty.json", "[\n  {\n    \"id\": \"p1\"\n  }\n]\n");

        assertThat(read(reader, file.toString())).singleElement().isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.problem()).startsWith("not JSON Lines"));
    }

    @Test
    void readsJsonLinesFromStandardInput() {
        String lines = "{\"id\": \"s1\", \"date\": \"2024-05-05\", \"text\": \"From stdin.\"}\n\n{\"id\": \"s1\", \"date\": \"2024-05-05\"}\n";
        ArticleReader fromStdin = reader.withStdin(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        assertThat(read(fromStdin, "-")).extracting(Item::where, ArticleReaderTest::describe)
                .containsExactly(tuple("<stdin>:1 (id s1)", "s1"), tuple("<stdin>:3 (id s1)", "text is missing"));
    }

    @Test
    void rejectsDuplicateIdsAcrossFilesButNotAcrossReads() throws Exception {
        Path first = write("one.txt", "First.");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path second = Files.writeString(sub.resolve("one.txt"), "Second.", StandardCharsets.UTF_8);
        ArticleReader dated = reader.withDefaultDate(LocalDate.of(2024, 1, 1));

        assertThat(read(dated, first.toString(), second.toString())).extracting(ArticleReaderTest::describe)
                .containsExactly("one", "duplicate id one (first seen at " + first + ")");
        assertThat(read(dated, second.toString())).extracting(ArticleReaderTest::describe).containsExactly("one");
    }

    @Test
    void rejectsAnExplicitFileOfAnotherKind() throws Exception {
        Path csv = write("table.csv", "id,date,text\n");

        assertThat(read(reader, csv.toString())).containsExactly(
                new Rejection(csv.toString(), "not an article file (expected .jsonl, .json or .txt)"));
    }

    private static List<Item> read(ArticleReader reader, String... inputs) {
        List<Item> items = new ArrayList<>();
        reader.read(List.of(inputs), items::add);
        return items;
    }

    private static List<Article> articles(List<Item> items) {
        return items.stream().filter(i -> i instanceof Item.Accepted).map(i -> ((Item.Accepted) i).article()).toList();
    }

    /** An accepted item as its article id, a rejection as its problem. */
    private static String describe(Item item) {
        return item instanceof Item.Accepted a ? a.article().id() : ((Rejection) item).problem();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ArticleReaderTest.class.getResource(name).toURI());
    }
}
