package org.attache.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SqlFilterTest {

    @Test
    void bindsEveryValueAsAParameter() {
        EventFilter f = EventFilter.dyad("usa", "prk").withDates(LocalDate.of(2020, 1, 1), null)
                .withCodes("19", null, 4).withDocument("x'; DROP TABLE events; --");
        SqlFilter sql = SqlFilter.of(f, "e", false);

        assertThat(sql.sql()).doesNotContain("USA").doesNotContain("DROP").doesNotContain("2020");
        assertThat(sql.parameters()).contains("USA%", "PRK%", "19", 4, "x'; DROP TABLE events; --");
    }

    @Test
    void upperCasesActorCodesWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(EventFilter.ALL.withActor("irq").actor()).isEqualTo("IRQ");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void refusesValuesThatAreNotCodes() {
        assertThatThrownBy(() -> EventFilter.ALL.withActor("US%")).hasMessageContaining("actor");
        assertThatThrownBy(() -> EventFilter.ALL.withCodes("1", null, null)).hasMessageContaining("root");
        assertThatThrownBy(() -> EventFilter.ALL.withCodes(null, null, 5)).hasMessageContaining("quadClass");
    }

    @Test
    void labelsPeriods() {
        LocalDate d = LocalDate.of(2008, 8, 12);
        assertThat(Period.MONTH.label(Period.MONTH.start(d))).isEqualTo("2008-08");
        assertThat(Period.WEEK.label(Period.WEEK.start(d))).isEqualTo("2008-W33");
        assertThat(Period.YEAR.label(d)).isEqualTo("2008");
    }
}
