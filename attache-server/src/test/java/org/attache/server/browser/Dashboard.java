package org.attache.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.attache.server.TestCorpus;
import org.attache.server.TestServer;

/**
 * The real server over the fixture corpus ({@link TestCorpus}), started once for all browser tests
 * of the JVM and stopped at its exit, and the API as the tests read it to know what the pages should show.
 *
 * <p>Thread-safe.
 */
final class Dashboard {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static TestServer server;

    private Dashboard() {
    }

    /** {@code http://127.0.0.1:PORT} of the running server. */
    static synchronized String baseUrl() {
        if (server == null) {
            server = TestServer.start(TestCorpus.database(), null);
            TestServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server.baseUrl();
    }

    /** GET /api/PATH_AND_QUERY, which must answer 200 with JSON. */
    static JsonNode api(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/" + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> "GET /api/" + pathAndQuery + ": " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET /api/" + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
