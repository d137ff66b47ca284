package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodebookTest {

    private final Codebook codebook = Codebook.builtIn();

    @Test
    void hasAllTwentyRootsInOrder() {
        List<String> expected = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> String.format(Locale.ROOT, "%02d", i)).toList();

        assertThat(codebook.roots()).extracting(CameoCode::code).containsExactlyElementsOf(expected);
    }

    @Test
    void holdsEveryCodeOfCameo1_1b3() {
        // 20 roots, 149 base codes and 147 sub-codes, counted per root from the CAMEO 1.1b3 manual.
        assertThat(codebook.all()).hasSize(316);
        assertThat(codebook.all().stream().filter(c -> c.code().length() == 3)).hasSize(149);
        assertThat(codebook.all().stream().filter(c -> c.code().length() == 4)).hasSize(147);
        // The 1.1b3 additions that older tables (and ICEWS) lack.
        assertThat(List.of("155", "176", "1834", "1951", "1952")).allMatch(codebook::contains);
        // Codes found in some derived tables but not in the 1.1b3 codebook.
        assertThat(List.of("0110", "0357", "109", "1213", "1214", "1641")).noneMatch(codebook::contains);
    }

    @Test
    void givesEveryRootSubCodes() {
        for (CameoCode root : codebook.roots()) {
            assertThat(codebook.all()).as(root.code())
                    .anyMatch(c -> !c.isRoot() && c.root().equals(root.code()));
        }
    }

    @Test
    void placesEverySubCodeUnderAnExistingRootAndBase() {
        for (CameoCode code : codebook.all()) {
            assertThat(codebook.contains(code.root())).as(code.code()).isTrue();
            assertThat(codebook.contains(code.base())).as(code.code()).isTrue();
        }
    }

    @Test
    void derivesQuadClassFromTheRoot() {
        for (CameoCode code : codebook.all()) {
            int root = Integer.parseInt(code.root());
            QuadClass expected = root <= 5 ? QuadClass.VERBAL_COOPERATION
                    : root <= 8 ? QuadClass.MATERIAL_COOPERATION
                    : root <= 13 ? QuadClass.VERBAL_CONFLICT
                    : QuadClass.MATERIAL_CONFLICT;
            assertThat(code.quadClass()).as(code.code()).isEqualTo(expected);
        }
    }

    @Test
    void carriesGoldsteinValuesOfTheScale() {
        assertThat(codebook.get("163").goldstein()).isEqualTo(-8.0);
        assertThat(codebook.get("042").goldstein()).isEqualTo(1.9);
        assertThat(codebook.get("190").goldstein()).isEqualTo(-10.0);
        assertThat(codebook.get("010").goldstein()).isEqualTo(0.0);
        assertThat(codebook.get("0874").goldstein()).isEqualTo(10.0);
        assertThat(codebook.get("130").goldstein()).isEqualTo(-4.4);
        assertThat(codebook.get("13").goldstein()).isEqualTo(-6.0);
    }

    @Test
    void listsCodesInCodebookOrder() {
        assertThat(codebook.all()).extracting(CameoCode::code).isSorted()
                .startsWith("01", "010", "011").endsWith("204", "2041", "2042");
        assertThatThrownBy(() -> codebook.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findsKnownCodesAndRejectsUnknownOnesByName() {
        assertThat(codebook.find("0214")).map(CameoCode::root).contains("02");
        assertThat(codebook.find("999")).isEmpty();
        assertThat(codebook.find(null)).isEmpty();
        assertThat(codebook.contains("10")).isTrue();
        assertThat(codebook.contains("100")).isTrue();
        assertThat(codebook.contains("21")).isFalse();
        assertThatThrownBy(() -> codebook.get("999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'999'");
        assertThatThrownBy(() -> codebook.describe("0999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0999'");
    }

    @Test
    void describesCodeWithRootGoldsteinAndQuadClassWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // German formats -8.0 as "-8,0"; Turkish upper/lower-cases i differently.
            for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
                Locale.setDefault(locale);
                assertThat(codebook.describe("163")).isEqualTo("163 Impose sanctions, a boycott or an embargo"
                        + " (root 16 Reduce relations; Goldstein -8.0; material conflict)");
                assertThat(codebook.describe("04")).isEqualTo("04 Consult (root; Goldstein +1.0; verbal cooperation)");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void loadsTheBuiltInCodebookOnce() {
        assertThat(Codebook.builtIn()).isSameAs(codebook);
    }
}
