package org.attache.formats;

import java.util.Objects;

/**
 * An input that could not be read as an article, and why, e.g. {@code where} =
 * {@code "news.jsonl:12 (id d042)"}, {@code problem} = {@code "date 2023-02-30 is not a valid date
 * (YYYY-MM-DD)"}. A rejection never stops the reading of the other articles.
 *
 * <p>Thread-safety: immutable value.
 */
public record Rejection(String where, String problem) implements Item {

    public Rejection {
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("where is missing");
        }
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("problem is missing");
        }
    }

    /** The one-line message to show a user: {@code where: problem}. */
    public String message() {
        return where + ": " + problem;
    }
}
