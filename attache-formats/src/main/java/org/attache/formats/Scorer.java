package org.attache.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores predictions against a gold standard with the rules of the gold standards' {@code FORMAT.md},
 * as implemented by the reference script {@code score.py} (this class is a line-by-line port, and a
 * test runs both on the same files).
 *
 * <p>Per gold item, gold and predicted events are matched one to one, greedily, gold events taken
 * required before optional and specific before open-ended (target named, source named, no
 * {@code *}), predictions in their order. An actor matches when the predicted code starts with the
 * gold prefix (case-insensitive; a null gold actor matches anything); a code matches when one of the
 * {@code |} alternatives is {@code *} or equals the predicted code on the level's digits, a gold code
 * shorter than the level needing only the root. A symmetric gold event also matches the reversed
 * pair. Negated and hypothetical predictions are not counted, nor are root-01 predictions for an
 * item whose gold has no root-01 alternative. Unmatched predictions that match an optional or
 * symmetric gold event are not errors. Predictions for ids not in the gold are ignored.
 *
 * <p>Thread-safety: stateless.
 */
public final class Scorer {

    private static final int ROOT_DIGITS = 2;
    private static final int BASE_DIGITS = 3;
    private static final String STATEMENT_ROOT = "01";

    // score.py sorts on (optional, target is None, source is None, "*" in code); false sorts first
    // and Python's sort, like List.sort, is stable.
    private static final Comparator<GoldEvent> MATCHING_ORDER = Comparator.comparing(GoldEvent::optional)
            .thenComparing(g -> g.target() == null)
            .thenComparing(g -> g.source() == null)
            .thenComparing(g -> g.code().contains("*"));

    private Scorer() {
    }

    /** Scores {@code predictions} (in their order) against every item of {@code gold}. */
    public static Score score(GoldStandard gold, Collection<Prediction> predictions) {
        Map<String, List<Prediction>> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            byDoc.computeIfAbsent(p.docId(), id -> new ArrayList<>()).add(p);
        }
        return new Score(score(gold.items(), byDoc, ROOT_DIGITS), score(gold.items(), byDoc, BASE_DIGITS),
                gold.size());
    }

    private static LevelScore score(List<GoldItem> items, Map<String, List<Prediction>> byDoc, int digits) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<ScoringError> errors = new ArrayList<>();
        for (GoldItem item : items) {
            List<GoldEvent> golds = item.events();
            List<Prediction> preds = byDoc.getOrDefault(item.id(), List.of()).stream()
                    .filter(p -> counted(p, golds)).toList();
            boolean[] used = new boolean[preds.size()];
            List<GoldEvent> order = new ArrayList<>(golds);
            order.sort(MATCHING_ORDER);
            for (GoldEvent g : order) {
                int hit = firstMatch(g, preds, used, digits);
                if (hit >= 0) {
                    used[hit] = true;
                    tp += g.optional() ? 0 : 1;
                } else if (!g.optional()) {
                    fn++;
                    errors.add(new ScoringError(ScoringError.Kind.MISS, item.id(), g.source(), g.target(), g.code(),
                            item.text()));
                }
            }
            for (int i = 0; i < preds.size(); i++) {
                Prediction p = preds.get(i);
                if (used[i] || excused(p, golds, digits)) {
                    continue;
                }
                fp++;
                errors.add(new ScoringError(ScoringError.Kind.EXTRA, item.id(), p.source(), p.target(), p.cameo(),
                        item.text()));
            }
        }
        return new LevelScore(tp, fp, fn, errors);
    }

    private static int firstMatch(GoldEvent g, List<Prediction> preds, boolean[] used, int digits) {
        for (int i = 0; i < preds.size(); i++) {
            if (!used[i] && eventMatches(g, preds.get(i), digits)) {
                return i;
            }
        }
        return -1;
    }

    /** An unmatched prediction is no error if an optional or symmetric gold event accepts it. */
    private static boolean excused(Prediction p, List<GoldEvent> golds, int digits) {
        return golds.stream().anyMatch(g -> (g.optional() || g.symmetric()) && eventMatches(g, p, digits));
    }

    static boolean counted(Prediction p, List<GoldEvent> golds) {
        if (!p.isAsserted()) {
            return false;
        }
        if (p.cameo().startsWith(STATEMENT_ROOT)) {
            return golds.stream().anyMatch(g -> alternatives(g.code()).stream().anyMatch(a -> a.startsWith(STATEMENT_ROOT)));
        }
        return true;
    }

    static boolean eventMatches(GoldEvent g, Prediction p, int digits) {
        if (!codeMatches(g.code(), p.cameo(), digits)) {
            return false;
        }
        return actorMatches(g.source(), p.source()) && actorMatches(g.target(), p.target())
                || g.symmetric() && actorMatches(g.target(), p.source()) && actorMatches(g.source(), p.target());
    }

    static boolean codeMatches(String gold, String predicted, int digits) {
        for (String alt : alternatives(gold)) {
            if (alt.equals("*")) {
                return true;
            }
            if (alt.length() < digits) {
                if (head(predicted, ROOT_DIGITS).equals(head(alt, ROOT_DIGITS))) {
                    return true;
                }
            } else if (head(predicted, digits).equals(head(alt, digits))) {
                return true;
            }
        }
        return false;
    }

    static boolean actorMatches(String gold, String predicted) {
        return gold == null
                || predicted != null && predicted.toUpperCase(Locale.ROOT).startsWith(gold.toUpperCase(Locale.ROOT));
    }

    /** Python's {@code code.split("|")}: empty alternatives kept. */
    private static List<String> alternatives(String code) {
        return List.of(code.split("\\|", -1));
    }

    /** Python's {@code s[:n]}: never fails on a short string. */
    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
