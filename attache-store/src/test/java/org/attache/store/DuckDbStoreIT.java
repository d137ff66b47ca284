package org.attache.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a real DuckDB file. */
class DuckDbStoreIT extends StoreContract {

    @TempDir
    Path dir;

    @Override
    EventStore openEmpty() {
        return EventStore.open(dir.resolve("events.duckdb").toString());
    }

    @Override
    EventStore reopen() {
        return EventStore.open(dir.resolve("events.duckdb").toString());
    }
}
