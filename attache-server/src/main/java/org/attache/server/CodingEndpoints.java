package org.attache.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.attache.actors.ActorMention;
import org.attache.pipeline.Explanation;
import org.attache.text.Article;
import org.attache.text.Token;

/**
 * Coding posted text: {@code POST /api/code} explains a text as {@code attache explain} does and
 * stores nothing; {@code POST /api/documents} codes a document and stores it, and only for a client
 * that carries the server's token (a server started without one is read-only: 403).
 *
 * <p>Thread-safe: coding runs on {@link CodingService}'s threads, storing through {@link DocumentIntake}.
 */
final class CodingEndpoints {

    private static final Param DATE = Param.date("date", "The date the text is read at (YYYY-MM-DD): office "
            + "holders are resolved at this date.");

    private final CodingService coding;
    private final DocumentIntake intake;
    private final ServerOptions options;

    CodingEndpoints(CodingService coding, DocumentIntake intake, ServerOptions options) {
        this.coding = coding;
        this.intake = intake;
        this.options = options;
    }

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.POST, "/api/code", "Code a text on the fly and explain every decision "
                        + "(stores nothing)", List.of(), List.of(),
                        List.of(Param.string("text", "The text, at most " + options.maxTextChars() + " characters.")
                                .asRequired(), DATE.asRequired()), Route.JSON,
                        "{\"sentences\":[{\"index\",\"text\",\"parsed\",\"tokens\":[...],\"actors\":[...],"
                                + "\"decisions\":[{\"verb\",\"event\"?,\"note\"?}],\"events\":[event...]}]}",
                        false, this::code),
                new Route(HandlerType.POST, "/api/documents", "Code a document and store it (needs Authorization: "
                        + "Bearer TOKEN; storing it again replaces it)", List.of(), List.of(),
                        List.of(Param.string("doc_id", "The document's id.").asRequired(), DATE.asRequired(),
                                Param.string("title", "Its title."), Param.string("url", "Where it was published."),
                                Param.string("publisher", "Who published it."),
                                Param.string("text", "Its text.").asRequired()), Route.JSON,
                        "{\"doc_id\",\"events\":N}", true, this::store));
    }

    private ObjectNode code(Request r) {
        ObjectNode body = r.body();
        String text = text(body);
        LocalDate date = date(body);
        return explanation(coding.explain(text, date));
    }

    private ObjectNode store(Request r) {
        authorize(r);
        ObjectNode body = r.body();
        String id = body.get("doc_id").asText();
        if (id.length() > Request.MAX_VALUE_CHARS || id.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("field 'doc_id' must be at most " + Request.MAX_VALUE_CHARS
                    + " printable characters");
        }
        Article article = new Article(id, date(body), optional(body, "title"), body.get("text").asText(),
                optional(body, "url"), optional(body, "publisher"));
        ObjectNode out = Json.object();
        out.put("doc_id", id);
        out.put("events", intake.store(article));
        return out;
    }

    /** 403 on a read-only server, 401 without the right token; the comparison takes the same time whatever the token. */
    private void authorize(Request r) {
        if (!options.writable()) {
            throw new ApiException(403, "this server is read-only: start it with --token-file to accept documents");
        }
        String given = r.bearerToken();
        if (given == null) {
            r.context().header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a write needs the header Authorization: Bearer TOKEN");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                options.token().getBytes(StandardCharsets.UTF_8))) {
            r.context().header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "wrong token");
        }
    }

    private String text(ObjectNode body) {
        String text = body.get("text").asText();
        if (text.length() > options.maxTextChars()) {
            throw new ApiException(413, "field 'text' is longer than " + options.maxTextChars() + " characters");
        }
        return text;
    }

    private static LocalDate date(ObjectNode body) {
        String value = body.get("date").asText();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("field 'date' must be a date YYYY-MM-DD, was '" + Request.clip(value) + "'");
        }
    }

    private static String optional(ObjectNode body, String field) {
        return body.hasNonNull(field) && !body.get(field).asText().isBlank() ? body.get(field).asText() : null;
    }

    private static ObjectNode explanation(Explanation explanation) {
        ObjectNode out = Json.object();
        ArrayNode sentences = out.putArray("sentences");
        for (Explanation.SentenceExplanation s : explanation.sentences()) {
            ObjectNode sentence = sentences.addObject();
            sentence.put("index", s.sentence().index());
            sentence.put("text", s.sentence().text());
            sentence.put("parsed", s.worthParsing());
            ArrayNode tokens = sentence.putArray("tokens");
            for (Token t : s.sentence().tokens()) {
                ObjectNode token = tokens.addObject();
                token.put("index", t.index());
                token.put("word", t.word());
                token.put("lemma", t.lemma());
                token.put("tag", t.tag());
                token.put("relation", s.sentence().relation(t.index()));
                token.put("head", s.sentence().governor(t.index()));
            }
            ArrayNode actors = sentence.putArray("actors");
            for (ActorMention m : s.actors()) {
                ObjectNode actor = actors.addObject();
                actor.put("text", m.text());
                actor.put("code", m.code());
                actor.put("name", m.name());
                actor.put("type", m.type());
                actor.put("country", m.country());
                actor.putArray("span").add(m.begin()).add(m.end());
                actor.put("source", m.source() == null ? null : m.source().toString());
            }
            ArrayNode decisions = sentence.putArray("decisions");
            for (Explanation.Decision d : s.decisions()) {
                ObjectNode decision = decisions.addObject();
                decision.put("verb", d.verb());
                decision.put("verb_index", d.verbIndex());
                if (d.event() != null) {
                    decision.set("event", Json.event(d.event()));
                } else {
                    decision.put("note", d.note());
                }
            }
            ArrayNode events = sentence.putArray("events");
            s.events().forEach(e -> events.add(Json.event(e)));
        }
        return out;
    }
}
