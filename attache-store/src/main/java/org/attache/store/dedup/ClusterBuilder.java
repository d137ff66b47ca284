package org.attache.store.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Groups a stream of event mentions into clusters by {@link ClusterRule}. Mentions must arrive
 * sorted by key, then date (ties in any fixed order: the first becomes the representative); each
 * finished cluster goes to the sink with its counts, like GDELT's NumMentions, NumSources and
 * NumArticles, plus {@code stories}: articles once syndicated copies are counted with their original.
 *
 * <p>Not thread-safe: one feeding thread. Holds one cluster at a time.
 *
 * @param <P> what the store keeps of a cluster's representative (its first mention)
 */
public final class ClusterBuilder<P> implements AutoCloseable {

    /**
     * One event as the clustering sees it.
     *
     * @param outlet the publisher (source of the article), or null if unknown: the article then
     *     counts as its own outlet
     * @param copyOf the original this article is a syndicated copy of, or null
     */
    public record Mention<P>(String key, String eventId, String docId, LocalDate date, String outlet, String copyOf,
                             P payload) {

        public Mention {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A finished cluster; {@code eventIds} in stream order, the representative's first. */
    public record Cluster<P>(String clusterId, String key, LocalDate date, LocalDate lastDate, P representative,
                             List<String> eventIds, int mentions, int sources, int articles, int stories) {
    }

    private final Consumer<Cluster<P>> sink;
    private Mention<P> first;
    private LocalDate last;
    private final List<String> eventIds = new ArrayList<>();
    private final Set<String> outlets = new HashSet<>();
    private final Set<String> articles = new HashSet<>();
    private final Set<String> stories = new HashSet<>();

    public ClusterBuilder(Consumer<Cluster<P>> sink) {
        this.sink = sink;
    }

    public void add(Mention<P> m) {
        if (first != null && (!first.key().equals(m.key()) || !ClusterRule.joins(first.date(), m.date()))) {
            if (first.key().equals(m.key()) && m.date().isBefore(last)) {
                throw new IllegalArgumentException("mentions of " + m.key() + " are not sorted by date");
            }
            emit();
        }
        if (first == null) {
            first = m;
        }
        last = m.date();
        eventIds.add(m.eventId());
        outlets.add(m.outlet() == null ? "doc:" + m.docId() : m.outlet());
        articles.add(m.docId());
        stories.add(m.copyOf() == null ? m.docId() : m.copyOf());
    }

    /** Emits the cluster in progress. */
    @Override
    public void close() {
        if (first != null) {
            emit();
        }
    }

    private void emit() {
        sink.accept(new Cluster<>(ClusterRule.clusterId(first.key(), first.date()), first.key(), first.date(), last,
                first.payload(), List.copyOf(eventIds), eventIds.size(), outlets.size(), articles.size(),
                stories.size()));
        first = null;
        eventIds.clear();
        outlets.clear();
        articles.clear();
        stories.clear();
    }
}
