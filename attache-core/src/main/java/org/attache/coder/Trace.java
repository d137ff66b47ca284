package org.attache.coder;

import java.util.ArrayList;
import java.util.List;
import org.attache.events.Event;

/**
 * What the coder decided for each verb of a sentence, in order: the notes behind {@code attache
 * explain}. Not thread-safe; one per sentence coded.
 */
public final class Trace {

    /** One decision about the verb at token {@code verb}: a note, or the event it produced. */
    public record Step(int verb, String note, Event event) {
    }

    private final List<Step> steps = new ArrayList<>();

    void note(int verb, String note) {
        steps.add(new Step(verb, note, null));
    }

    void event(int verb, Event event) {
        steps.add(new Step(verb, null, event));
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
