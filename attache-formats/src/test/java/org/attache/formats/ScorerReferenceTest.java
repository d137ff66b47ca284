package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.Codebook;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the reference script {@code score.py} and the Java scorer on the same files: the output must be identical. */
class ScorerReferenceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path shared;
    private Path script;

    @BeforeEach
    void findReferenceScript() {
        String property = System.getProperty("attache.shared");
        assumeTrue(property != null, "system property attache.shared is not set");
        shared = Path.of(property);
        script = shared.resolve("gold/score.py");
        assumeTrue(Files.isRegularFile(script), "no reference script at " + script);
        assumeTrue(pythonAvailable(), "python3 is not available");
    }

    @Test
    void scorerAgreesWithReferenceScript() throws Exception {
        Path gold = ArticleReaderTest.fixture("scorer-gold.jsonl");
        Path predicted = dir.resolve("predicted.jsonl");
        try (EventJsonWriter writer = EventJsonWriter.open(predicted)) {
            ScorerTest.PREDICTIONS.stream().map(ScorerReferenceTest::event).forEach(writer::write);
        }

        assertAgree(gold, predicted);
        assertThat(Scorer.score(GoldStandard.read(gold), ScorerTest.PREDICTIONS).report(true))
                .isEqualTo(python(gold, predicted, "--errors"));
    }

    @Test
    void scorerAgreesWithReferenceScriptOnRoundingTies() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"t1\", \"date\": \"2024-01-01\", \"text\":"
                + " \"Tie.\", \"events\": [{\"source\": \"USA\", \"target\": \"CHN\", \"code\": \"04\"}]}\n",
                StandardCharsets.UTF_8);
        List<ObjectNode> lines = new ArrayList<>();
        lines.add(prediction("t1", "USA", "CHN", "042"));
        for (int i = 0; i < 15; i++) {
            lines.add(prediction("t1", "USA", "CHN", "19" + (i % 6)));
        }

        assertAgree(gold, writeLines(lines));
    }

    @Test
    void scorerAgreesWithReferenceScriptOnTheDevelopmentGold() throws Exception {
        Path gold = shared.resolve("gold/dev.jsonl");
        assumeTrue(Files.isRegularFile(gold), "no development gold at " + gold);
        List<ObjectNode> lines = new ArrayList<>();
        int n = 0;
        for (GoldItem item : GoldStandard.read(gold).items()) {
            for (GoldEvent g : item.events()) {
                perturbed(item.id(), g, n++, lines);
            }
            if (n % 4 == 0) {
                lines.add(prediction(item.id(), "USA", null, "010"));
            }
        }

        assertAgree(gold, writeLines(lines));
    }

    /** A prediction for each gold event, deliberately wrong in varied ways so that every rule is exercised. */
    private static void perturbed(String doc, GoldEvent g, int n, List<ObjectNode> lines) {
        String code = g.code().split("\\|")[0];
        if (code.equals("*")) {
            code = "043";
        }
        String source = g.source() == null ? "ZZZ" : g.source() + (n % 3 == 0 ? "GOV" : "");
        String target = g.target();
        switch (n % 9) {
            case 0 -> { return; }
            case 1 -> { String t = source; source = target; target = t; }
            case 2 -> code = "190";
            case 3 -> code = code.length() == 2 ? code + "0" : code.substring(0, 2) + "9";
            case 4 -> target = target == null ? "" : target.toLowerCase(Locale.ROOT);
            default -> { }
        }
        ObjectNode line = prediction(doc, source, target, code);
        if (n % 7 == 5) {
            line.put("negated", true);
        }
        if (n % 11 == 6) {
            line.put("hypothetical", true);
        }
        if (n % 5 == 4) {
            // the older field name and a bare actor string, both read by score.py
            line.remove("cameo");
            line.put("code", code);
            line.put("source", source);
        }
        lines.add(line);
    }

    private void assertAgree(Path gold, Path predicted) throws Exception {
        GoldStandard standard = GoldStandard.read(gold);
        Score score = Scorer.score(standard, PredictionReader.read(predicted));

        assertThat(score.report(false)).isEqualTo(python(gold, predicted));
        assertThat(score.report(true)).isEqualTo(python(gold, predicted, "--errors"));
    }

    private String python(Path gold, Path predicted, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), gold.toString(), predicted.toString()));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private static boolean pythonAvailable() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path writeLines(List<ObjectNode> lines) throws IOException {
        Path file = dir.resolve("predicted-lines.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode line : lines) {
                out.write(MAPPER.writeValueAsString(line));
                out.write('\n');
            }
        }
        return file;
    }

    private static ObjectNode prediction(String doc, String source, String target, String code) {
        ObjectNode line = MAPPER.createObjectNode().put("doc_id", doc);
        line.putObject("source").put("code", source);
        if (target == null) {
            line.putNull("target");
        } else {
            line.putObject("target").put("code", target);
        }
        return line.put("cameo", code).put("negated", false).put("hypothetical", false);
    }

    /** A full event carrying what the prediction holds, so that the test goes through the real output format. */
    private static Event event(Prediction p) {
        CameoCode cameo = Codebook.builtIn().get(p.cameo());
        ActorMention source = new ActorMention(p.source(), p.source(), p.source(), 0, 3, null, "state", 0, null);
        ActorMention target = p.target() == null ? null
                : new ActorMention(p.target(), p.target(), p.target(), 10, 13, null, "state", 2, null);
        Evidence evidence = new Evidence("A sentence.", "did", 4, 7, "* DID +", null);
        return new Event(Event.idFor(p.docId(), 0, 4, p.source(), p.target(), p.cameo()), p.docId(), 0,
                LocalDate.of(2024, 3, 1), source, target, cameo, p.negated(), p.hypothetical(), Mode.DEED, null,
                evidence);
    }
}
