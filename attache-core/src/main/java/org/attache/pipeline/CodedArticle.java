package org.attache.pipeline;

import java.util.List;
import org.attache.events.Event;
import org.attache.text.Article;

/**
 * An article with the events coded from it and how much NLP work it took.
 *
 * @param sentences sentences in the article
 * @param parsed sentences that were dependency-parsed (the others could not yield an event)
 */
public record CodedArticle(Article article, List<Event> events, int sentences, int parsed) {

    public CodedArticle {
        events = List.copyOf(events);
    }
}
