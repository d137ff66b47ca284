package org.attache.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Sorts scoring errors by their likely cause, so that the next fix is obvious: a miss whose event
 * was coded but flagged negated, a right pair of actors with the wrong code, a missing target, a
 * sentence where nothing was coded at all (a verb or an actor the dictionaries lack), an event where
 * the gold has none. The cause is read from what was predicted for the same item, so it is a
 * diagnosis, not a certainty. Stateless.
 */
public final class ErrorCauses {

    private ErrorCauses() {
    }

    /** The causes, each with its errors, most frequent first. */
    public static Map<String, List<ScoringError>> group(GoldStandard gold, List<Prediction> predictions,
                                                        List<ScoringError> errors) {
        Map<String, List<GoldEvent>> goldById = new LinkedHashMap<>();
        gold.items().forEach(i -> goldById.put(i.id(), i.events()));
        Map<String, List<Prediction>> predictedById = new LinkedHashMap<>();
        predictions.forEach(p -> predictedById.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p));
        Map<String, List<ScoringError>> byCause = new LinkedHashMap<>();
        for (ScoringError e : errors) {
            List<Prediction> predicted = predictedById.getOrDefault(e.docId(), List.of());
            String cause = e.kind() == ScoringError.Kind.MISS ? missCause(e, predicted)
                    : extraCause(e, goldById.getOrDefault(e.docId(), List.of()));
            byCause.computeIfAbsent(cause, k -> new ArrayList<>()).add(e);
        }
        Map<String, List<ScoringError>> sorted = new LinkedHashMap<>();
        byCause.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(en -> sorted.put(en.getKey(), en.getValue()));
        return sorted;
    }

    /** The grouped errors as text: a heading per cause with its count, then its error lines. */
    public static String report(Map<String, List<ScoringError>> byCause) {
        StringBuilder out = new StringBuilder("Errors by likely cause:\n");
        byCause.forEach((cause, errors) -> {
            out.append(String.format(Locale.ROOT, "%n%s (%d)%n", cause, errors.size()));
            errors.forEach(e -> out.append("  ").append(e.line()).append('\n'));
        });
        return out.toString();
    }

    private static String missCause(ScoringError g, List<Prediction> predicted) {
        if (any(predicted, p -> !p.isAsserted() && actors(g, p) && code(g.code(), p.cameo()))) {
            return "MISS: coded, but flagged negated or hypothetical";
        }
        List<Prediction> asserted = predicted.stream().filter(Prediction::isAsserted).toList();
        if (any(asserted, p -> actors(g, p))) {
            return "MISS: right actors, wrong code (verb pattern)";
        }
        if (any(asserted, p -> code(g.code(), p.cameo()) && actor(g.source(), p.source()))) {
            return any(asserted, p -> code(g.code(), p.cameo()) && actor(g.source(), p.source()) && p.target() == null)
                    ? "MISS: target not found" : "MISS: wrong target";
        }
        if (any(asserted, p -> code(g.code(), p.cameo()) && actor(g.target(), p.target()))) {
            return "MISS: wrong source";
        }
        if (!predicted.isEmpty()) {
            return "MISS: other events coded in the item, not this one";
        }
        return "MISS: nothing coded (verb or actor missing from the dictionaries)";
    }

    private static String extraCause(ScoringError p, List<GoldEvent> gold) {
        if (gold.isEmpty()) {
            return "EXTRA: event where the gold has none (negation, modality, no interaction)";
        }
        if (gold.stream().anyMatch(g -> actor(g.source(), p.source()) && actor(g.target(), p.target()))) {
            return "EXTRA: right actors, wrong code (verb pattern)";
        }
        if (gold.stream().anyMatch(g -> code(g.code(), p.code()) && actor(g.source(), p.source()))) {
            return p.target() == null ? "EXTRA: target not found" : "EXTRA: wrong target";
        }
        if (gold.stream().anyMatch(g -> code(g.code(), p.code()) && actor(g.target(), p.target()))) {
            return "EXTRA: wrong source";
        }
        return "EXTRA: event the gold does not have";
    }

    private static boolean any(List<Prediction> predicted, Predicate<Prediction> test) {
        return predicted.stream().anyMatch(test);
    }

    private static boolean actors(ScoringError g, Prediction p) {
        return actor(g.source(), p.source()) && actor(g.target(), p.target());
    }

    /** As the scorer: a gold prefix matches a code that starts with it; no gold actor matches any. */
    private static boolean actor(String gold, String predicted) {
        return gold == null || (predicted != null && predicted.toUpperCase(Locale.ROOT)
                .startsWith(gold.toUpperCase(Locale.ROOT)));
    }

    /** Same root: the level at which the errors are listed. */
    private static boolean code(String goldExpression, String predicted) {
        for (String alternative : goldExpression.split("\\|")) {
            if (alternative.equals("*") || predicted.startsWith(alternative.substring(0, Math.min(2,
                    alternative.length())))) {
                return true;
            }
        }
        return false;
    }
}
