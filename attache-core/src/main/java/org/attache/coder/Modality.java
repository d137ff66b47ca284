package org.attache.coder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;

/**
 * The words that take an event out of the factual record, read from {@code modality.txt}: each
 * line is {@code KIND: word; word}. Kinds: {@code negation} (dependents that negate a clause),
 * {@code hypothetical-aux} (could, might), {@code intent-aux} (will, would), {@code conditional}
 * (if, unless), {@code speculation} (verbs and nouns that govern an unrealised clause: plan,
 * consider, report), {@code denial} (verbs whose complement is denied), {@code reporting} (verbs
 * that report what their complement says happened: say, tell), {@code allegation} (verbs whose
 * complement is alleged, not established: accuse of), {@code exercise} (nouns of military drills: force
 * used "in drills" is a show of force), {@code aspectual} (verbs that only tell when their complement
 * happens: began seizing), {@code judgement} (adjectives by which whoever is reported to say them
 * judges their subject: "said the cooperation was troubling"), {@code retaliation} (verbs of striking
 * back, aimed at whoever last acted against the source), {@code exchange} (verbs whose coordinated
 * subjects act on each other: "exchanged fire"), {@code causative} (verbs that bring about what
 * their complement tells: "prompting Serbia to recall"). Immutable, thread-safe.
 */
public final class Modality {

    static final List<String> KINDS = List.of("negation", "hypothetical-aux", "intent-aux", "conditional",
            "speculation", "denial", "counterfactual-aux", "reporting", "allegation", "exercise", "aspectual", "judgement", "retaliation",
            "exchange", "causative");

    private final Map<String, Set<String>> words;

    private Modality(Map<String, Set<String>> words) {
        this.words = words;
    }

    public static Modality read(DictionaryText text) {
        Map<String, Set<String>> words = new HashMap<>();
        for (Line line : text.lines()) {
            int colon = line.text().indexOf(':');
            String kind = colon < 0 ? "" : line.text().substring(0, colon).strip();
            if (!KINDS.contains(kind)) {
                text.problem(line, "expected 'KIND: word; word' with KIND one of " + KINDS + ": " + line.text());
                continue;
            }
            words.merge(kind, Set.copyOf(DictionaryText.list(line.text().substring(colon + 1))), (a, b) -> {
                java.util.Set<String> all = new java.util.HashSet<>(a);
                all.addAll(b);
                return Set.copyOf(all);
            });
        }
        for (String kind : KINDS) {
            words.putIfAbsent(kind, Set.of());
        }
        return new Modality(Map.copyOf(words));
    }

    public boolean is(String kind, String lemma) {
        return words.get(kind).contains(lemma);
    }
}
