package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.codebook.PloverMapping.PloverEvent;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

    private final PloverMapping plover = PloverMapping.builtIn();

    @Test
    void refinesARootBySubCode() {
        assertThat(plover.of("190")).contains(new PloverEvent("ASSAULT", "military"));
        assertThat(plover.of("1951")).contains(new PloverEvent("ASSAULT", "aerial"));
        assertThat(plover.of("191")).contains(new PloverEvent("COERCE", "blockade"));
    }

    @Test
    void leavesPlainCommentsOut() {
        assertThat(plover.of("010")).isEmpty();
        assertThat(plover.of("015")).contains(new PloverEvent("CONCEDE", "admit"));
    }

    @Test
    void mapsEveryCodeOfTheCodebookOutsideRootOne() {
        Codebook codebook = Codebook.builtIn();
        for (String root : new String[] {"02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13",
                "14", "15", "16", "17", "18", "19", "20"}) {
            assertThat(plover.of(root)).as(root).isPresent();
            assertThat(codebook.contains(root)).isTrue();
        }
    }

    @Test
    void groupsEventTypesIntoPloversOwnQuads() {
        assertThat(plover.of("040").orElseThrow().quad()).isEqualTo(1);
        assertThat(plover.of("073").orElseThrow().quad()).isEqualTo(2);
        assertThat(plover.of("163").orElseThrow().quad()).isEqualTo(3);
        assertThat(plover.of("190").orElseThrow().quad()).isEqualTo(4);
    }
}
