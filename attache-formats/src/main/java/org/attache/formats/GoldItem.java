package org.attache.formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.attache.text.Article;

/**
 * One gold-standard item: a text to code and the events careful human coders expect from it; an
 * empty list means nothing should be coded. Immutable.
 */
public record GoldItem(String id, LocalDate date, String text, List<GoldEvent> events) {

    public GoldItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /** The item as an article to code. */
    public Article article() {
        return new Article(id, date, text);
    }
}
