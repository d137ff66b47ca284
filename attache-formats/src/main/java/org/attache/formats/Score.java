package org.attache.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring predictions against a gold standard, at the root and base level. Immutable.
 *
 * @param sentences how many gold items were scored
 */
public record Score(LevelScore root, LevelScore base, int sentences) {

    public Score {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(base, "base");
        if (sentences < 0) {
            throw new IllegalArgumentException("sentences must not be negative, was " + sentences);
        }
    }

    /** The root-level errors, the list {@code score.py --errors} prints. */
    public List<ScoringError> errors() {
        return root.errors();
    }

    /**
     * Exactly what {@code score.py GOLD PREDICTED [--errors]} prints, each line ended by {@code \n}:
     * with errors, one line per root-level error and an empty line; then the base and root figures.
     */
    public String report(boolean withErrors) {
        StringBuilder out = new StringBuilder();
        if (withErrors) {
            for (ScoringError error : errors()) {
                out.append(error.line()).append('\n');
            }
            out.append('\n');
        }
        out.append(figures("base", base)).append('\n');
        out.append(figures("root", root)).append('\n');
        return out.toString();
    }

    private String figures(String name, LevelScore level) {
        return name + ": precision " + threeDecimals(level.precision()) + " recall " + threeDecimals(level.recall())
                + " F1 " + threeDecimals(level.f1()) + " (tp " + level.tp() + ", fp " + level.fp() + ", fn "
                + level.fn() + ", " + sentences + " sentences)";
    }

    /**
     * Python's {@code format(x, ".3f")}: the exact binary value rounded half to even. Java's
     * {@code %.3f} rounds half up from the shortest decimal, which differs on ties such as 0.0625.
     */
    static String threeDecimals(double value) {
        return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
