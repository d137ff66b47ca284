package org.attache.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import org.attache.actors.ActorMention;
import org.attache.codebook.PloverMapping;
import org.attache.events.Event;
import org.attache.store.ActorCode;
import org.attache.store.EventRecord;

/**
 * PLOVER JSON records, one per line (the newline-delimited form the PLOVER specification suggests),
 * with PLOVER's field names: {@code id}, {@code date}, {@code source} and {@code recipient} (lists of
 * actor objects {@code code} — the actor's country or the code's type prefix —, {@code sector},
 * {@code actor_text}, {@code identifier_text}), {@code event} (a one-element list), {@code event_text},
 * {@code quad_code}, {@code event_scale} (the Goldstein weight of the CAMEO code), {@code text}
 * (the evidence sentence), {@code text_info} ({@code sequence}, {@code start}, {@code end} of the
 * trigger), {@code cite_info} ({@code url}, {@code title}, {@code publication}), {@code coder},
 * {@code coded_date}; plus the provider fields PLOVER allows: {@code cameo}, {@code doc_id},
 * {@code mentions}, {@code sources}, {@code articles}. The event type and its quad code come
 * from the project's one CAMEO-to-PLOVER table ({@link PloverMapping}, the same that fills the
 * {@code plover} field of coded events); events PLOVER codes no type for (plain comments) and
 * negated or hypothetical events are left out.
 *
 * <p>Not thread-safe.
 */
final class PloverExport extends CountingExport {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator g;

    PloverExport(OutputStream out) {
        try {
            this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(EventRecord record) throws IOException {
        Event e = record.event();
        PloverMapping.PloverEvent category = PloverMapping.builtIn().of(e.cameo().code()).orElse(null);
        if (category == null || !e.isAsserted()) {
            countLeftOut();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", e.eventId());
        g.writeStringField("date", e.date().toString());
        actors("source", e.source());
        if (e.target() != null) {
            actors("recipient", e.target());
        }
        g.writeArrayFieldStart("event");
        g.writeString(category.event());
        g.writeEndArray();
        g.writeArrayFieldStart("event_text");
        g.writeString(e.evidence().trigger());
        g.writeEndArray();
        g.writeNumberField("quad_code", category.quad());
        g.writeNumberField("event_scale", e.cameo().goldstein());
        g.writeStringField("text", e.evidence().sentence());
        g.writeObjectFieldStart("text_info");
        g.writeNumberField("sequence", e.sentenceIndex());
        g.writeNumberField("start", e.evidence().triggerBegin());
        g.writeNumberField("end", e.evidence().triggerEnd());
        g.writeEndObject();
        g.writeObjectFieldStart("cite_info");
        g.writeStringField("url", record.url());
        g.writeStringField("title", record.title());
        g.writeStringField("publication", record.publisher());
        g.writeEndObject();
        g.writeStringField("coder", "attache");
        g.writeStringField("coded_date", record.stored().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        g.writeStringField("cameo", e.cameo().code());
        g.writeStringField("doc_id", e.docId());
        g.writeNumberField("mentions", record.mentions());
        g.writeNumberField("sources", record.sources());
        g.writeNumberField("articles", record.articles());
        g.writeEndObject();
        g.writeRaw('\n');
        countWritten();
    }

    private void actors(String field, ActorMention a) throws IOException {
        ActorCode code = ActorCode.of(a);
        g.writeArrayFieldStart(field);
        g.writeStartObject();
        String top = a.country() != null ? a.country() : a.code().substring(0, Math.min(3, a.code().length()));
        g.writeStringField("code", top);
        String sector = code.role() == null ? null : code.role() + (code.rest() == null ? "" : code.rest());
        g.writeStringField("sector", sector);
        g.writeStringField("actor_text", a.text());
        g.writeStringField("identifier_text", a.name());
        g.writeEndObject();
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
