package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCausesTest {

    private static GoldItem item(String id, GoldEvent... events) {
        return new GoldItem(id, LocalDate.of(2024, 1, 1), "text of " + id, List.of(events));
    }

    private static GoldEvent gold(String source, String target, String code) {
        return new GoldEvent(source, target, code, false, false);
    }

    private static Prediction predicted(String id, String source, String target, String code, boolean negated) {
        return new Prediction(id, source, target, code, negated, false);
    }

    @Test
    void sortsEachErrorByWhatWasPredictedForItsItem() {
        GoldStandard standard = GoldStandard.of(List.of(
                item("a", gold("TUR", "SYR", "163")),
                item("b", gold("RUS", "UKR", "19")),
                item("c", gold("CHN", "TWN", "15")),
                item("d", gold("IRN", "ISR", "111")),
                item("e")));
        List<Prediction> predictions = List.of(
                predicted("a", "TUR", "SYR", "163", true),
                predicted("b", "RUSMIL", "UKR", "112", false),
                predicted("c", "CHN", null, "150", false),
                predicted("e", "USA", "CAN", "040", false));
        Score score = Scorer.score(standard, predictions);

        Map<String, List<ScoringError>> byCause = ErrorCauses.group(standard, predictions, score.errors());

        assertThat(byCause).containsOnlyKeys(
                "MISS: coded, but flagged negated or hypothetical",
                "MISS: right actors, wrong code (verb pattern)",
                "EXTRA: right actors, wrong code (verb pattern)",
                "MISS: target not found",
                "EXTRA: target not found",
                "MISS: nothing coded (verb or actor missing from the dictionaries)",
                "EXTRA: event where the gold has none (negation, modality, no interaction)");
        assertThat(byCause.get("MISS: nothing coded (verb or actor missing from the dictionaries)"))
                .extracting(ScoringError::docId).containsExactly("d");
        assertThat(ErrorCauses.report(byCause)).contains("MISS: target not found (1)");
    }
}
