package org.attache.coder;

import java.util.Set;
import org.attache.text.Sentence;

/**
 * Decides whether the clause of a verb is negated, hypothetical or an announced intent, by
 * reading its own dependents and those of the clauses and nouns that govern it ("did not send",
 * "could invade", "no evidence that ... attacked", "denied that ... supplied", "if ... collapse").
 * Thread-safe.
 */
final class ModalityReader {

    /** The modality of one clause. */
    record Assessment(boolean negated, boolean hypothetical, boolean intent) {
    }

    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj",
            "nsubj", "obj", "obl", "nmod");

    private final Modality words;

    ModalityReader(Modality words) {
        this.words = words;
    }

    Assessment assess(Sentence s, int verb) {
        int governor = s.governor(verb);
        if (s.hasRelation(verb, "conj") && governor >= 0 && s.token(governor).isVerb()
                && s.children(verb, "nsubj").isEmpty() && s.children(verb, "aux").isEmpty()) {
            // "Russia would strike and occupy ...": a verb that shares its subject and has no
            // auxiliary of its own shares the first verb's modality; its own negation still counts
            Assessment shared = assess(s, governor);
            return new Assessment(shared.negated() || ownNegation(s, verb), shared.hypothetical(), shared.intent());
        }
        boolean negated = false;
        boolean hypothetical = s.text().strip().endsWith("?");
        boolean intent = false;
        int node = verb;
        for (int level = 0; level < 8; level++) {
            boolean willOrWould = false;
            boolean perfect = false;
            for (int c : s.children(node)) {
                String lemma = s.token(c).key();
                String word = s.token(c).word().toLowerCase(java.util.Locale.ROOT);
                String rel = s.relation(c);
                if ((rel.equals("advmod") || rel.equals("det") || rel.startsWith("neg") || rel.equals("cc:preconj"))
                        && (words.is("negation", lemma) || words.is("negation", word))) {
                    negated = true;
                } else if (rel.equals("aux")) {
                    if (words.is("hypothetical-aux", lemma) || words.is("hypothetical-aux", word)) {
                        hypothetical = true;
                    } else if (words.is("intent-aux", lemma) || words.is("intent-aux", word)) {
                        willOrWould = true;
                    } else if (words.is("counterfactual-aux", lemma)) {
                        perfect = true;
                    }
                } else if (rel.equals("mark") && words.is("conditional", lemma)) {
                    hypothetical = true;
                } else if (rel.equals("mark") && words.is("negation", lemma)) {
                    negated = true; // "left without signing the deal"
                }
            }
            if (invertedCondition(s, node)) {
                hypothetical = true; // "Had Russian forces captured Kyiv, Europe would..."
            }
            if (level == 0 && futureTimeClause(s, node)) {
                hypothetical = true; // "would lift sanctions once inspectors verified ...": not yet
            }
            if (level == 0 && unrealisedInfinitive(s, node)) {
                hypothetical = true; // "inducements for Pyongyang to join", "sent troops to help fight"
            }
            if (level == 0 && negatedObject(s, node)) {
                negated = true; // "had no talks", "has no intention of meeting"
            }
            if (willOrWould && perfect) {
                hypothetical = true;
            } else if (willOrWould && level == 0) {
                intent = true;
            }
            if (level > 0 && words.is("speculation", s.token(node).key())) {
                hypothetical = true;
            }
            if (level > 0 && words.is("allegation", s.token(node).key())) {
                hypothetical = true; // "accused Kyiv of shelling": alleged, not established
            }
            if (level > 0 && words.is("denial", s.token(node).key())) {
                negated = true;
            }
            int parent = s.governor(node);
            // "agreed to restore ties under a deal brokered by China": the brokering is done, whatever
            // the clause that names the deal plans
            boolean describesANoun = level == 0 && (Clause.isReducedRelative(s, node) || tellsAPastDeed(s, node));
            // "denied backing the rebels": a verb the parser left as a bare dependent of another is its complement
            boolean looseComplement = parent >= 0 && s.relation(node).equals("dep") && s.token(node).isVerb()
                    && s.token(parent).isVerb();
            if (parent < 0 || !(CLAUSAL.contains(s.relation(node)) || looseComplement) || statesAFact(s, node)
                    || describesANoun) {
                break;
            }
            node = parent;
        }
        return new Assessment(negated, hypothetical, intent);
    }

    /**
     * "Kinshasa, which had cut ties with Kigali, accused Rwanda of...": a relative clause in the past
     * tells what its noun did, whatever the clause that names the noun alleges or plans.
     */
    private static boolean tellsAPastDeed(Sentence s, int node) {
        if (!s.relation(node).equals("acl:relcl")) {
            return false;
        }
        String tag = s.token(node).tag();
        boolean perfect = tag.equals("VBN") && s.children(node, "aux").stream()
                .anyMatch(a -> s.token(a).key().equals("have"));
        return tag.equals("VBD") || perfect;
    }

    /**
     * A subordinate clause opened by its auxiliary instead of "if": "Had Russian forces captured
     * Kyiv", "Were the talks to fail", "Should Iran attack".
     */
    private static boolean invertedCondition(Sentence s, int node) {
        if (!s.relation(node).equals("advcl")) {
            return false;
        }
        int subject = s.child(node, "nsubj");
        return subject >= 0 && s.children(node, "aux").stream()
                .anyMatch(a -> a < subject && INVERTING.contains(s.token(a).word().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<String> INVERTING = Set.of("had", "were", "should");

    /** Subordinators of clauses that tell what happened, whatever the main clause does with it. */
    private static final Set<String> FACTUAL = Set.of("after", "because", "since", "as", "although", "though",
            "while", "when", "whereas");

    /**
     * "warned North Korea against provocations after Pyongyang blew up roads": a past clause
     * opened by "after", "because"... is a fact, not part of what was warned, urged or planned.
     */
    private static boolean statesAFact(Sentence s, int node) {
        // "after talks brokered by Turkey": a bare participle tells a past fact too
        boolean past = s.token(node).tag().equals("VBD")
                || (s.token(node).tag().equals("VBN") && s.children(node, "aux").isEmpty());
        return s.relation(node).equals("advcl") && past
                && s.children(node, "mark").stream().anyMatch(m -> FACTUAL.contains(s.token(m).key()));
    }

    /**
     * An infinitive that depends on a noun ("efforts to find a solution") or states a purpose
     * ("deployed troops to fight") names an aim, not something that happened.
     */
    private static boolean unrealisedInfinitive(Sentence s, int verb) {
        boolean infinitive = s.token(verb).tag().equals("VB")
                && s.children(verb, "mark").stream().anyMatch(m -> s.token(m).key().equals("to"));
        String rel = s.relation(verb);
        return infinitive && (rel.startsWith("acl") || rel.equals("advcl")) && !Clause.isFirstToAct(s, verb);
    }

    private static final java.util.Set<String> TIME_MARKS = java.util.Set.of("once", "when", "after", "before",
            "until", "till");

    /** A time clause ("once", "when") of a clause in the future or conditional is not a fact yet. */
    private boolean futureTimeClause(Sentence s, int verb) {
        int governor = s.governor(verb);
        if (governor < 0 || !s.relation(verb).equals("advcl")) {
            return false;
        }
        boolean timed = s.children(verb, "mark").stream().anyMatch(m -> TIME_MARKS.contains(s.token(m).key()))
                || s.children(verb, "advmod").stream().anyMatch(m -> TIME_MARKS.contains(s.token(m).key()));
        boolean future = s.children(governor, "aux").stream().anyMatch(a -> words.is("intent-aux", s.token(a).key())
                || words.is("intent-aux", s.token(a).word().toLowerCase(java.util.Locale.ROOT)));
        return timed && future;
    }

    private boolean ownNegation(Sentence s, int verb) {
        for (int c : s.children(verb)) {
            String rel = s.relation(c);
            if ((rel.equals("advmod") || rel.startsWith("neg")) && words.is("negation", s.token(c).key())) {
                return true;
            }
        }
        return negatedObject(s, verb);
    }

    private boolean negatedObject(Sentence s, int verb) {
        for (int o : s.children(verb, "obj")) {
            for (int d : s.children(o, "det")) {
                if (words.is("negation", s.token(d).key())) {
                    return true;
                }
            }
        }
        return false;
    }
}
