package org.attache.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article to code: its id, publication date and text, plus optional metadata carried to
 * the output. Immutable.
 */
public record Article(String id, LocalDate date, String title, String text, String url, String source) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is missing");
        }
        Objects.requireNonNull(date, "date");
        if (text == null) {
            throw new IllegalArgumentException("text is missing");
        }
    }

    public Article(String id, LocalDate date, String text) {
        this(id, date, null, text, null, null);
    }
}
