package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document against the routes Javalin really registered, and Swagger UI served offline. */
class OpenApiIT extends ReadOnlyServerTest {

    @Test
    void documentsEveryRegisteredRouteAndNothingElse() {
        JsonNode document = client.get("/openapi.json").json();
        List<String> documented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(server.server().registeredRoutes()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(documented);
        assertThat(documented).contains("GET /api/events", "GET /api/events/{id}", "GET /api/series",
                "GET /api/dyads/top", "GET /api/network", "GET /api/actors", "POST /api/code", "POST /api/documents",
                "GET /api/health", "GET /api/version", "GET /api/documents", "GET /api/documents/{id}");
    }

    @Test
    void documentsTheParametersEachRouteAccepts() {
        JsonNode events = client.get("/openapi.json").json().get("paths").get("/api/events").get("get");
        List<String> names = new ArrayList<>();
        events.get("parameters").forEach(p -> names.add(p.get("name").asText()));

        assertThat(names).containsExactly("from", "to", "actor", "source", "target", "either", "root", "cameo",
                "quad", "country", "doc", "asserted", "limit", "offset");
        for (String name : names) {
            String query = name.equals("from") || name.equals("to") ? name + "=2020-01-01" : name + "=1";
            assertThat(client.get("/api/events?" + query).json().path("error").asText(""))
                    .as("%s is documented, so it is not refused as unknown", name)
                    .doesNotContain("unknown parameter");
        }
    }

    @Test
    void servesSwaggerUiFromTheWebJarOverTheDocument() {
        ApiClient.Answer page = client.get("/swagger");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/openapi.json").doesNotContain("{{version}}").doesNotContain("https://");
        String script = page.body().replaceAll("(?s).*src=\"(/webjars/[^\"]+\\.js)\".*", "$1");
        ApiClient.Answer bundle = client.get(script);
        assertThat(bundle.status()).as(script).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }
}
