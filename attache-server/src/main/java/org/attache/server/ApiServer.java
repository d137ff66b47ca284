package org.attache.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attache.coder.Dictionaries;

/**
 * The HTTP server of {@code attache serve}: the JSON API under {@code /api} (see
 * {@code docs/api.md}), its OpenAPI document at {@code /openapi.json}, Swagger UI at
 * {@code /swagger}, the dashboard's static files from the class path directory
 * {@value #DASHBOARD} at {@code /}, and WebJars under {@code /webjars}.
 *
 * <p>Safety: it listens on loopback unless told otherwise and is read-only unless started with a
 * token; bodies are limited in size; every parameter is validated (unknown ones refused) and reaches
 * the database only as a bound parameter; errors are {@code {"error","status"}} and never carry a
 * stack trace (unexpected ones are logged, and the client gets 500).
 *
 * <p>Concurrency: Jetty serves requests on its thread pool; store access goes through a
 * {@link StorePool} (a fixed set of reader connections, one writer) and coding through a
 * {@link CodingService} (a few threads of its own, each with its CoreNLP pipeline).
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes the store.
 */
public final class ApiServer implements AutoCloseable {

    static final String DASHBOARD = "/org/attache/server/dashboard";
    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());

    private final Javalin app;
    private final StorePool stores;
    private final CodingService coding;
    private final DocumentIntake intake;
    private final ServerOptions options;
    private final List<String> registered;

    private ApiServer(Javalin app, StorePool stores, CodingService coding, DocumentIntake intake,
                      ServerOptions options, List<String> registered) {
        this.app = app;
        this.stores = stores;
        this.coding = coding;
        this.intake = intake;
        this.options = options;
        this.registered = registered;
    }

    /** Opens the store and starts serving it; fails if the store cannot be opened or the port is taken. */
    public static ApiServer start(ServerOptions options) {
        String version = version();
        StorePool stores = new StorePool(options.store(), options.readers());
        CodingService coding = new CodingService(Math.min(2, Runtime.getRuntime().availableProcessors()));
        DocumentIntake intake = new DocumentIntake(stores, coding, version);
        try {
            List<Route> routes = new ArrayList<>();
            routes.addAll(new StatusEndpoints(stores, coding, options, version).routes());
            routes.addAll(new EventEndpoints(stores).routes());
            routes.addAll(new ActorEndpoints(stores, new ActorDirectory(Dictionaries.builtIn().actors(),
                    LocalDate.now())).routes());
            routes.addAll(new TrendEndpoints(stores).routes());
            routes.addAll(new CodingEndpoints(coding, intake, options).routes());
            ObjectNode[] document = new ObjectNode[1];
            routes.addAll(new DocsEndpoints(() -> document[0]).routes());
            document[0] = OpenApiDocument.of(routes, version);

            List<String> registered = Collections.synchronizedList(new ArrayList<>());
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.http.maxRequestSize = options.maxBodyBytes();
                config.events(events -> events.handlerAdded(h -> {
                    if (h.getHttpMethod().isHttpMethod()) {
                        registered.add(h.getHttpMethod() + " " + h.getPath());
                    }
                }));
                // the dashboard's files appear when its engineer adds them; until then there is nothing to serve
                if (ApiServer.class.getResource(DASHBOARD) != null) {
                    config.staticFiles.add(DASHBOARD, Location.CLASSPATH);
                }
                config.staticFiles.enableWebjars();
            });
            app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            for (Route route : routes) {
                app.addHttpHandler(route.method(), route.path(), ctx -> answer(route, ctx, options));
            }
            app.exception(ApiException.class, (e, ctx) -> Json.send(ctx, e.status(), Json.error(e.status(),
                    e.getMessage())));
            app.exception(HttpResponseException.class, (e, ctx) -> Json.send(ctx, e.getStatus(),
                    Json.error(e.getStatus(), Request.clip(e.getMessage()))));
            app.exception(Exception.class, (e, ctx) -> {
                LOG.log(System.Logger.Level.ERROR, "failed: " + ctx.method() + " " + ctx.path(), e);
                Json.send(ctx, 500, Json.error(500, "internal error (the server log says more)"));
            });
            app.start(options.bind(), options.port());
            return new ApiServer(app, stores, coding, intake, options, registered);
        } catch (RuntimeException e) {
            coding.close();
            stores.close();
            throw e;
        }
    }

    private static void answer(Route route, Context ctx, ServerOptions options) throws Exception {
        Object answer = route.endpoint().answer(new Request(ctx, route, options.maxBodyBytes()));
        if (answer instanceof String page) {
            ctx.contentType(route.produces() + "; charset=utf-8").result(page);
        } else {
            ctx.header("Cache-Control", "no-store");
            Json.send(ctx, 200, (ObjectNode) answer);
        }
    }

    /** Starts loading the coder's models in the background, so the first {@code POST /api/code} is quick. */
    public void warmUp() {
        coding.warmUp();
    }

    /** The port the server listens on (the one the system picked if it was given 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://HOST:PORT}: loopback for a server bound to every address. */
    public String url() {
        String host = options.bind();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** Where the served events are. */
    public String store() {
        return stores.description();
    }

    /** {@code METHOD /path} of every route Javalin registered, in order. */
    List<String> registeredRoutes() {
        return List.copyOf(registered);
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                coding.close();
                intake.close();
            } finally {
                stores.close();
            }
        }
    }

    /** This build's version, from the jar manifest when there is one. */
    static String version() {
        String v = ApiServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
