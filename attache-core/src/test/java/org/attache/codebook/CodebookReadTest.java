package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CodebookReadTest {

    private static final String CODES = """
            # code goldstein quad name
            19\t-10.0\t4\tFight

            190\t-10.0\t4\tUse conventional military force
            """;

    private static Codebook read(String codes) {
        return Codebook.read(new StringReader(codes), "test.tsv");
    }

    private static CodebookException failureOf(String codes) {
        return catchThrowableOfType(CodebookException.class, () -> read(codes));
    }

    @Test
    void readsAWellFormedTableSkippingCommentsAndBlankLines() {
        Codebook codebook = read(CODES);

        assertThat(codebook.all()).extracting(CameoCode::code).containsExactly("19", "190");
        assertThat(codebook.get("190")).isEqualTo(
                new CameoCode("190", "Use conventional military force", -10.0, QuadClass.MATERIAL_CONFLICT));
    }

    @Test
    void namesSourceAndLineOfAMalformedLine() {
        CodebookException e = failureOf("19\t-10.0\t4\tFight\n190\t-ten\t4\tAttack\n");

        assertThat(e).hasMessage("test.tsv:2: goldstein '-ten' is not a decimal number");
    }

    @Test
    void countsCommentAndBlankLinesInLineNumbers() {
        CodebookException e = failureOf("# header\n\n19\t-10.0\t9\tFight\n");

        assertThat(e).hasMessage("test.tsv:3: quad '9' is not 1, 2, 3 or 4");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        CodebookException e = failureOf("""
                19\t-10.0\t4\tFight
                19\t-10.0\t4\tFight again
                1x0\t-10.0\t4\tBad code
                190\t-12.0\t4\tToo far
                191\t-9.5\t4
                192\t-9.5\t4\t
                1934\t-10.0\t4\tOrphan
                """);

        assertThat(e.problems()).containsExactly(
                "test.tsv:2: code 19 is already defined at line 1",
                "test.tsv:3: code must be 2 to 4 digits, was '1x0'",
                "test.tsv:4: goldstein of code 190 must be within -10..10, was -12.0",
                "test.tsv:5: expected 4 tab-separated fields (code, goldstein, quad, name), found 3",
                "test.tsv:6: name of code 192 must not be blank",
                "test.tsv:7: code 1934 has no parent code 193");
        assertThat(e).hasMessageStartingWith("6 problems in codebook:")
                .hasMessageContaining("test.tsv:7: code 1934 has no parent code 193");
    }

    @Test
    void checksIntentRulesAgainstTheCodes() {
        String intents = """
                # deed_prefix intent_code comment
                19\t138\tthreat of force
                190\t1384\tnot in this small table
                190\t=\tsecond rule for the same prefix
                18\t=\tunknown deed
                """;
        CodebookException e = catchThrowableOfType(CodebookException.class, () -> Codebook.read(new StringReader(
                "19\t-10.0\t4\tFight\n190\t-10.0\t4\tAttack\n13\t-6.0\t3\tThreaten\n138\t-7.0\t3\tThreaten force\n"),
                "codes.tsv", new StringReader(intents), "intents.tsv"));

        assertThat(e.problems()).containsExactly(
                "intents.tsv:3: intent_code '1384' is neither a code of the codebook nor =",
                "intents.tsv:4: deed_prefix 190 already has a rule at line 3",
                "intents.tsv:5: deed_prefix '18' is not a code of the codebook");
    }

    @Test
    void appliesIntentRulesReadFromAnyTable() {
        Codebook codebook = Codebook.read(new StringReader(
                "19\t-10.0\t4\tFight\n190\t-10.0\t4\tAttack\n13\t-6.0\t3\tThreaten\n138\t-7.0\t3\tThreaten force\n"),
                "codes.tsv", new StringReader("19\t138\tthreat\n13\t=\tstays\n"), "intents.tsv");

        assertThat(codebook.intentFor("190")).isEqualTo("138");
        assertThat(codebook.intentFor("138")).isEqualTo("138");
    }
}
