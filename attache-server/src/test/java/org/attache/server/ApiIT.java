package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint of the API, against the real server on a free port over the fixture corpus. */
class ApiIT extends ReadOnlyServerTest {

    @Test
    void healthCountsTheStoredEventsAndDocuments() {
        ApiClient.Answer health = client.get("/api/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.contentType().replace(" ", "")).isEqualTo("application/json;charset=utf-8");
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("documents").asLong()).isEqualTo(TestCorpus.ARTICLES.size());
        assertThat(health.json().get("events").asLong())
                .isEqualTo(client.get("/api/events?limit=1").json().get("total").asLong()).isGreaterThan(30);
        assertThat(health.json().get("writable").asBoolean()).isFalse();
    }

    @Test
    void versionNamesTheDictionariesByTheirHash() {
        JsonNode version = client.get("/api/version").json();

        assertThat(version.get("attache").asText()).isNotBlank();
        assertThat(version.get("dictionaries").asText()).matches("[0-9a-f]{32}");
    }

    @Test
    void pagesThroughEventsWithoutOverlapAndInTheJsonLinesShape() {
        JsonNode all = client.get("/api/events?limit=1000").json();
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.get("total").asInt(); offset += 7) {
            JsonNode page = client.get("/api/events?limit=7&offset=" + offset).json();
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get("limit").asInt()).isEqualTo(7);
            page.get("events").forEach(e -> paged.add(e.get("event_id").asText()));
        }

        assertThat(all.get("events")).hasSize(all.get("total").asInt());
        assertThat(paged).containsExactlyElementsOf(ids(all.get("events")));
        JsonNode first = all.get("events").get(0);
        assertThat(fieldNames(first)).containsExactly("event_id", "doc_id", "sentence_index", "date", "source",
                "target", "cameo", "cameo_name", "root", "base", "quad_class", "goldstein", "plover", "negated",
                "hypothetical", "mode", "reported_by", "evidence", "url", "publisher", "title");
        assertThat(first.get("publisher").asText()).isEqualTo("Attaché samples");
        assertThat(first.get("evidence").get("sentence").asText()).isNotBlank();
        assertThat(client.get("/api/events").json().get("limit").asInt()).isEqualTo(50);
    }

    @Test
    void filtersEventsAsTheCliDoes() {
        JsonNode usaIran = client.get("/api/events?source=usa&target=IRN&limit=1000").json();
        JsonNode back = client.get("/api/events?source=IRN&target=USA&limit=1000").json();
        JsonNode both = client.get("/api/events?source=USA&target=IRN&either=true&limit=1000").json();
        JsonNode conflict = client.get("/api/events?quad=4&limit=1000").json();
        JsonNode s006 = client.get("/api/events?doc=s006&limit=1000").json();
        JsonNode in2018 = client.get("/api/events?from=2018-01-01&to=2018-12-31&asserted=true&limit=1000").json();

        assertThat(usaIran.get("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(usaIran.get("events")).allSatisfy(e -> {
            assertThat(e.get("source").get("code").asText()).startsWith("USA");
            assertThat(e.get("target").get("code").asText()).startsWith("IRN");
        });
        assertThat(both.get("total").asInt()).isEqualTo(usaIran.get("total").asInt() + back.get("total").asInt());
        assertThat(conflict.get("events")).isNotEmpty().allSatisfy(e -> assertThat(e.get("quad_class").asInt())
                .isEqualTo(4));
        assertThat(s006.get("events")).isNotEmpty().allSatisfy(e -> assertThat(e.get("doc_id").asText())
                .isEqualTo("s006"));
        assertThat(in2018.get("events")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("date").asText()).startsWith("2018-");
            assertThat(e.get("negated").asBoolean() || e.get("hypothetical").asBoolean()).isFalse();
        });
    }

    @Test
    void givesOneEventByIdAnd404ForAnUnknownOne() {
        JsonNode listed = client.get("/api/events?doc=s006&limit=1").json().get("events").get(0);

        ApiClient.Answer one = client.get("/api/events/" + listed.get("event_id").asText());
        ApiClient.Answer unknown = client.get("/api/events/0000000000");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(listed);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).contains("0000000000");
    }

    @Test
    void listsDocumentsAndGivesOneWithItsEvents() {
        JsonNode list = client.get("/api/documents?limit=5").json();
        JsonNode from2018 = client.get("/api/documents?from=2018-01-01").json();
        JsonNode s006 = client.get("/api/documents/s006").json();

        assertThat(list.get("total").asInt()).isEqualTo(TestCorpus.ARTICLES.size());
        assertThat(list.get("documents")).hasSize(5);
        assertThat(fieldNames(list.get("documents").get(0))).containsExactly("doc_id", "date", "title", "url",
                "publisher", "events");
        assertThat(list.get("documents").get(0).get("doc_id").asText()).isEqualTo("s001");
        assertThat(from2018.get("documents")).allSatisfy(d -> assertThat(d.get("date").asText())
                .isGreaterThanOrEqualTo("2018-01-01"));
        assertThat(s006.get("title").asText()).contains("sanctions on Iran");
        assertThat(s006.get("events")).isNotEmpty().allSatisfy(e -> assertThat(e.get("doc_id").asText())
                .isEqualTo("s006"));
        assertThat(client.get("/api/documents/s999").status()).isEqualTo(404);
    }

    @Test
    void findsActorsByNameWithTheirCountsInTheStore() {
        JsonNode iran = client.get("/api/actors?q=iran&limit=5").json().get("actors");
        JsonNode cities = client.get("/api/actors?q=par&type=city").json().get("actors");
        JsonNode top = client.get("/api/actors?limit=3").json().get("actors");

        assertThat(iran.get(0).get("code").asText()).isEqualTo("IRN");
        assertThat(iran.get(0).get("type").asText()).isEqualTo("state");
        assertThat(iran.get(0).get("as_target").asLong()).isPositive();
        assertThat(cities).isNotEmpty().allSatisfy(c -> assertThat(c.get("type").asText()).isEqualTo("city"));
        assertThat(cities).anySatisfy(c -> assertThat(c.get("name").asText()).isEqualTo("Paris"));
        assertThat(top).hasSize(3);
        long first = top.get(0).get("as_source").asLong() + top.get(0).get("as_target").asLong();
        long third = top.get(2).get("as_source").asLong() + top.get(2).get("as_target").asLong();
        assertThat(first).isGreaterThanOrEqualTo(third).isPositive();
    }

    @Test
    void countsADyadSeriesOverSeveralMonths() {
        JsonNode series = client.get("/api/series?source=USA&target=IRN&by=month").json();
        JsonNode events = client.get("/api/events?source=USA&target=IRN&limit=1000").json();

        assertThat(series.get("by").asText()).isEqualTo("month");
        assertThat(series.get("points").size()).isGreaterThanOrEqualTo(2);
        long total = 0;
        for (JsonNode p : series.get("points")) {
            long quads = 0;
            for (JsonNode q : p.get("quad")) {
                quads += q.asLong();
            }
            assertThat(quads).isEqualTo(p.get("total").asLong());
            assertThat(p.get("label").asText()).matches("\\d{4}-\\d{2}");
            assertThat(p.get("goldstein_mean").asDouble() * p.get("total").asLong())
                    .isCloseTo(p.get("goldstein_sum").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            total += p.get("total").asLong();
        }
        assertThat(total).isEqualTo(events.get("total").asLong());
        assertThat(client.get("/api/series?by=year").json().get("points").get(0).get("label").asText())
                .matches("\\d{4}");
    }

    @Test
    void ordersTopDyadsByTheirChangeBetweenTheTwoLatestPeriods() {
        JsonNode top = client.get("/api/dyads/top?by=year&limit=20").json();

        assertThat(top.get("latest").asText()).isEqualTo("2025");
        assertThat(top.get("previous").asText()).isEqualTo("2024");
        JsonNode dyads = top.get("dyads");
        assertThat(dyads).isNotEmpty();
        long previous = Long.MAX_VALUE;
        for (JsonNode d : dyads) {
            long change = Math.abs(d.get("change").asLong());
            assertThat(change).isLessThanOrEqualTo(previous);
            assertThat(d.get("change").asLong()).isEqualTo(d.get("latest").asLong() - d.get("previous").asLong());
            previous = change;
        }
        assertThat(dyads.get(0).get("source_name").asText()).isNotBlank();
    }

    @Test
    void buildsTheActorNetworkFromTheBusiestDyads() {
        JsonNode network = client.get("/api/network?limit=15").json();

        assertThat(network.get("edges")).isNotEmpty().hasSizeLessThanOrEqualTo(15);
        List<String> nodes = new ArrayList<>();
        network.get("nodes").forEach(n -> nodes.add(n.get("code").asText()));
        assertThat(network.get("edges")).allSatisfy(e -> {
            assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText());
            assertThat(e.get("source").asText()).isNotEqualTo(e.get("target").asText());
        });
        assertThat(network.get("nodes")).anySatisfy(n -> assertThat(n.get("type").asText()).isEqualTo("igo"));
    }

    @Test
    void codesAPostedTextAndExplainsEveryDecision() {
        ApiClient.Answer answer = client.post("/api/code", ApiClient.json(Map.of("text",
                "Russia invaded Ukraine. The weather was mild.", "date", "2022-02-24")), null);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode sentences = answer.json().get("sentences");
        assertThat(sentences).hasSize(2);
        JsonNode invasion = sentences.get(0);
        assertThat(invasion.get("parsed").asBoolean()).isTrue();
        assertThat(invasion.get("actors")).extracting(a -> a.get("code").asText()).contains("RUS", "UKR");
        assertThat(invasion.get("actors").get(0).get("source").asText()).matches("actors/\\S+:\\d+");
        assertThat(invasion.get("decisions")).anySatisfy(d -> {
            assertThat(d.get("verb").asText()).isEqualTo("invaded");
            assertThat(d.get("event").get("cameo").asText()).startsWith("19");
        });
        assertThat(invasion.get("events")).hasSize(1);
        assertThat(invasion.get("events").get(0).get("evidence").get("rule").get("file").asText())
                .isEqualTo("verbs.txt");
        assertThat(invasion.get("tokens").get(1).get("lemma").asText()).isEqualTo("invade");
        assertThat(sentences.get(1).get("events")).isEmpty();
    }

    @Test
    void storesAPostedDocumentOnceWhenItsTokenIsRight() {
        try (TestServer writable = TestServer.start(TestCorpus.copy(), "s3cret")) {
            ApiClient writer = new ApiClient(writable.baseUrl());
            long before = writer.get("/api/health").json().get("events").asLong();
            String doc = ApiClient.json(Map.of("doc_id", "api-1", "date", "2022-02-24", "title", "Invasion",
                    "publisher", "Test wire", "text", "Russia invaded Ukraine. China criticised the United States."));

            ApiClient.Answer first = writer.post("/api/documents", doc, "s3cret");
            ApiClient.Answer again = writer.post("/api/documents", doc, "s3cret");

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("doc_id").asText()).isEqualTo("api-1");
            int events = first.json().get("events").asInt();
            assertThat(events).isPositive();
            assertThat(again.json().get("events").asInt()).isEqualTo(events);
            JsonNode health = writer.get("/api/health").json();
            assertThat(health.get("events").asLong()).isEqualTo(before + events);
            assertThat(health.get("writable").asBoolean()).isTrue();
            JsonNode stored = writer.get("/api/documents/api-1").json();
            assertThat(stored.get("publisher").asText()).isEqualTo("Test wire");
            assertThat(stored.get("events")).hasSize(events);
        }
    }

    private static List<String> ids(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
