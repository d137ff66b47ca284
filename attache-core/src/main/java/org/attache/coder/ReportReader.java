package org.attache.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;

/**
 * Finds who reported an event: the subject of a reporting verb whose complement holds the event
 * ("Ukraine shelled the village, Russian officials said"), or the X of "according to X".
 * Immutable and thread-safe.
 */
final class ReportReader {

    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp", "parataxis");

    private final Modality words;
    private final ActorResolver resolver;

    ReportReader(Modality words, ActorResolver resolver) {
        this.words = words;
        this.resolver = resolver;
    }

    /** The code of the actor who reported the event of {@code verb}, or null if nobody did. */
    String reporterOf(Sentence s, int verb, LocalDate date) {
        String according = accordingTo(s, verb, date);
        if (according != null) {
            return according;
        }
        int reporting = reportingVerb(s, verb);
        return reporting < 0 ? null : subjectOf(s, reporting, date);
    }

    /** The reporting verb whose complement holds {@code verb} ("officials said"), or -1. */
    int reportingVerb(Sentence s, int verb) {
        int clause = verb;
        for (int level = 0; level < 4; level++) {
            int governor = s.governor(clause);
            if (governor < 0) {
                return -1;
            }
            // "A shelled B, officials said" hangs the reporting verb on the event's verb as parataxis
            int reporting = REPORTED_CLAUSES.contains(s.relation(clause)) ? governor : -1;
            for (int c : s.children(clause, "parataxis")) {
                if (words.is("reporting", s.token(c).key())) {
                    reporting = c;
                }
            }
            if (reporting >= 0 && words.is("reporting", s.token(reporting).key())) {
                return reporting;
            }
            if (!REPORTED_CLAUSES.contains(s.relation(clause)) && !s.relation(clause).equals("conj")) {
                return -1;
            }
            clause = governor;
        }
        return -1;
    }

    private String accordingTo(Sentence s, int verb, LocalDate date) {
        for (int c : s.children(verb)) {
            if (s.relation(c).startsWith("obl") && s.children(c, "case").stream()
                    .anyMatch(k -> s.token(k).key().equals("according"))) {
                List<ActorMention> found = resolver.resolve(s, c, date);
                return found.isEmpty() ? null : found.get(0).code();
            }
        }
        return null;
    }

    private String subjectOf(Sentence s, int verb, LocalDate date) {
        for (int subject : s.children(verb, "nsubj")) {
            List<ActorMention> found = resolver.resolve(s, subject, date);
            if (!found.isEmpty()) {
                return found.get(0).code();
            }
        }
        return null;
    }
}
