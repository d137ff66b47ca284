package org.attache.formats;

import java.util.List;
import java.util.Objects;

/**
 * The figures at one level of the CAMEO code (root: two digits, base: three) and the errors found
 * at that level, in the order {@code score.py} lists them. Immutable.
 *
 * @param tp gold events (not optional) matched by a prediction
 * @param fp counted predictions that matched nothing and are excused by no optional or symmetric gold event
 * @param fn gold events (not optional) left unmatched
 */
public record LevelScore(int tp, int fp, int fn, List<ScoringError> errors) {

    public LevelScore {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("tp, fp and fn must not be negative, were " + tp + ", " + fp + ", " + fn);
        }
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    }

    /** Matched / counted predictions; 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** Matched / required gold events; 0 when the gold requires none. */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** The harmonic mean of precision and recall, computed in score.py's order so the last digit agrees. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
    }
}
