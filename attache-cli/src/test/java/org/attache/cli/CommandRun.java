package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One in-process run of the {@code attache} command line through {@link Main#run}, with what it
 * wrote to stdout and stderr.
 *
 * <p>Design decision: the commands write to {@code System.out} and {@code System.err}, so a run
 * points them at buffers and puts the originals back afterwards, through two streams installed
 * once that ignore {@code close()}, so that a command which closed its output by mistake could
 * not break the runs after it.
 *
 * <p>Not thread-safe: tests using it must not run concurrently.
 */
record CommandRun(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article the built-in dictionaries code as RUS -> UKR 192, whatever else changes in them. */
    static final String INVASION = "Russia invaded Ukraine.";

    private static final Pattern SUMMARY = Pattern.compile(
            "attache: coded ([\\d,]+) articles \\(([\\d,]+) sentences, ([\\d,]+) parsed\\), ([\\d,]+) events; "
                    + "([\\d,]+) skipped, ([\\d,]+) rejected; [\\d.]+ s");

    /** The counts of the last line {@code attache code} writes on stderr. */
    record Summary(int coded, int sentences, int events, int skipped, int rejected) {
    }

    private static final Redirect OUT = new Redirect(System.out);
    private static final Redirect ERR = new Redirect(System.err);

    /** Runs {@code attache ARGS} in this JVM. */
    static CommandRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OUT.target = out;
        ERR.target = err;
        try {
            System.setOut(OUT.stream);
            System.setErr(ERR.stream);
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            OUT.target = originalOut;
            ERR.target = originalErr;
        }
    }

    /** The summary line of {@code attache code}; fails the test if there is none. */
    Summary summary() {
        Matcher m = SUMMARY.matcher(stderr);
        assertThat(m.find()).as("summary line on stderr:%n%s", stderr).isTrue();
        return new Summary(count(m.group(1)), count(m.group(2)), count(m.group(4)), count(m.group(5)),
                count(m.group(6)));
    }

    /** The lines of stderr, without line ends. */
    List<String> stderrLines() {
        return stderr.lines().toList();
    }

    /** Every line of a JSON Lines file of events, parsed. */
    static List<JsonNode> events(Path file) {
        try {
            return parseLines(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of {@code text} parsed as JSON; fails the test on a line that is not JSON. */
    static List<JsonNode> parseLines(String text) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.lines().toList()) {
            try {
                nodes.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return nodes;
    }

    /** The ids of the documents that have the event {@link #INVASION} codes to, in output order. */
    static List<String> invasionsCoded(List<JsonNode> events) {
        return events.stream()
                .filter(e -> e.path("source").path("code").asText().equals("RUS")
                        && e.path("target").path("code").asText().equals("UKR")
                        && e.path("cameo").asText().equals("192"))
                .map(e -> e.path("doc_id").asText())
                .toList();
    }

    /** One JSON Lines article, with the escaping JSON needs. */
    static String article(String id, String date, String text) {
        return JSON.createObjectNode().put("id", id).put("date", date).put("text", text).toString();
    }

    private static int count(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }

    /** A system stream whose bytes go to the current run's buffer (or the original stream between runs). */
    private static final class Redirect extends OutputStream {

        final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8) {
            @Override
            public void close() {
                flush();
            }
        };
        volatile OutputStream target;

        Redirect(OutputStream original) {
            this.target = original;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
