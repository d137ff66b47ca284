package org.attache.store;

import java.time.Instant;
import java.util.Objects;
import org.attache.events.Event;

/**
 * An event as a store gives it back: the event, what its document says of where it was published,
 * when it was stored, and how many reports it stands for — 1, 1, 1 for a single event, the counts
 * of its cluster for a cluster's representative. What the export formats write.
 *
 * @param url the article's URL, or null
 * @param publisher the article's source (outlet), or null
 * @param stored when the event was stored
 * @param mentions events standing behind this record (GDELT NumMentions)
 * @param sources distinct outlets (GDELT NumSources)
 * @param articles distinct documents (GDELT NumArticles)
 */
public record EventRecord(Event event, String url, String publisher, String title, Instant stored, int mentions,
                          int sources, int articles) {

    public EventRecord {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(stored, "stored");
        if (mentions < 1 || sources < 1 || articles < 1) {
            throw new IllegalArgumentException("counts must be positive, were " + mentions + "/" + sources + "/"
                    + articles + " for event " + event.eventId());
        }
    }

    /** A single event, counted once. */
    public static EventRecord single(Event event, String url, String publisher, String title, Instant stored) {
        return new EventRecord(event, url, publisher, title, stored, 1, 1, 1);
    }

    public EventRecord withCounts(int mentions, int sources, int articles) {
        return new EventRecord(event, url, publisher, title, stored, mentions, sources, articles);
    }
}
