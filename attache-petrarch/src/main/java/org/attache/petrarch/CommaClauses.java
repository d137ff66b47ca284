package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.text.Sentence;
import org.attache.text.Token;

/**
 * PETRARCH's dropping of short comma-delimited clauses before coding ("Arnor restored ties with
 * Gondor, five years after crowds burned its embassy, a senior official said."): an initial,
 * internal or terminal clause whose length in words lies within the options' bounds is removed, so
 * that asides and attributions do not yield events of their own.
 *
 * <p>Only commas that separate clauses count: a comma inside a noun phrase ("Mordor, Rohan and
 * Bree", "complete, full ties") hangs on a noun or adjective in the parse and delimits nothing, as
 * PETRARCH's own test on the constituency tree decides. Stateless.
 */
final class CommaClauses {

    private static final Set<String> PUNCTUATION = Set.of(",", ".", ":", ";", "``", "''", "-LRB-", "-RRB-", "HYPH",
            "NFP");

    private CommaClauses() {
    }

    /** The sentence without the clauses the options drop, or the same sentence if none. */
    static Sentence drop(Sentence parsed, ValidationOptions options) {
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.token(i).word().equals(",") && delimitsClauses(parsed, i)) {
                commas.add(i);
            }
        }
        if (commas.isEmpty()) {
            return parsed;
        }
        boolean[] dropped = new boolean[parsed.size()];
        int first = commas.get(0);
        if (within(words(parsed, 0, first), options.commaBmin(), options.commaBmax())) {
            mark(dropped, 0, first);
        }
        for (int k = 0; k + 1 < commas.size(); k++) {
            int from = commas.get(k);
            int to = commas.get(k + 1);
            if (within(words(parsed, from + 1, to), options.commaMin(), options.commaMax())) {
                mark(dropped, from, to - 1);
            }
        }
        int last = commas.get(commas.size() - 1);
        if (within(words(parsed, last + 1, parsed.size()), options.commaEmin(), options.commaEmax())) {
            int end = parsed.size();
            while (end > last + 1 && PUNCTUATION.contains(parsed.token(end - 1).tag())) {
                end--; // the final period stays
            }
            mark(dropped, last, end - 1);
        }
        List<Token> kept = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (!dropped[i]) {
                Token t = parsed.token(i);
                kept.add(new Token(kept.size(), t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
            }
        }
        if (kept.size() == parsed.size() || kept.isEmpty()) {
            return parsed;
        }
        return new Sentence(parsed.index(), parsed.text(), parsed.begin(), kept);
    }

    /**
     * A comma inside a noun phrase separates the members of a list ("Mordor, Rohan and Bree",
     * "complete, full ties") or an apposition ("Dagolath, its biggest trading partner"): the phrases
     * on both sides belong to one coordination. Any other comma delimits clauses.
     */
    private static boolean delimitsClauses(Sentence s, int comma) {
        int after = comma + 1;
        while (after < s.size() && (s.hasRelation(after, "cc") || PUNCTUATION.contains(s.token(after).tag()))) {
            after++;
        }
        if (comma == 0 || after >= s.size()) {
            return true;
        }
        int before = phraseHead(s, comma - 1);
        int next = phraseHead(s, after);
        return before != next && listHead(s, before) != listHead(s, next);
    }

    private static final Set<String> WITHIN_PHRASE = Set.of("amod", "compound", "det", "det:predet", "nummod",
            "advmod", "flat", "case", "nmod:poss", "cc", "punct", "fixed");

    private static int phraseHead(Sentence s, int i) {
        int head = i;
        while (s.governor(head) >= 0 && WITHIN_PHRASE.contains(s.relation(head))) {
            head = s.governor(head);
        }
        return head;
    }

    private static int listHead(Sentence s, int i) {
        int head = i;
        while (s.governor(head) >= 0 && (s.hasRelation(head, "conj") || s.hasRelation(head, "appos"))) {
            head = s.governor(head);
        }
        return head;
    }

    private static int words(Sentence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!PUNCTUATION.contains(s.token(i).tag())) {
                n++;
            }
        }
        return n;
    }

    private static boolean within(int words, int min, int max) {
        return max > 0 && words >= min && words <= max;
    }

    private static void mark(boolean[] dropped, int from, int to) {
        for (int i = from; i <= to; i++) {
            dropped[i] = true;
        }
    }
}
