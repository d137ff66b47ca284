package org.attache.store.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored document as lists show it: what it is, where it was published and how many events it gave.
 *
 * @param title the article's title, or null
 * @param url the article's URL, or null
 * @param publisher the outlet the article came from, or null
 * @param events the events coded from it
 */
public record DocumentSummary(String docId, LocalDate date, String title, String url, String publisher, int events) {

    public DocumentSummary {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
    }
}
