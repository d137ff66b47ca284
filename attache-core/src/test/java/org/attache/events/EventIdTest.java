package org.attache.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventIdTest {

    @Test
    void sameInputsGiveTheSameIdAndAnyChangeGivesAnother() {
        String id = Event.idFor("doc1", 2, 140, "RUS", "UKR", "190");

        assertThat(Event.idFor("doc1", 2, 140, "RUS", "UKR", "190")).isEqualTo(id).hasSize(20);
        assertThat(Event.idFor("doc1", 2, 140, "RUS", "UKR", "193")).isNotEqualTo(id);
        assertThat(Event.idFor("doc2", 2, 140, "RUS", "UKR", "190")).isNotEqualTo(id);
        assertThat(Event.idFor("doc1", 2, 141, "RUS", "UKR", "190")).isNotEqualTo(id);
    }
}
