package org.attache.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The API's documentation: {@code /openapi.json} and Swagger UI at {@code /swagger}, an index page of
 * ours over the swagger-ui WebJar (served by the server, so it works offline).
 *
 * <p>Thread-safe.
 */
final class DocsEndpoints {

    private static final String PAGE = "/org/attache/server/api/swagger.html";
    private static final String WEBJAR = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final Supplier<ObjectNode> document;
    private final String page;

    /** @param document the OpenAPI document, built once every route is known */
    DocsEndpoints(Supplier<ObjectNode> document) {
        this.document = document;
        this.page = read(PAGE).replace("{{version}}", webjarVersion());
    }

    List<Route> routes() {
        return List.of(
                Route.get("/openapi.json", "This document: the OpenAPI 3.0 description of the API", List.of(),
                        "the OpenAPI document", r -> document.get()),
                new Route(HandlerType.GET, "/swagger", "Swagger UI over /openapi.json", List.of(), List.of(),
                        List.of(), Route.HTML, "an HTML page", false, r -> page));
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = DocsEndpoints.class.getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR, e);
        }
        return properties.getProperty("version");
    }

    private static String read(String resource) {
        try (InputStream in = DocsEndpoints.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
