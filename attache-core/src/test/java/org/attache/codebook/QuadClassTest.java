package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuadClassTest {

    @Test
    void findsEachClassByItsNumber() {
        for (QuadClass quad : QuadClass.values()) {
            assertThat(QuadClass.ofNumber(quad.number())).isSameAs(quad);
        }
        assertThat(QuadClass.ofNumber(3)).isEqualTo(QuadClass.VERBAL_CONFLICT);
    }

    @Test
    void rejectsNumbersOutsideOneToFour() {
        assertThatThrownBy(() -> QuadClass.ofNumber(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> QuadClass.ofNumber(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
