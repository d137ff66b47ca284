package org.attache.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import org.attache.text.Article;
import org.junit.jupiter.api.Test;

class GoldStandardTest {

    @Test
    void readsItemsInFileOrderWithTheirEvents() throws Exception {
        GoldStandard gold = ScorerTest.gold();

        assertThat(gold.size()).isEqualTo(10);
        assertThat(gold.items().get(1).events()).containsExactly(new GoldEvent("RUS", "CHN", "057", true, false));
        assertThat(gold.items().get(4).events()).containsExactly(new GoldEvent("JPN", null, "036", false, false));
        assertThat(gold.items().get(6).events()).isEmpty();
    }

    @Test
    void offersItsItemsAsArticlesToCode() throws Exception {
        Article first = ScorerTest.gold().articles().get(0);

        assertThat(first).isEqualTo(new Article("g01", LocalDate.of(2024, 3, 1), "Canada urged India to cooperate."));
    }

    @Test
    void rejectsAMalformedFileNamingEveryBadLine() {
        String lines = "{\"id\": \"x1\", \"date\": \"2024-01-01\", \"text\": \"A.\", \"events\": []}\n"
                + "{\"id\": \"x2\", \"date\": \"2024-01-01\", \"text\": \"B.\", \"events\": [{\"source\": \"USA\"}]}\n"
                + "\n"
                + "{\"id\": \"x1\", \"date\": \"2024-01-01\", \"text\": \"C.\", \"events\": []}\n"
                + "{\"id\": \"x4\", \"date\": \"2024-02-30\", \"text\": \"D.\", \"events\": []}\n"
                + "not json\n";

        assertThatThrownBy(() -> GoldStandard.read(new BufferedReader(new StringReader(lines)), "gold.jsonl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.jsonl:2: events[0].code is missing")
                .hasMessageContaining("gold.jsonl:4: duplicate id x1 (first at line 1)")
                .hasMessageContaining("gold.jsonl:5: date 2024-02-30 is not a valid date (YYYY-MM-DD)")
                .hasMessageContaining("gold.jsonl:6: not valid JSON");
    }
}
