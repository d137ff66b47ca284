package org.attache.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.attache.events.Event;
import org.attache.store.query.EventCluster;

/**
 * A cluster as one JSON line: {@code cluster_id}, {@code key}, {@code date}, {@code last_date},
 * {@code mentions}, {@code sources}, {@code articles}, {@code stories}, {@code source},
 * {@code target}, {@code cameo}, {@code cameo_name}, {@code quad_class}, {@code goldstein}, and
 * {@code members}: every member's {@code event_id}, {@code doc_id}, {@code sentence_index},
 * {@code date}, {@code copy_of} (the original when the article is a syndicated copy) and
 * {@code sentence}, so each count leads back to its sentences.
 *
 * <p>Not thread-safe.
 */
public final class ClusterJson implements AutoCloseable {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private final JsonGenerator g;

    public ClusterJson(OutputStream out) throws IOException {
        this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8).configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET,
                false);
    }

    public void write(EventCluster c) throws IOException {
        Event e = c.representative().event();
        g.writeStartObject();
        g.writeStringField("cluster_id", c.clusterId());
        g.writeStringField("key", c.key());
        g.writeStringField("date", c.date().toString());
        g.writeStringField("last_date", c.lastDate().toString());
        g.writeNumberField("mentions", c.mentions());
        g.writeNumberField("sources", c.sources());
        g.writeNumberField("articles", c.articles());
        g.writeNumberField("stories", c.stories());
        g.writeStringField("source", e.source().code());
        g.writeStringField("target", e.target() == null ? null : e.target().code());
        g.writeStringField("cameo", e.cameo().code());
        g.writeStringField("cameo_name", e.cameo().name());
        g.writeNumberField("quad_class", e.cameo().quadClass().number());
        g.writeNumberField("goldstein", e.cameo().goldstein());
        g.writeArrayFieldStart("members");
        for (EventCluster.Member m : c.members()) {
            g.writeStartObject();
            g.writeStringField("event_id", m.eventId());
            g.writeStringField("doc_id", m.docId());
            g.writeNumberField("sentence_index", m.sentenceIndex());
            g.writeStringField("date", m.date().toString());
            g.writeStringField("copy_of", m.copyOf());
            g.writeStringField("sentence", m.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
