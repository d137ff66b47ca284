package org.attache.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.text.Article;

/**
 * A gold standard: items ({@code {"id","date","text","events":[...]}}, one per line, as described in
 * the gold standards' {@code FORMAT.md}) in file order, which is the order of scoring and of the
 * error list.
 *
 * <p>Contract: {@link #read} rejects a malformed file as a whole, with one
 * {@link IllegalArgumentException} naming every bad {@code file:line}: a gold standard with a hole
 * would give misleading figures.
 *
 * <p>Thread-safety: immutable.
 */
public final class GoldStandard {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<GoldItem> items;

    private GoldStandard(List<GoldItem> items) {
        this.items = List.copyOf(items);
    }

    /** A gold standard of the given items, in this order. */
    public static GoldStandard of(List<GoldItem> items) {
        return new GoldStandard(Objects.requireNonNull(items, "items"));
    }

    /** Reads a gold JSONL file (UTF-8). */
    public static GoldStandard read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads gold JSONL lines; {@code sourceName} names the input in error messages. */
    public static GoldStandard read(BufferedReader in, String sourceName) throws IOException {
        List<GoldItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (number == 1) {
                line = Utf8Text.withoutByteOrderMark(line);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                GoldItem item = item(MAPPER.readTree(line));
                Integer earlier = firstLine.putIfAbsent(item.id(), number);
                if (earlier != null) {
                    throw new IllegalArgumentException("duplicate id " + item.id() + " (first at line " + earlier + ")");
                }
                items.add(item);
            } catch (JsonProcessingException e) {
                problems.add(sourceName + ":" + number + ": not valid JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                problems.add(sourceName + ":" + number + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad gold standard:\n  " + String.join("\n  ", problems));
        }
        return new GoldStandard(items);
    }

    /** The items in file order. */
    public List<GoldItem> items() {
        return items;
    }

    /** The items as articles to code, in file order. */
    public List<Article> articles() {
        return items.stream().map(GoldItem::article).toList();
    }

    public int size() {
        return items.size();
    }

    private static GoldItem item(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = string(node, "id", true);
        String dateText = string(node, "date", true);
        LocalDate date = ArticleDates.parse(dateText);
        if (date == null) {
            throw new IllegalArgumentException(ArticleDates.invalid(dateText));
        }
        JsonNode events = node.get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("events must be a list");
        }
        List<GoldEvent> parsed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            parsed.add(event(events.get(i), "events[" + i + "]."));
        }
        return new GoldItem(id, date, string(node, "text", true), parsed);
    }

    private static GoldEvent event(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(at.substring(0, at.length() - 1) + " is not a JSON object");
        }
        return new GoldEvent(string(node, "source", false, at), string(node, "target", false, at),
                string(node, "code", true, at), JsonTruth.truthy(node.get("symmetric")),
                JsonTruth.truthy(node.get("optional")));
    }

    private static String string(JsonNode node, String field, boolean required) {
        return string(node, field, required, "");
    }

    private static String string(JsonNode node, String field, boolean required, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(at + field + " is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(at + field + " must be a string");
        }
        return value.textValue();
    }
}
