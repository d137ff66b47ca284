package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.attache.actors.ActorMention;
import org.attache.codebook.Codebook;
import org.attache.dictionary.SourceLine;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventJsonTest {

    private static final String SENTENCE = "Canadian officials imposed an embargo on Qu\u00e9bec's \"partner\" the UN.";

    @Test
    void writesEveryFieldInOrderOnOneLine() {
        String expected = "{\"event_id\":\"3f2a9c0d1e2b3c4d5e6f\",\"doc_id\":\"d001\",\"sentence_index\":2,"
                + "\"date\":\"2024-02-10\","
                + "\"source\":{\"code\":\"CANGOV\",\"name\":\"Canada\",\"text\":\"Canadian officials\",\"span\":[120,138],"
                + "\"country\":\"CAN\",\"type\":\"state\"},"
                + "\"target\":{\"code\":\"IGOUNO\",\"name\":\"United Nations\",\"text\":\"the UN\",\"span\":[181,187],"
                + "\"country\":null,\"type\":\"igo\"},"
                + "\"cameo\":\"163\",\"cameo_name\":\"Impose sanctions, a boycott or an embargo\",\"root\":\"16\","
                + "\"base\":\"163\",\"quad_class\":4,\"goldstein\":-8.0,\"plover\":{\"event\":\"SANCTION\",\"mode\":\"economic\"},\"negated\":false,\"hypothetical\":true,"
                + "\"mode\":\"intent\",\"reported_by\":\"USAGOV\","
                + "\"evidence\":{\"sentence\":\"Canadian officials imposed an embargo on Qu\u00e9bec's \\\"partner\\\" the UN.\","
                + "\"trigger\":{\"text\":\"imposed\",\"span\":[139,146]},"
                + "\"rule\":{\"pattern\":\"* IMPOSE EMBARGO ON +\",\"file\":\"verbs/sanctions.txt\",\"line\":12}}}";

        assertThat(EventJson.toJson(fullEvent())).isEqualTo(expected);
    }

    @Test
    void writesNullForAMissingTargetRuleSourceAndReporter() {
        String json = EventJson.toJson(eventWithoutTarget());

        assertThat(json).contains("\"target\":null,\"cameo\":\"163\"")
                .contains("\"reported_by\":null")
                .endsWith("\"rule\":{\"pattern\":\"* IMPOSE EMBARGO ON +\",\"file\":null,\"line\":null}}}")
                .doesNotContain("\n");
    }

    @Test
    void writerPutsOneUtf8LinePerEventAndLeavesTheStreamOpen() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        FilterOutputStream stream = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        try (EventJsonWriter writer = new EventJsonWriter(stream)) {
            writer.write(fullEvent());
            writer.write(eventWithoutTarget());
            assertThat(writer.count()).isEqualTo(2);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(EventJson.toJson(fullEvent()) + "\n" + EventJson.toJson(eventWithoutTarget()) + "\n");
        assertThat(closed[0]).isFalse();
    }

    @Test
    void writerToAWriterFlushesOnClose() {
        StringWriter out = new StringWriter();

        try (EventJsonWriter writer = new EventJsonWriter(out)) {
            writer.write(fullEvent());
        }

        assertThat(out.toString()).isEqualTo(EventJson.toJson(fullEvent()) + "\n");
    }

    @Test
    void writerOpensAndClosesAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");

        try (EventJsonWriter writer = EventJsonWriter.open(file)) {
            writer.write(fullEvent());
        }

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(EventJson.toJson(fullEvent()) + "\n");
    }

    static Event fullEvent() {
        ActorMention source = new ActorMention("CANGOV", "Canada", "Canadian officials", 120, 138, "CAN", "state", 1,
                new SourceLine("actors/countries.txt", 42));
        ActorMention target = new ActorMention("IGOUNO", "United Nations", "the UN", 181, 187, null, "igo", 9, null);
        Evidence evidence = new Evidence(SENTENCE, "imposed", 139, 146, "* IMPOSE EMBARGO ON +",
                new SourceLine("verbs/sanctions.txt", 12));
        return new Event("3f2a9c0d1e2b3c4d5e6f", "d001", 2, LocalDate.of(2024, 2, 10), source, target,
                Codebook.builtIn().get("163"), false, true, Mode.INTENT, "USAGOV", evidence);
    }

    private static Event eventWithoutTarget() {
        Event full = fullEvent();
        Evidence evidence = new Evidence(SENTENCE, "imposed", 139, 146, "* IMPOSE EMBARGO ON +", null);
        return new Event("0011223344556677aabb", "d002", 0, full.date(), full.source(), null, full.cameo(), true, false,
                Mode.DEED, null, evidence);
    }
}
