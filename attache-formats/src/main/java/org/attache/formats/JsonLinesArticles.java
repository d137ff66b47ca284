package org.attache.formats;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.attache.text.Article;

/**
 * Reads articles from JSON Lines: one object per line with {@code id}, {@code date}, {@code text}
 * and optionally {@code title}, {@code url}, {@code source}. Blank lines are skipped. Each bad line
 * becomes a {@link Rejection} and reading goes on with the next line.
 *
 * <p>Thread-safety: stateless; the shared mapper is thread-safe.
 */
final class JsonLinesArticles {

    // The line length is already bounded by ByteLines; Jackson's own string limit would turn an
    // over-long article into a confusing "not valid JSON" instead of a size rejection.
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .build();

    private JsonLinesArticles() {
    }

    /** Reads every line of {@code in}, naming positions {@code name:line}. Does not close {@code in}. */
    static void read(InputStream in, String name, ArticleIntake intake) throws IOException {
        ByteLines lines = new ByteLines(in, intake.maxLineBytes());
        boolean anyLine = false;
        boolean anyContent = false;
        while (lines.next()) {
            anyLine = true;
            String where = name + ":" + lines.number();
            if (lines.truncated()) {
                if (!anyContent && Utf8Text.hasNul(lines.bytes(), 0, lines.length())) {
                    intake.reject(name, Utf8Text.NOT_TEXT);
                    return;
                }
                anyContent = true;
                intake.reject(where, "line is " + ArticleIntake.count(lines.fullLength())
                        + " bytes, too long for an article of at most " + ArticleIntake.count(intake.maxChars())
                        + " characters");
                continue;
            }
            String text = Utf8Text.decode(lines.bytes(), 0, lines.length());
            if (text == null) {
                // A bad first line means a binary file: one rejection, not one per "line" of noise.
                intake.reject(anyContent ? where : name, Utf8Text.NOT_TEXT);
                if (!anyContent) {
                    return;
                }
                continue;
            }
            if (!anyContent) {
                text = Utf8Text.withoutByteOrderMark(text);
            }
            if (text.isBlank()) {
                continue;
            }
            if (!anyContent && isPrettyPrintedStart(text)) {
                intake.reject(name, "not JSON Lines: the file starts like one indented JSON document;"
                        + " write one article object per line");
                return;
            }
            anyContent = true;
            readLine(text, where, intake);
        }
        if (!anyContent) {
            intake.reject(name, anyLine ? "file has only blank lines" : "file is empty");
        }
    }

    private static boolean isPrettyPrintedStart(String line) {
        String s = line.strip();
        return s.equals("[") || s.equals("{");
    }

    private static void readLine(String line, String where, ArticleIntake intake) {
        JsonNode node;
        try (JsonParser parser = MAPPER.createParser(line)) {
            node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                intake.reject(where, "not valid JSON: more than one value on the line");
                return;
            }
        } catch (JsonProcessingException e) {
            intake.reject(where, "not valid JSON: " + shortMessage(e));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        if (!node.isObject()) {
            intake.reject(where, "not a JSON object but " + kind(node));
            return;
        }
        String id;
        try {
            id = id(node.get("id"));
        } catch (BadField e) {
            intake.reject(where, e.getMessage());
            return;
        }
        String named = where + " (id " + id + ")";
        try {
            Article article = new Article(id, date(node.get("date"), intake.defaultDate()),
                    optionalString(node, "title"), text(node.get("text")), optionalString(node, "url"),
                    optionalString(node, "source"));
            intake.offer(named, where, article, null);
        } catch (BadField e) {
            intake.reject(named, e.getMessage());
        }
    }

    private static String id(JsonNode value) throws BadField {
        if (value == null || value.isNull()) {
            throw new BadField("id is missing");
        }
        // Numeric ids are common in exported corpora; their text is a fine id.
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (!value.isTextual()) {
            throw new BadField("id must be a string, was " + kind(value));
        }
        if (value.textValue().isBlank()) {
            throw new BadField("id is blank");
        }
        return value.textValue();
    }

    private static String text(JsonNode value) throws BadField {
        if (value == null || value.isNull()) {
            throw new BadField("text is missing");
        }
        if (!value.isTextual()) {
            throw new BadField("text must be a string, was " + kind(value));
        }
        if (value.textValue().isBlank()) {
            throw new BadField("text is blank");
        }
        return value.textValue();
    }

    private static LocalDate date(JsonNode value, LocalDate defaultDate) throws BadField {
        boolean missing = value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank());
        if (missing) {
            if (defaultDate == null) {
                throw new BadField("date is missing and no default date was given");
            }
            return defaultDate;
        }
        if (!value.isTextual()) {
            throw new BadField("date must be a string (YYYY-MM-DD), was " + kind(value));
        }
        LocalDate date = ArticleDates.parse(value.textValue());
        if (date == null) {
            throw new BadField(ArticleDates.invalid(value.textValue()));
        }
        return date;
    }

    private static String optionalString(JsonNode object, String field) throws BadField {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadField(field + " must be a string, was " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Jackson's message without the location, which names the line's text rather than the file. */
    private static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf('\n');
        }
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** A field that makes the line unusable; carries the message for the rejection. */
    private static final class BadField extends Exception {

        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
