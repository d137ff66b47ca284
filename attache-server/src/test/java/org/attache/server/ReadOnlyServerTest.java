package org.attache.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A read-only server over the fixture corpus, started once for the test class on a free port, and a
 * client for it: the set-up the API tests share.
 */
abstract class ReadOnlyServerTest {

    static TestServer server;
    static ApiClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestCorpus.database(), null);
        client = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }
}
