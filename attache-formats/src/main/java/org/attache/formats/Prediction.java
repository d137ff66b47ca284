package org.attache.formats;

import java.util.Objects;
import org.attache.events.Event;

/**
 * A coded event as the scorer sees it: the document, the two actor codes, the CAMEO code and the
 * two flags that make it a non-claim. Immutable.
 *
 * @param source the source actor's code, or null; an empty code is read as null, as {@code score.py} does
 * @param target the target actor's code, or null
 * @param cameo the CAMEO event code
 */
public record Prediction(String docId, String source, String target, String cameo, boolean negated,
                         boolean hypothetical) {

    public Prediction {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(cameo, "cameo");
        source = source == null || source.isEmpty() ? null : source;
        target = target == null || target.isEmpty() ? null : target;
    }

    /** The scorer's view of a coded event. */
    public static Prediction of(Event event) {
        return new Prediction(event.docId(), event.source().code(),
                event.target() == null ? null : event.target().code(), event.cameo().code(), event.negated(),
                event.hypothetical());
    }

    /** Whether the prediction is a claim: predictions negated or hypothetical are never scored. */
    public boolean isAsserted() {
        return !negated && !hypothetical;
    }
}
