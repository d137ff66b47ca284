package org.attache.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.PloverMapping;
import org.attache.dictionary.SourceLine;
import org.attache.events.Event;
import org.attache.events.Evidence;

/**
 * The JSON form of a coded event, one object per line, the project's main output and what
 * {@code score.py} reads. Fields, always all of them and in this order: {@code event_id},
 * {@code doc_id}, {@code sentence_index}, {@code date} (ISO), {@code source} and {@code target}
 * ({@code {"code","name","text","span":[begin,end],"country","type"}}, target may be null),
 * {@code cameo}, {@code cameo_name}, {@code root}, {@code base}, {@code quad_class} (1-4),
 * {@code goldstein}, {@code plover} ({@code {"event","mode"}} or null), {@code negated}, {@code hypothetical}, {@code mode} ({@code deed}/{@code intent}),
 * {@code reported_by}, {@code evidence} ({@code {"sentence","trigger":{"text","span"},"rule":{"pattern","file","line"}}}).
 * Absent values are written as {@code null}, never left out, so every line has the same shape.
 *
 * <p>Design decision: written with Jackson's streaming generator rather than data binding, because
 * the field order is part of the format and a large corpus gives millions of events.
 *
 * <p>Thread-safety: stateless; safe from any thread.
 */
public final class EventJson {

    /** Generators write no separator between objects: callers end each line themselves. */
    static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private EventJson() {
    }

    /** The event as one line of JSON, without a line end. */
    public static String toJson(Event event) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(event, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /** Writes the event as one JSON object to {@code g}. */
    static void write(Event event, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("event_id", event.eventId());
        g.writeStringField("doc_id", event.docId());
        g.writeNumberField("sentence_index", event.sentenceIndex());
        g.writeStringField("date", event.date().toString());
        g.writeFieldName("source");
        writeActor(event.source(), g);
        g.writeFieldName("target");
        writeActor(event.target(), g);
        CameoCode cameo = event.cameo();
        g.writeStringField("cameo", cameo.code());
        g.writeStringField("cameo_name", cameo.name());
        g.writeStringField("root", cameo.root());
        g.writeStringField("base", cameo.base());
        g.writeNumberField("quad_class", cameo.quadClass().number());
        g.writeNumberField("goldstein", cameo.goldstein());
        writePlover(cameo, g);
        g.writeBooleanField("negated", event.negated());
        g.writeBooleanField("hypothetical", event.hypothetical());
        g.writeStringField("mode", event.mode().label());
        g.writeStringField("reported_by", event.reportedBy());
        g.writeFieldName("evidence");
        writeEvidence(event.evidence(), g);
        g.writeEndObject();
    }

    /** PLOVER's view of the event: {@code {"event","mode"}}, or null for a plain comment. */
    private static void writePlover(CameoCode cameo, JsonGenerator g) throws IOException {
        Optional<PloverMapping.PloverEvent> plover = PloverMapping.builtIn().of(cameo.code());
        if (plover.isEmpty()) {
            g.writeNullField("plover");
            return;
        }
        g.writeObjectFieldStart("plover");
        g.writeStringField("event", plover.get().event());
        g.writeStringField("mode", plover.get().mode());
        g.writeEndObject();
    }

    private static void writeActor(ActorMention actor, JsonGenerator g) throws IOException {
        if (actor == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("code", actor.code());
        g.writeStringField("name", actor.name());
        g.writeStringField("text", actor.text());
        writeSpan(actor.begin(), actor.end(), g);
        g.writeStringField("country", actor.country());
        g.writeStringField("type", actor.type());
        g.writeEndObject();
    }

    private static void writeEvidence(Evidence evidence, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("sentence", evidence.sentence());
        g.writeObjectFieldStart("trigger");
        g.writeStringField("text", evidence.trigger());
        writeSpan(evidence.triggerBegin(), evidence.triggerEnd(), g);
        g.writeEndObject();
        g.writeObjectFieldStart("rule");
        g.writeStringField("pattern", evidence.rule());
        SourceLine source = evidence.ruleSource();
        g.writeStringField("file", source == null ? null : source.file());
        if (source == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", source.line());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** An implied actor (a protest's own government) has no words in the text: its span is null. */
    private static void writeSpan(int begin, int end, JsonGenerator g) throws IOException {
        if (begin < 0) {
            g.writeNullField("span");
            return;
        }
        g.writeArrayFieldStart("span");
        g.writeNumber(begin);
        g.writeNumber(end);
        g.writeEndArray();
    }
}
