package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.store.EventStore;
import org.attache.store.query.EventFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against the real server over a copy of the fixture corpus: each gets a 4xx with
 * a JSON error and no stack trace, and the stored events are the same afterwards.
 */
class SafetyIT {

    private static final String TOKEN = "the-right-token";
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE events; --",
            "USA' UNION SELECT * FROM documents --", "\" OR 1=1 --", "%' AND 1=0 --", "IRN)--", "../../etc/passwd");
    private static final List<String> FILTERS = List.of("from", "to", "actor", "source", "target", "either", "root",
            "cameo", "quad", "country", "asserted", "limit", "offset");

    private static java.nio.file.Path database;
    private static TestServer server;
    private static ApiClient client;
    private static String before;

    @BeforeAll
    static void start() {
        database = TestCorpus.copy();
        before = checksum();
        server = TestServer.start(database, TOKEN);
        client = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        assertThat(checksum()).as("the stored events after every hostile request").isEqualTo(before);
    }

    @Test
    void refusesSqlInjectionInEveryFilterWithA400() {
        for (String filter : FILTERS) {
            for (String attack : INJECTIONS) {
                for (String path : List.of("/api/events", "/api/series", "/api/dyads/top", "/api/network")) {
                    if (filter.equals("offset") && !path.equals("/api/events")) {
                        continue;
                    }
                    assertRefused(client.get(path + "?" + filter + "=" + ApiClient.encode(attack)), 400, filter);
                }
            }
        }
    }

    @Test
    void findsNothingForSqlInjectionInPathParametersAndFreeText() {
        for (String attack : INJECTIONS) {
            assertRefused(client.get("/api/events/" + ApiClient.encode(attack).replace("+", "%20")), 404, "event");
            assertRefused(client.get("/api/documents/" + ApiClient.encode(attack).replace("+", "%20")), 404,
                    "document");
            assertThat(client.get("/api/events?doc=" + ApiClient.encode(attack)).json().get("total").asInt())
                    .isZero();
            assertThat(client.get("/api/actors?q=" + ApiClient.encode(attack)).status()).isEqualTo(200);
        }
    }

    @Test
    void refusesUnknownRepeatedAndMalformedParameters() {
        assertRefused(client.get("/api/events?sourse=USA"), 400, "sourse");
        assertRefused(client.get("/api/health?verbose=1"), 400, "verbose");
        assertRefused(client.get("/api/events?actor=USA&actor=IRN"), 400, "actor");
        assertRefused(client.get("/api/events?from=2020-13-45"), 400, "from");
        assertRefused(client.get("/api/events?from=yesterday"), 400, "from");
        assertRefused(client.get("/api/events?from=2021-01-01&to=2020-01-01"), 400, "to");
        assertRefused(client.get("/api/events?limit=1001"), 400, "limit");
        assertRefused(client.get("/api/events?limit=-1"), 400, "limit");
        assertRefused(client.get("/api/events?offset=99999999999999999999"), 400, "offset");
        assertRefused(client.get("/api/events?quad=5"), 400, "quad");
        assertRefused(client.get("/api/series?by=decade"), 400, "by");
        assertRefused(client.get("/api/actors?type=planet"), 400, "type");
        assertRefused(client.get("/api/events?doc=" + "x".repeat(5000)), 400, "doc");
        assertRefused(client.get("/api/no-such-endpoint"), 404, "");
    }

    @Test
    void refusesMalformedAndOversizedBodies() {
        String ok = ApiClient.json(Map.of("text", "Russia invaded Ukraine.", "date", "2022-02-24"));
        assertRefused(client.post("/api/code", "{\"text\": \"unterminated", null), 400, "JSON");
        assertRefused(client.post("/api/code", "[1, 2, 3]", null), 400, "object");
        assertRefused(client.post("/api/code", "", null), 400, "empty");
        assertRefused(client.post("/api/code", ok + " trailing", null), 400, "JSON");
        assertRefused(client.post("/api/code", "{\"text\": 42, \"date\": \"2022-02-24\"}", null), 400, "text");
        assertRefused(client.post("/api/code", "{\"text\": \"Hello.\"}", null), 400, "date");
        assertRefused(client.post("/api/code", "{\"text\": \"Hello.\", \"date\": \"2022-02-30\"}", null), 400,
                "date");
        assertRefused(client.post("/api/code", "{\"text\": \"Hello.\", \"date\": \"2022-02-24\", \"x\": \"1\"}",
                null), 400, "x");
        assertRefused(client.post("/api/code", ApiClient.json(Map.of("text", "word ".repeat(5000), "date",
                "2022-02-24")), null), 413, "text");
        assertRefused(client.post("/api/code", "{\"text\": \"" + "a".repeat(2 << 20) + "\"}", null), 413, "body");
        assertRefused(client.post("/api/documents", "{\"doc_id\": \"" + "a".repeat(2 << 20) + "\"}", TOKEN), 413,
                "body");
        // a chunked body announces no length: it is cut off at the limit all the same
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/code"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"text\": \"" + "b".repeat(3 << 20) + "\"}").getBytes(StandardCharsets.UTF_8))));
        assertRefused(client.send(chunked), 413, "body");
    }

    @Test
    void writesOnlyWithTheRightToken() {
        String doc = ApiClient.json(Map.of("doc_id", "x", "date", "2022-02-24", "text", "Russia invaded Ukraine."));
        assertRefused(client.post("/api/documents", doc, null), 401, "Bearer");
        assertRefused(client.post("/api/documents", doc, "wrong-token"), 401, "token");
        assertRefused(client.post("/api/documents", doc, TOKEN + "x"), 401, "token");
        assertRefused(client.post("/api/documents", "{not json", TOKEN), 400, "JSON");
        assertRefused(client.post("/api/documents", ApiClient.json(Map.of("doc_id", "' OR 1=1 --", "date",
                "2022-02-24")), TOKEN), 400, "text");
        assertRefused(client.post("/api/documents", ApiClient.json(Map.of("doc_id", "a\u0000b", "date",
                "2022-02-24", "text", "Russia invaded Ukraine.")), TOKEN), 400, "doc_id");
        try (TestServer readOnly = TestServer.start(TestCorpus.database(), null)) {
            assertRefused(new ApiClient(readOnly.baseUrl()).post("/api/documents", doc, TOKEN), 403, "read-only");
        }
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String mentions) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        if (answer.json() == null) {
            throw new AssertionError("not JSON: " + answer.contentType() + " " + answer.body());
        }
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).containsIgnoringCase(mentions)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
    }

    /** The stored events, each as its JSON, hashed in their stable order. */
    private static String checksum() {
        try (EventStore store = EventStore.open(database.toString())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> ids = new ArrayList<>();
            store.events(EventFilter.ALL, 0, e -> {
                ids.add(e.event().eventId());
                digest.update(org.attache.formats.EventJson.toJson(e.event()).getBytes(StandardCharsets.UTF_8));
            });
            return ids.size() + " events, " + store.countDocuments(null, null) + " documents, sha-256 "
                    + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
