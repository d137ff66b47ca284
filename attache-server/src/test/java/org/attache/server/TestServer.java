package org.attache.server;

import java.nio.file.Path;

/**
 * The real server over a database file, on a free loopback port, for integration and browser
 * tests: {@code try (TestServer server = TestServer.start(TestCorpus.database(), null)) {...}}.
 *
 * <p>Thread-safety: start and close from one thread; {@link #baseUrl()} from any.
 */
public final class TestServer implements AutoCloseable {

    private final ApiServer server;

    private TestServer(ApiServer server) {
        this.server = server;
    }

    /**
     * Starts the server over {@code db} on 127.0.0.1 and a port the system picks.
     *
     * @param token the write token, or null for a read-only server
     */
    public static TestServer start(Path db, String token) {
        return new TestServer(ApiServer.start(ServerOptions.of(db.toString()).withPort(0).withToken(token)));
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return server.url();
    }

    /** The server itself, for tests that look at its routes. */
    ApiServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
