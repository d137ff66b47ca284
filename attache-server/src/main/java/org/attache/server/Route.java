package org.attache.server;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One route of the server: what registers it with Javalin and what the OpenAPI document says of it,
 * in one place, so the two cannot drift apart. Requests are checked against {@link #query} (unknown
 * parameters are refused) and {@link #body} (unknown or missing fields are refused).
 *
 * @param path Javalin's and OpenAPI's form alike: {@code /api/events/{id}}
 * @param pathParams the {@code {name}} parts of the path
 * @param query the query parameters the route takes
 * @param body the fields of its JSON request body; empty: the route takes no body
 * @param produces the media type of a successful response
 * @param returns what a successful response holds
 * @param needsToken whether the route writes, and so needs the server's bearer token
 * @param endpoint what answers
 */
record Route(HandlerType method, String path, String summary, List<Param> pathParams, List<Param> query,
             List<Param> body, String produces, String returns, boolean needsToken, Endpoint endpoint) {

    static final String JSON = "application/json";
    static final String HTML = "text/html";

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParams = List.copyOf(pathParams);
        query = List.copyOf(query);
        body = List.copyOf(body);
        Objects.requireNonNull(endpoint, "endpoint");
        for (Param p : pathParams) {
            if (!path.contains("{" + p.name() + "}")) {
                throw new IllegalArgumentException(path + " has no {" + p.name() + "}");
            }
        }
    }

    static Route get(String path, String summary, List<Param> query, String returns, Endpoint endpoint) {
        return new Route(HandlerType.GET, path, summary, List.of(), query, List.of(), JSON, returns, false, endpoint);
    }

    Route withPathParam(Param param) {
        List<Param> params = new java.util.ArrayList<>(pathParams);
        params.add(param.asRequired());
        return new Route(method, path, summary, params, query, body, produces, returns, needsToken, endpoint);
    }

    /** Answers a checked request: a JSON tree, or for {@link #HTML} routes a page as a string. */
    @FunctionalInterface
    interface Endpoint {
        Object answer(Request request) throws Exception;
    }
}
