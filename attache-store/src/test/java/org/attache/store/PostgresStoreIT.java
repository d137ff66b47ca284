package org.attache.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract against a real PostgreSQL server, the one {@code ATTACHE_TEST_PG_URL} names
 * ({@code .ci/run} starts one and sets it). Each test gets a schema of its own, dropped afterwards.
 * Without the variable the tests are skipped on a developer's machine and fail under CI, where a
 * silent skip would hide a broken set-up.
 */
class PostgresStoreIT extends StoreContract {

    private String url;
    private String schema;

    /** The server to test against: fails under CI without one, skips elsewhere. */
    static String serverUrl() {
        String url = System.getenv("ATTACHE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("ATTACHE_TEST_PG_URL is not set: .ci/run must start PostgreSQL and export it");
            }
            assumeTrue(false, "ATTACHE_TEST_PG_URL is not set: no PostgreSQL server to test against");
        }
        return url;
    }

    @Override
    EventStore openEmpty() throws Exception {
        url = serverUrl();
        schema = String.format(Locale.ROOT, "attache_it_%08x", ThreadLocalRandom.current().nextInt() & 0x7fffffff);
        try (Connection c = PostgresStore.connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return reopen();
    }

    @Override
    EventStore reopen() {
        return EventStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (Connection c = PostgresStore.connect(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
