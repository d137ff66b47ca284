package org.attache.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads coded events back for scoring, from the project's event JSON Lines or any file with the
 * fields {@code score.py} reads ({@code doc_id}, {@code source}, {@code target}, {@code cameo} or
 * {@code code}, {@code negated}, {@code hypothetical}; an actor may be an object with a
 * {@code code} or a plain code string). Values are read exactly as {@code score.py} reads them, so
 * that both give the same figures for the same file.
 *
 * <p>Thread-safety: stateless.
 */
public final class PredictionReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PredictionReader() {
    }

    /** Reads a UTF-8 JSON Lines file of events. */
    public static List<Prediction> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads JSON Lines of events; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming {@code sourceName:line} of the first line that is not a JSON object
     */
    public static List<Prediction> read(BufferedReader in, String sourceName) throws IOException {
        List<Prediction> predictions = new ArrayList<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (!node.isObject()) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": not a JSON object");
            }
            predictions.add(prediction(node));
        }
        return predictions;
    }

    private static Prediction prediction(JsonNode event) {
        // score.py: str(event.get("cameo") or event.get("code") or "")
        JsonNode code = JsonTruth.truthy(event.get("cameo")) ? event.get("cameo") : event.get("code");
        return new Prediction(JsonTruth.str(event.get("doc_id")), actorCode(event.get("source")),
                actorCode(event.get("target")), JsonTruth.truthy(code) ? JsonTruth.str(code) : "",
                JsonTruth.truthy(event.get("negated")), JsonTruth.truthy(event.get("hypothetical")));
    }

    private static String actorCode(JsonNode actor) {
        if (actor == null || actor.isNull()) {
            return null;
        }
        JsonNode code = actor.isObject() ? actor.get("code") : actor;
        return code != null && code.isTextual() ? code.textValue() : null;
    }
}
