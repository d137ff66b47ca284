package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodebookIntentTest {

    private final Codebook codebook = Codebook.builtIn();

    @Test
    void codesAnnouncedSanctionsAsThreatOfSanctions() {
        assertThat(codebook.intentFor("163")).isEqualTo("1312");
    }

    @Test
    void codesPromisedTanksAsIntentToProvideMilitaryAid() {
        assertThat(codebook.intentFor("072")).isEqualTo("0332");
    }

    @Test
    void codesAnnouncedAttackAsThreatOfMilitaryForce() {
        assertThat(codebook.intentFor("190")).isEqualTo("1384");
        assertThat(codebook.intentFor("194")).isEqualTo("1384");
        assertThat(codebook.intentFor("1951")).isEqualTo("1384");
        assertThat(codebook.intentFor("191")).isEqualTo("1381");
        assertThat(codebook.intentFor("192")).isEqualTo("1382");
        assertThat(codebook.intentFor("19")).isEqualTo("138");
        assertThat(codebook.intentFor("183")).isEqualTo("1383");
        assertThat(codebook.intentFor("2042")).isEqualTo("1385");
    }

    @Test
    void prefersTheLongestMatchingPrefix() {
        assertThat(codebook.intentFor("080")).isEqualTo("035");
        assertThat(codebook.intentFor("083")).isEqualTo("034");
        assertThat(codebook.intentFor("0831")).isEqualTo("0341");
        assertThat(codebook.intentFor("0813")).isEqualTo("0351");
        assertThat(codebook.intentFor("172")).isEqualTo("132");
        assertThat(codebook.intentFor("1723")).isEqualTo("1323");
        assertThat(codebook.intentFor("173")).isEqualTo("137");
    }

    @Test
    void keepsVerbalDeedsUnchanged() {
        for (String verbal : new String[] {"010", "0214", "0332", "091", "1041", "1125", "1246", "1383"}) {
            assertThat(codebook.intentFor(verbal)).as(verbal).isEqualTo(verbal);
        }
    }

    @Test
    void turnsCooperativeDeedsIntoIntentToCooperateAndConflictualDeedsIntoThreats() {
        Set<String> unchanged = Set.of("01", "02", "03", "09", "10", "11", "12", "13");
        for (CameoCode deed : codebook.all()) {
            String intent = codebook.intentFor(deed.code());
            assertThat(codebook.contains(intent)).as(deed.code() + " -> " + intent).isTrue();
            int root = Integer.parseInt(deed.root());
            if (unchanged.contains(deed.root())) {
                assertThat(intent).as(deed.code()).isEqualTo(deed.code());
            } else if (root <= 8) {
                assertThat(codebook.get(intent).root()).as(deed.code()).isEqualTo("03");
            } else {
                assertThat(codebook.get(intent).root()).as(deed.code()).isEqualTo("13");
            }
        }
    }

    @Test
    void rejectsUnknownDeedCode() {
        assertThatThrownBy(() -> codebook.intentFor("0999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0999'");
    }

    @Test
    void keepsEveryDeedWhenReadWithoutIntentRules() {
        Codebook bare = Codebook.read(new StringReader("19\t-10.0\t4\tFight\n190\t-10.0\t4\tAttack\n"), "bare.tsv");

        assertThat(bare.intentFor("190")).isEqualTo("190");
    }
}
