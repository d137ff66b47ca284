package org.attache.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a validation run, overall and per category: records coded correctly, recall of
 * the expected events, and events coded that no record expects. Immutable.
 */
public record ValidationReport(List<RecordResult> results) {

    /** The figures of one category (or of all records). */
    public record Tally(String category, int records, int correct, int expected, int found, int extra) {

        public double accuracy() {
            return records == 0 ? 0 : (double) correct / records;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        /** Extra events per record. */
        public double extraRate() {
            return records == 0 ? 0 : (double) extra / records;
        }

        Tally plus(RecordResult r) {
            return new Tally(category, records + 1, correct + (r.correct() ? 1 : 0),
                    expected + r.record().expected().size(), found + r.found(), extra + r.extra());
        }
    }

    public ValidationReport {
        results = List.copyOf(results);
    }

    public Tally total() {
        Tally t = new Tally("all", 0, 0, 0, 0, 0);
        for (RecordResult r : results) {
            t = t.plus(r);
        }
        return t;
    }

    /** The tally of each category, in the order categories first appear. */
    public List<Tally> byCategory() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (RecordResult r : results) {
            String c = r.record().category();
            tallies.put(c, tallies.getOrDefault(c, new Tally(c, 0, 0, 0, 0, 0)).plus(r));
        }
        return new ArrayList<>(tallies.values());
    }

    /** The per-category table and the total, one line each. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %7s %7s %6s %8s %7s %6s %6s%n", "category", "records", "correct",
                "%", "expected", "found", "recall", "extra"));
        for (Tally t : byCategory()) {
            line(b, t);
        }
        line(b, total());
        return b.toString();
    }

    private static void line(StringBuilder b, Tally t) {
        b.append(String.format(Locale.ROOT, "%-10s %7d %7d %5.1f%% %8d %7d %5.1f%% %6d%n", t.category(), t.records(),
                t.correct(), 100 * t.accuracy(), t.expected(), t.found(), 100 * t.recall(), t.extra()));
    }

    /** PETRARCH's closing line. */
    public String summary() {
        Tally t = total();
        return "Correctly identified: " + t.correct() + " out of " + t.records();
    }
}
