package org.attache.petrarch;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <Sentence>} of a PETRARCH validation file: the text, its date, what it must code and
 * the options in force for it.
 *
 * @param expected the events it must code, sorted; empty with {@code noEvents} or an {@code error}
 * @param error the error PETRARCH must report instead of coding ("storydiscard", "bad_input_parse"),
 *     or null
 * @param parse the record's constituency parse as written, or null; Attaché parses the text itself
 *     and only checks this one is well formed
 */
public record ValidationRecord(String id, String category, LocalDate date, String text, String parse,
                               List<Coding> expected, boolean noEvents, String error, ValidationOptions options) {

    /** One coded event as PETRARCH writes it: source and target codes ({@code ---} if unknown) and event code. */
    public record Coding(String source, String target, String code) implements Comparable<Coding> {

        private static final Comparator<Coding> ORDER = Comparator.comparing(Coding::source)
                .thenComparing(Coding::target).thenComparing(Coding::code);

        public Coding {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public int compareTo(Coding other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return "(" + source + ", " + target + ", " + code + ")";
        }
    }

    public ValidationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        expected = expected.stream().sorted().toList();
        Objects.requireNonNull(options, "options");
    }

    /** What the record expects, in the form mismatches are printed: the sorted events or the error. */
    public String expectation() {
        return error != null ? "error=" + error : expected.toString();
    }
}
