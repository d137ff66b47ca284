package org.attache.store.query;

import java.time.LocalDate;
import java.util.List;
import org.attache.store.EventRecord;

/**
 * A set of events that describe one occurrence (see {@code ClusterRule}), with GDELT-like counts and
 * every member traceable to its sentence.
 *
 * @param representative the first member (earliest date, then document and sentence order), with the
 *     cluster's counts
 * @param mentions member events (GDELT NumMentions)
 * @param sources distinct outlets (GDELT NumSources); an article without a source counts as its own
 * @param articles distinct documents (GDELT NumArticles)
 * @param stories distinct documents once syndicated copies count with their original
 * @param members every member, the representative first
 */
public record EventCluster(String clusterId, String key, LocalDate date, LocalDate lastDate, EventRecord representative,
                           int mentions, int sources, int articles, int stories, List<Member> members) {

    public EventCluster {
        members = List.copyOf(members);
    }

    /** One member event: where it was read, and the sentence that says so. */
    public record Member(String eventId, String docId, int sentenceIndex, LocalDate date, String sentence,
                         String copyOf) {
    }
}
