package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoCodeTest {

    private static CameoCode code(String code) {
        return new CameoCode(code, "name", 0.0, QuadClass.VERBAL_COOPERATION);
    }

    @Test
    void derivesRootAndBaseFromTheDigits() {
        assertThat(code("0214").root()).isEqualTo("02");
        assertThat(code("0214").base()).isEqualTo("021");
        assertThat(code("021").base()).isEqualTo("021");
        assertThat(code("02").base()).isEqualTo("02");
        assertThat(code("02").isRoot()).isTrue();
        assertThat(code("020").isRoot()).isFalse();
    }

    @Test
    void rejectsCodesThatAreNotTwoToFourDigits() {
        for (String bad : new String[] {"1", "12345", "1a", " 01", "", "١٢"}) {
            assertThatThrownBy(() -> code(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("code");
        }
        assertThatThrownBy(() -> code(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void rejectsGoldsteinOutsideTheScale() {
        assertThatThrownBy(() -> new CameoCode("19", "Fight", -10.5, QuadClass.MATERIAL_CONFLICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goldstein");
        assertThatThrownBy(() -> new CameoCode("19", "Fight", Double.NaN, QuadClass.MATERIAL_CONFLICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goldstein");
    }

    @Test
    void rejectsBlankNameAndMissingQuadClass() {
        assertThatThrownBy(() -> new CameoCode("19", " ", -10.0, QuadClass.MATERIAL_CONFLICT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new CameoCode("19", "Fight", -10.0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("quadClass");
    }
}
