package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.actors.ActorResolver;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * The noun phrases ("chunks") of a parsed sentence in order, each with whether it names an actor at
 * a date, found on demand through the {@link ActorResolver}: the units a {@link
 * org.attache.verbs.WordSequence}'s phrase elements stand on. A chunk is a noun with its
 * pre-modifiers (determiner, adjectives, possessor, compounds); the members of a coordination are
 * chunks of their own, reached together through {@link #members}.
 *
 * <p>Not thread-safe: one per sentence and verb being matched.
 */
final class Phrases {

    private static final Set<String> CHUNK_MODIFIERS = Set.of("det", "det:predet", "amod", "compound", "nmod:poss",
            "nummod", "flat", "nmod:npmod", "obl:npmod", "advmod");
    private static final Set<String> INSIDE_CHUNK = Set.of("compound", "flat", "fixed", "nmod:poss", "amod",
            "goeswith");

    /** A noun phrase: its head and first and last token. */
    record Chunk(int head, int start, int end) {
    }

    private final Sentence sentence;
    private final LocalDate date;
    private final ActorResolver resolver;
    private final List<Chunk> chunks = new ArrayList<>();
    private final Map<Integer, Boolean> coded = new HashMap<>();

    Phrases(Sentence s, LocalDate date, ActorResolver resolver) {
        this.sentence = s;
        this.date = date;
        this.resolver = resolver;
        for (int i = 0; i < s.size(); i++) {
            if (isHead(s, i)) {
                chunks.add(new Chunk(i, start(s, i), end(s, i)));
            }
        }
    }

    /** A noun that heads its own phrase: not part of another's name or modifiers ("Eriadori and Calenardhon leaders"). */
    private static boolean isHead(Sentence s, int i) {
        Token t = s.token(i);
        int first = i;
        while (s.hasRelation(first, "conj") && s.governor(first) >= 0) {
            first = s.governor(first);
        }
        return (t.isNoun() || t.tag().equals("CD")) && !INSIDE_CHUNK.contains(s.relation(i))
                && !INSIDE_CHUNK.contains(s.relation(first));
    }

    private static int start(Sentence s, int head) {
        int first = head;
        for (int c : s.children(head)) {
            if (c < head && CHUNK_MODIFIERS.contains(s.relation(c))) {
                first = Math.min(first, leftmost(s, c));
            }
        }
        return first;
    }

    private static int end(Sentence s, int head) {
        int last = head;
        for (int c : s.children(head)) {
            if (c > head && (s.hasRelation(c, "flat") || s.hasRelation(c, "compound"))) {
                last = Math.max(last, c);
            }
        }
        return last;
    }

    private static int leftmost(Sentence s, int i) {
        int min = i;
        for (int c : s.children(i)) {
            min = Math.min(min, leftmost(s, c));
        }
        return min;
    }

    boolean isCoded(Chunk c) {
        return coded.computeIfAbsent(c.head(), h -> !resolver.resolve(sentence, h, date).isEmpty());
    }

    /** The first phrase whose head is at or after {@code pos}; with {@code coded}, the first naming an actor. */
    Chunk next(int pos, boolean mustBeCoded, boolean coordination) {
        for (Chunk c : chunks) {
            if (c.head() >= pos && accepts(c, mustBeCoded, coordination)) {
                return root(c);
            }
        }
        return null;
    }

    /** The nearest phrase whose head is before {@code limit}, going back. */
    Chunk previous(int limit, boolean mustBeCoded, boolean coordination) {
        for (int i = chunks.size() - 1; i >= 0; i--) {
            Chunk c = chunks.get(i);
            if (c.head() < limit && accepts(c, mustBeCoded, coordination)) {
                return root(c);
            }
        }
        return null;
    }

    private boolean accepts(Chunk c, boolean mustBeCoded, boolean coordination) {
        Chunk root = root(c);
        return (!mustBeCoded || isCoded(c) || isCoded(root))
                && (!coordination || sentence.children(root.head(), "conj").stream().anyMatch(this::isChunkHead));
    }

    private boolean isChunkHead(int i) {
        return chunks.stream().anyMatch(c -> c.head() == i);
    }

    /** The first member of the coordination {@code c} belongs to, or {@code c}. */
    private Chunk root(Chunk c) {
        int head = c.head();
        while (sentence.hasRelation(head, "conj") && isChunkHead(sentence.governor(head))) {
            head = sentence.governor(head);
        }
        int h = head;
        return chunks.stream().filter(x -> x.head() == h).findFirst().orElse(c);
    }

    /** The heads of the members of the coordination headed by {@code c}. */
    List<Integer> members(Chunk c) {
        return ActorResolver.withConjuncts(sentence, c.head());
    }

    /** The last member of the coordination headed by {@code c}. */
    Chunk lastMember(Chunk c) {
        List<Integer> members = members(c);
        int last = members.stream().mapToInt(Integer::intValue).max().orElse(c.head());
        return chunks.stream().filter(x -> x.head() == last).findFirst().orElse(c);
    }

    /** The nearest phrase before the verb that names an actor, or null. */
    Chunk codedBefore(int verb) {
        return previous(verb, true, false);
    }

    /**
     * The first phrase after the verb and within its clause that names an actor and is none of
     * {@code sources}, with its coordinated members; empty if there is none.
     */
    List<Integer> firstCodedAfter(int verb, List<Integer> sources) {
        for (Chunk c : chunks) {
            if (c.head() > verb && within(c.head(), verb) && !sources.contains(c.head()) && isCoded(c)) {
                List<Integer> members = new ArrayList<>(members(root(c)));
                members.removeIf(m -> m < verb || sources.contains(m));
                return members.isEmpty() ? List.of(c.head()) : members;
            }
        }
        return List.of();
    }

    /** True if a noun phrase other than a bare time ("today") follows the verb within its clause. */
    boolean anyAfter(int verb) {
        return chunks.stream().anyMatch(c -> c.head() > verb && within(c.head(), verb)
                && !sentence.hasRelation(c.head(), "obl:tmod") && !sentence.hasRelation(c.head(), "nmod:tmod"));
    }

    private boolean within(int token, int verb) {
        for (int t = token; t >= 0; t = sentence.governor(t)) {
            if (t == verb) {
                return true;
            }
        }
        return false;
    }

    Sentence sentence() {
        return sentence;
    }
}
