package org.attache.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String STORY = "Russian forces crossed into eastern Ukraine before dawn on Thursday, "
            + "officials in Kyiv said, as explosions were heard near the capital and in the port city of Odesa. "
            + "The defence ministry in Moscow said its troops were targeting military infrastructure only. "
            + "Western leaders condemned the attack and promised new sanctions against Russian banks.";

    @Test
    void findsASyndicatedCopyWithAnotherHeadlineAndPunctuation() {
        int[] original = MinHash.signature(STORY);
        int[] copy = MinHash.signature("BREAKING -- " + STORY.toUpperCase(java.util.Locale.ROOT).replace(",", ""));

        assertThat(MinHash.similarity(original, copy)).isGreaterThanOrEqualTo(MinHash.COPY_THRESHOLD);
        long[] a = MinHash.bands(original);
        long[] b = MinHash.bands(copy);
        assertThat(LongStream.of(a).anyMatch(x -> LongStream.of(b).anyMatch(y -> x == y))).isTrue();
    }

    @Test
    void keepsDifferentStoriesOnTheSameTopicApart() {
        int[] one = MinHash.signature(STORY);
        int[] other = MinHash.signature("Ukraine said on Thursday that Russian forces had attacked from the east, "
                + "and its president asked Western leaders for more sanctions and for air defence systems.");

        assertThat(MinHash.similarity(one, other)).isLessThan(0.3);
    }

    @Test
    void givesNoSignatureToTextsTooShortForAShingle() {
        assertThat(MinHash.signature("Russia invaded Ukraine.")).isNull();
    }

    @Test
    void roundTripsSignaturesThroughBytes() {
        int[] s = MinHash.signature(STORY);
        assertThat(MinHash.fromBytes(MinHash.toBytes(s))).isEqualTo(s);
        assertThat(Arrays.equals(MinHash.signature(STORY), s)).as("deterministic").isTrue();
    }
}
