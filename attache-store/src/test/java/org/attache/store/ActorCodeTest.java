package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorCodeTest {

    @Test
    void splitsStateCodesIntoCountryRoleAndRest() {
        assertThat(ActorCode.split("USAGOV", "USA")).isEqualTo(new ActorCode("USA", "GOV", null));
        assertThat(ActorCode.split("RUSMILREB", "RUS")).isEqualTo(new ActorCode("RUS", "MIL", "REB"));
        assertThat(ActorCode.split("FRA", "FRA")).isEqualTo(new ActorCode("FRA", null, null));
    }

    @Test
    void keepsTheTypeOfInternationalAndNonStateActorsAsTheirRole() {
        assertThat(ActorCode.split("IGOUNOIAE", null)).isEqualTo(new ActorCode(null, "IGO", "UNOIAE"));
        assertThat(ActorCode.split("MNCUSA", "USA")).isEqualTo(new ActorCode("USA", "MNC", "USA"));
        assertThat(ActorCode.split("NGO", null)).isEqualTo(new ActorCode(null, "NGO", null));
    }
}
