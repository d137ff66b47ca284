package org.attache.formats;

import java.util.Objects;
import org.attache.text.Article;

/**
 * What {@link ArticleReader} hands on for each article it finds: the article, or the reason it was
 * rejected. Every item says {@link #where()} it came from ({@code file.jsonl:12}, a file path or
 * {@code <stdin>:3}) so that a user can fix the input.
 *
 * <p>Thread-safety: immutable values.
 */
public sealed interface Item permits Item.Accepted, Item.Skipped, Rejection {

    /** Where the item was read: a file path, optionally followed by {@code :line} and {@code (id …)}. */
    String where();

    /**
     * An article ready for coding.
     *
     * @param warning something the user should know although the article was accepted (e.g. its date
     *     was taken from the file's modification time), or null
     */
    record Accepted(String where, Article article, String warning) implements Item {

        public Accepted {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * A file passed over on purpose, not an error: a directory may hold other files than articles
     * (a README, images).
     */
    record Skipped(String where, String reason) implements Item {

        public Skipped {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
