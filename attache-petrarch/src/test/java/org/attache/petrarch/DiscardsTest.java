package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class DiscardsTest {

    private final Discards discards = Discards.read(PetrarchText.of("discards.txt", new StringReader("""
            CHESS_OLYMPIAD
            +HURRICANE      # story level
            """), new ArrayList<>()));

    @Test
    void discardsAStoryBeforeASentence() {
        assertThat(discards.check("The chess olympiad was moved because of a hurricane."))
                .contains(Discards.Level.STORY);
        assertThat(discards.check("The Chess  Olympiad opened in Oslo.")).contains(Discards.Level.SENTENCE);
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(discards.check("Hurricanes are a chess olympiadic risk.")).isEmpty();
    }
}
