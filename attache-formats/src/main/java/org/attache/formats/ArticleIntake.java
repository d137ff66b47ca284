package org.attache.formats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.attache.text.Article;

/**
 * The state of one {@link ArticleReader#read} call: the checks every article passes whatever its
 * format (size limit, ids unique within the run) and the sink that receives the items.
 *
 * <p>Thread-safety: not thread-safe; one instance per read call.
 */
final class ArticleIntake {

    /** Room for JSON escapes (a six-byte escape for one char) and the other fields of a line. */
    private static final int BYTES_PER_CHAR_ESCAPED = 6;
    private static final int LINE_OVERHEAD = 1 << 20;

    private final Consumer<? super Item> sink;
    private final LocalDate defaultDate;
    private final int maxChars;
    private final Map<String, String> firstSeen = new HashMap<>();

    ArticleIntake(Consumer<? super Item> sink, LocalDate defaultDate, int maxChars) {
        this.sink = sink;
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
    }

    /** The date for articles that give none, or null. */
    LocalDate defaultDate() {
        return defaultDate;
    }

    int maxChars() {
        return maxChars;
    }

    /** The longest JSON line that can still hold an article within the limit. */
    int maxLineBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) BYTES_PER_CHAR_ESCAPED * maxChars + LINE_OVERHEAD);
    }

    void skip(String where, String reason) {
        sink.accept(new Item.Skipped(where, reason));
    }

    void reject(String where, String problem) {
        sink.accept(new Rejection(where, problem));
    }

    /**
     * Passes the article on unless it is too long or its id was already accepted in this run.
     *
     * @param where how to name the article in messages
     * @param origin how a later duplicate names this one's position ({@code file:line})
     */
    void offer(String where, String origin, Article article, String warning) {
        int size = article.text().length();
        if (size > maxChars) {
            reject(where, "text is " + count(size) + " characters, more than the limit of " + count(maxChars));
            return;
        }
        String earlier = firstSeen.putIfAbsent(article.id(), origin);
        if (earlier != null) {
            reject(where, "duplicate id " + article.id() + " (first seen at " + earlier + ")");
            return;
        }
        sink.accept(new Item.Accepted(where, article, warning));
    }

    /** A size as people read it: {@code 5,000,000}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
