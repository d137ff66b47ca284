package org.attache.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;
import org.attache.verbs.WordSequence;
import org.attache.verbs.WordSequence.Element;
import org.attache.verbs.WordSequence.Kind;
import org.attache.verbs.WordSequence.Word;

/**
 * Matches a {@link WordSequence} around a verb: its words on the sentence's words, its phrase
 * elements on the sentence's noun phrases. Before the verb, elements are sought going back from
 * it; after the verb, going forward to the end of the sentence.
 *
 * <p>What a match names: the source and target phrases its {@code $}, {@code +} and {@code %}
 * elements stand on (a coordination gives all its members). Without a target element, the target is
 * the first phrase that names an actor in the verb's own clause after the verb (the subject of a
 * passive verb with a "by" agent), the way PETRARCH reads it; a verb with no noun phrase at all
 * after it ("an official said today") matches no such pattern. Without a source element, the source
 * is the clause's subjects; when it has none ("was seen to break in", "was criticized over"), or
 * when a target element took the subject ("noted Cirith Ungol regretted"), the nearest actor before.
 *
 * <p>Immutable and thread-safe; the {@link Phrases} of one sentence are not.
 */
final class WordSequenceMatcher {

    /** What one matched sequence names, and how much of the sentence it covered (its score). */
    record Result(int score, List<Integer> sources, List<Integer> targets, boolean mutual) {
    }

    private final ActorResolver resolver;

    WordSequenceMatcher(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /** The noun phrases of one sentence, with whether each names an actor, found once. */
    Phrases phrases(Sentence s, LocalDate date) {
        return new Phrases(s, date, resolver);
    }

    /** The match of {@code sequence} around the verb at token {@code verb}, or null. */
    Result match(WordSequence sequence, Phrases phrases, Clause clause) {
        Binding binding = new Binding(sequence, phrases, clause.verb());
        if (!binding.after(binding.verbIndex + 1, clause.verb() + 1) || !binding.before()) {
            return null;
        }
        List<Integer> sources = binding.sources;
        List<Integer> targets = binding.targets;
        boolean byAgent = clause.passive() && !clause.subjects().isEmpty();
        if (sources.isEmpty() && !binding.mutual && clause.passive() && !byAgent && binding.targetBefore < 0) {
            sources = clause.objects(); // "the Philippines was criticized over...": no agent, the subject is the source
        }
        if (sources.isEmpty() && !binding.mutual && (binding.targetBefore >= 0 || clause.subjects().isEmpty())) {
            Phrases.Chunk nearest = phrases.codedBefore(binding.targetBefore >= 0 ? binding.targetBefore : clause.verb());
            if (nearest != null) {
                sources = phrases.members(nearest);
            }
        }
        if (targets.isEmpty() && !binding.mutual) {
            targets = byAgent ? clause.objects() : phrases.firstCodedAfter(clause.verb(), sources);
            if (targets.isEmpty() && !byAgent && !phrases.anyAfter(clause.verb())) {
                return null;
            }
        }
        return new Result(binding.score, sources, targets, binding.mutual);
    }

    /** The state of one attempt to match a sequence. */
    private static final class Binding {
        final List<Element> elements;
        final Phrases phrases;
        final Sentence s;
        final int verb;
        final int verbIndex;
        int score;
        List<Integer> sources = List.of();
        List<Integer> targets = List.of();
        /** Where a target element before the verb begins, or -1. */
        int targetBefore = -1;
        boolean mutual;

        Binding(WordSequence sequence, Phrases phrases, int verb) {
            this.elements = sequence.elements();
            this.phrases = phrases;
            this.s = phrases.sentence();
            this.verb = verb;
            this.verbIndex = sequence.verb();
        }

        /** Matches elements {@code j..} from token {@code pos} on; words may backtrack, phrases do not. */
        boolean after(int j, int pos) {
            if (j == elements.size()) {
                return true;
            }
            Element e = elements.get(j);
            if (e.kind() == Kind.WORDS) {
                int last = e.glued() ? Math.min(pos, s.size() - 1) : s.size() - 1;
                for (int start = pos; start <= last; start++) {
                    for (List<Word> phrase : e.alternatives()) {
                        int end = phraseEnd(phrase, start, s.size());
                        if (end > 0 && after(j + 1, end)) {
                            score += phrase.size();
                            return true;
                        }
                    }
                }
                return false;
            }
            Phrases.Chunk c = phrases.next(pos, e.kind() != Kind.SKIP, e.kind() == Kind.COMPOUND);
            if (c == null || (e.glued() && c.start() != pos && c.head() != pos)) {
                return false;
            }
            Phrases.Chunk end = phrases.lastMember(c);
            if (!after(j + 1, end.end() + 1)) {
                return false;
            }
            bind(e.kind(), c, false);
            return true;
        }

        /** Matches the elements before the verb, going back from it. */
        boolean before() {
            return before(verbIndex - 1, verb, elements.get(verbIndex).glued());
        }

        private boolean before(int j, int limit, boolean glued) {
            if (j < 0) {
                return true;
            }
            Element e = elements.get(j);
            if (e.kind() == Kind.WORDS) {
                for (int start = limit - 1; start >= 0; start--) {
                    for (List<Word> phrase : e.alternatives()) {
                        int end = phraseEnd(phrase, start, limit);
                        if (end > 0 && (!glued || end == limit) && before(j - 1, start, e.glued())) {
                            score += phrase.size();
                            return true;
                        }
                    }
                }
                return false;
            }
            Phrases.Chunk c = phrases.previous(limit, e.kind() != Kind.SKIP, e.kind() == Kind.COMPOUND);
            if (c == null || (glued && phrases.lastMember(c).end() != limit - 1)) {
                return false;
            }
            if (!before(j - 1, c.start(), e.glued())) {
                return false;
            }
            bind(e.kind(), c, true);
            if (e.kind() == Kind.TARGET) {
                targetBefore = c.start();
            }
            return true;
        }

        private void bind(Kind kind, Phrases.Chunk c, boolean beforeVerb) {
            score++;
            List<Integer> members = phrases.members(c);
            switch (kind) {
                case SOURCE -> sources = members;
                case TARGET -> targets = members;
                case COMPOUND -> {
                    if (beforeVerb) {
                        sources = members;
                        mutual = true;
                    } else {
                        targets = members;
                    }
                }
                default -> {
                }
            }
        }

        /** Token after the phrase's last word if it matches with its first word at {@code start}, else -1. */
        private int phraseEnd(List<Word> phrase, int start, int limit) {
            int pos = start;
            for (int w = 0; w < phrase.size(); w++) {
                Word word = phrase.get(w);
                if (w > 0 && !word.glued()) {
                    while (pos < limit && !same(word, pos)) {
                        pos++;
                    }
                }
                if (pos >= limit || !same(word, pos)) {
                    return -1;
                }
                pos++;
            }
            return pos;
        }

        private boolean same(Word word, int token) {
            return s.token(token).word().toLowerCase(Locale.ROOT).equals(word.text());
        }
    }
}
