package org.attache.store.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2022, 2, 24);

    private static ClusterBuilder.Mention<String> m(String key, String id, String doc, int day, String outlet,
                                                    String copyOf) {
        return new ClusterBuilder.Mention<>(key, id, doc, DAY.plusDays(day), outlet, copyOf, id);
    }

    @Test
    void anchorsClustersAtTheirFirstDateAndCountsLikeGdelt() {
        List<ClusterBuilder.Cluster<String>> clusters = new ArrayList<>();
        try (ClusterBuilder<String> b = new ClusterBuilder<>(clusters::add)) {
            b.add(m("RUS>UKR:190", "e1", "d1", 0, "Reuters", null));
            b.add(m("RUS>UKR:190", "e2", "d1", 0, "Reuters", null));
            b.add(m("RUS>UKR:190", "e3", "d2", 1, null, "d1"));
            b.add(m("RUS>UKR:190", "e4", "d3", 2, "AP", null)); // two days after the anchor: a new cluster
            b.add(m("USA>CHN:111", "e5", "d4", 2, "AP", null));
        }
        assertThat(clusters).extracting(ClusterBuilder.Cluster::eventIds)
                .containsExactly(List.of("e1", "e2", "e3"), List.of("e4"), List.of("e5"));
        ClusterBuilder.Cluster<String> first = clusters.get(0);
        assertThat(first.mentions()).isEqualTo(3);
        assertThat(first.articles()).isEqualTo(2);
        assertThat(first.sources()).as("Reuters and the unnamed outlet of d2").isEqualTo(2);
        assertThat(first.stories()).as("d2 is a copy of d1").isEqualTo(1);
        assertThat(first.representative()).isEqualTo("e1");
        assertThat(first.clusterId()).isEqualTo(ClusterRule.clusterId("RUS>UKR:190", DAY)).hasSize(20);
    }

    @Test
    void keysSeparateModeNegationAndBaseCode() {
        assertThat(ClusterRule.key("RUS", "UKR", "190", "deed", false, false)).isEqualTo("RUS>UKR:190");
        assertThat(ClusterRule.key("RUS", null, "190", "intent", true, true)).isEqualTo("RUS>-:190:intent:neg:hyp");
    }
}
