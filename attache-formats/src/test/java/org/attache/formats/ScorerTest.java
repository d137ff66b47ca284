package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures computed by hand from scorer-gold.jsonl and {@link #PREDICTIONS}; see the comment on each item. */
class ScorerTest {

    static final List<Prediction> PREDICTIONS = List.of(
            // g01: a two-digit gold code needs only the root, at both levels: tp
            asserted("g01", "CANGOV", "IND", "0214"),
            // g02: symmetric: the first matches (tp); the reverse is no error
            asserted("g02", "RUS", "CHN", "057"),
            asserted("g02", "CHN", "RUS", "057"),
            // g03: the required 042 is missed (fn); the optional 051 is coded, neither tp nor fp
            asserted("g03", "DEUGOV", "FRA", "051"),
            // g04: 112 matches the alternative 111|112 (tp); 190 matches nothing (fp)
            asserted("g04", "ISRMIL", "PSE", "112"),
            asserted("g04", "ISR", "PSE", "190"),
            // g05: the gold has no root-01 event, so the statement is not counted; 036 matches a null target: tp
            asserted("g05", "JPN", null, "010"),
            asserted("g05", "JPN", "KOR", "036"),
            // g06: root 01 is counted where the gold has a root-01 event: tp
            asserted("g06", "MEX", "USA", "010"),
            // g07: negated and hypothetical events are not claims: nothing counted
            new Prediction("g07", "TUR", "SYR", "163", true, false),
            new Prediction("g07", "TUR", "SYR", "163", false, true),
            // g08: the gold event's only prediction is negated, so it is missed: fn
            new Prediction("g08", "TUR", "SYR", "163", true, false),
            // g09: root 02 matches (tp) but base 021 is not 023 (base: fn and fp)
            asserted("g09", "CAN", "IND", "0214"),
            // g10: the specific 112 event takes the prediction (tp), the open-ended * event is missed (fn)
            asserted("g10", "USA", "IRN", "112"),
            // not in the gold: ignored
            asserted("nope", "USA", "IRN", "112"));

    @Test
    void scoresTheRootLevelByHand() throws Exception {
        LevelScore root = Scorer.score(gold(), PREDICTIONS).root();

        assertThat(List.of(root.tp(), root.fp(), root.fn())).containsExactly(7, 1, 3);
        assertThat(root.precision()).isEqualTo(7.0 / 8);
        assertThat(root.recall()).isEqualTo(7.0 / 10);
        assertThat(root.f1()).isCloseTo(2 * 0.875 * 0.7 / 1.575, offset(1e-15));
    }

    @Test
    void scoresTheBaseLevelByHand() throws Exception {
        LevelScore base = Scorer.score(gold(), PREDICTIONS).base();

        assertThat(List.of(base.tp(), base.fp(), base.fn())).containsExactly(6, 2, 4);
        assertThat(base.precision()).isEqualTo(0.75);
        assertThat(base.recall()).isEqualTo(0.6);
    }

    @Test
    void listsRootErrorsInGoldOrderMissesBeforeExtras() throws Exception {
        List<String> lines = Scorer.score(gold(), PREDICTIONS).errors().stream().map(ScoringError::line).toList();

        assertThat(lines).containsExactly(
                "MISS  g03: DEU -> FRA 042   | The German minister visited Paris and praised France.",
                "EXTRA g04: ISR -> PSE 190   | Israel accused Hamas of breaking the truce.",
                "MISS  g08: TUR -> SYR 163   | Turkey imposed sanctions on Syria.",
                "MISS  g10: USA -> None *   | Washington accused Iran of arming the militia.");
    }

    @Test
    void reportPrintsWhatTheReferenceScriptPrints() throws Exception {
        Score score = Scorer.score(gold(), PREDICTIONS);

        assertThat(score.report(false)).isEqualTo(
                "base: precision 0.750 recall 0.600 F1 0.667 (tp 6, fp 2, fn 4, 10 sentences)\n"
                        + "root: precision 0.875 recall 0.700 F1 0.778 (tp 7, fp 1, fn 3, 10 sentences)\n");
        assertThat(score.report(true)).startsWith("MISS  g03: DEU -> FRA 042   | ")
                .contains("Washington accused Iran of arming the militia.\n\nbase: precision 0.750");
    }

    @Test
    void matchesActorPrefixesCaseInsensitivelyAndNullGoldActorsMatchAnything() {
        assertThat(Scorer.actorMatches("RUS", "RUSMIL")).isTrue();
        assertThat(Scorer.actorMatches("igoeur", "IGOEUREEC")).isTrue();
        assertThat(Scorer.actorMatches("IGOUNO", "IGOEUR")).isFalse();
        assertThat(Scorer.actorMatches("RUS", null)).isFalse();
        assertThat(Scorer.actorMatches(null, null)).isTrue();
    }

    @Test
    void matchesCodesByAlternativesStarsAndShortGoldCodes() {
        assertThat(Scorer.codeMatches("111|112", "1121", 3)).isTrue();
        assertThat(Scorer.codeMatches("111|113", "112", 3)).isFalse();
        assertThat(Scorer.codeMatches("111|113", "112", 2)).isTrue();
        assertThat(Scorer.codeMatches("*", "190", 3)).isTrue();
        assertThat(Scorer.codeMatches("02", "0214", 3)).isTrue();
        assertThat(Scorer.codeMatches("023", "02", 3)).isFalse();
    }

    @Test
    void roundsFiguresHalfToEvenOnTheExactValueAsPythonDoes() {
        assertThat(Score.threeDecimals(0.0625)).isEqualTo("0.062");
        assertThat(Score.threeDecimals(0.0)).isEqualTo("0.000");
        assertThat(Score.threeDecimals(1.0)).isEqualTo("1.000");
        assertThat(Score.threeDecimals(2.0 / 3)).isEqualTo("0.667");
    }

    @Test
    void predictionOfAnEventKeepsWhatTheScorerReads() {
        Prediction p = Prediction.of(EventJsonTest.fullEvent());

        assertThat(p).isEqualTo(new Prediction("d001", "CANGOV", "IGOUNO", "163", false, true));
        assertThat(new Prediction("d", "", "", "010", false, false).source()).isNull();
    }

    static GoldStandard gold() throws IOException, URISyntaxException {
        return GoldStandard.read(ArticleReaderTest.fixture("scorer-gold.jsonl"));
    }

    private static Prediction asserted(String doc, String source, String target, String code) {
        return new Prediction(doc, source, target, code, false, false);
    }
}
