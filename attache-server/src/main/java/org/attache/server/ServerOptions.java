package org.attache.server;

import java.util.Objects;

/**
 * How an {@link ApiServer} runs: which store it serves, where it listens, whether it takes writes,
 * and how much it accepts.
 *
 * @param store the store location, as {@code EventStore.open} takes it (DuckDB file or PostgreSQL URL)
 * @param bind the address to listen on; loopback by default, so nothing is exposed unless asked
 * @param port the port; 0 picks a free one
 * @param token the bearer token write requests must carry, or null: the server is then read-only
 * @param maxBodyBytes the largest request body accepted (413 beyond)
 * @param maxTextChars the longest text {@code POST /api/code} codes (413 beyond)
 * @param readers how many store connections serve reads at once
 */
public record ServerOptions(String store, String bind, int port, String token, long maxBodyBytes, int maxTextChars,
                            int readers) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;

    public ServerOptions {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        if (maxBodyBytes < 1 || maxTextChars < 1 || readers < 1) {
            throw new IllegalArgumentException("maxBodyBytes, maxTextChars and readers must be positive");
        }
    }

    /** Defaults: loopback, port 7070, read-only, 1 MiB bodies, 20,000-character texts, a reader per core. */
    public static ServerOptions of(String store) {
        return new ServerOptions(store, DEFAULT_BIND, DEFAULT_PORT, null, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_TEXT_CHARS, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public ServerOptions withBind(String bind) {
        return new ServerOptions(store, bind, port, token, maxBodyBytes, maxTextChars, readers);
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(store, bind, port, token, maxBodyBytes, maxTextChars, readers);
    }

    public ServerOptions withToken(String token) {
        return new ServerOptions(store, bind, port, token, maxBodyBytes, maxTextChars, readers);
    }

    public ServerOptions withReaders(int readers) {
        return new ServerOptions(store, bind, port, token, maxBodyBytes, maxTextChars, readers);
    }

    /** True if the server takes writes (a token was given). */
    public boolean writable() {
        return token != null;
    }

    @Override
    public String toString() {
        // the token stays out of logs and messages
        return "ServerOptions[store=" + store + ", bind=" + bind + ", port=" + port + ", writable=" + writable()
                + ", maxBodyBytes=" + maxBodyBytes + ", maxTextChars=" + maxTextChars + ", readers=" + readers + "]";
    }
}
