package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attache.events.Event;
import org.attache.petrarch.ValidationRecord.Coding;

/**
 * What Attaché made of one validation record: the events it coded (as PETRARCH codings, sorted,
 * each once) or the error it reported instead, with the events themselves for explanations.
 *
 * @param error the error reported instead of coding, or null
 * @param events the coder's events behind {@code actual}
 * @param notes why verbs coded nothing ("said: no pattern matches"), for explanations
 */
public record RecordResult(ValidationRecord record, List<Coding> actual, String error, List<Event> events,
                           List<String> notes) {

    public RecordResult {
        Objects.requireNonNull(record, "record");
        actual = actual.stream().sorted().toList();
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** True when the record got exactly what it expects: the same events, or the same error. */
    public boolean correct() {
        if (record.error() != null || error != null) {
            return Objects.equals(record.error(), error);
        }
        return record.expected().equals(actual);
    }

    /** How many of the expected events were coded (each coded event counts for one expected). */
    public int found() {
        List<Coding> left = new ArrayList<>(actual);
        int found = 0;
        for (Coding c : record.expected()) {
            if (left.remove(c)) {
                found++;
            }
        }
        return found;
    }

    /** How many coded events the record does not expect. */
    public int extra() {
        return actual.size() - found();
    }

    /** What was coded, in the form mismatches are printed. */
    public String outcome() {
        return error != null ? "error=" + error : actual.toString();
    }
}
