package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.attache.store.EventStore;
import org.attache.store.query.EventFilter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options the store commands share ({@code events}, {@code dyad}, {@code actors},
 * {@code export}): which database, which events, raw events or clusters. Used as a picocli mixin.
 */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DB", defaultValue = EventStore.DEFAULT_FILE,
            description = "DuckDB file or postgresql://user@host:port/db URL (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--clusters", description = "Count de-duplicated clusters (one per occurrence) instead of events.")
    boolean clusters;

    @ArgGroup(exclusive = false, heading = "Filters (combined with AND):%n")
    Filters filters = new Filters();

    static final class Filters {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date, inclusive.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date, inclusive.")
        LocalDate to;

        @Option(names = "--actor", paramLabel = "CODE",
                description = "Actor in either role (prefix: USA matches USAGOV).")
        String actor;

        @Option(names = "--source", paramLabel = "CODE", description = "Source actor (prefix).")
        String source;

        @Option(names = "--target", paramLabel = "CODE", description = "Target actor (prefix).")
        String target;

        @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code (two digits).")
        String root;

        @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code and its sub-codes.")
        String cameo;

        @Option(names = "--quad", paramLabel = "1-4", description = "Quad class.")
        Integer quad;

        @Option(names = "--country", paramLabel = "ISO3", description = "Country of the source or the target.")
        String country;

        @Option(names = "--doc", paramLabel = "ID", description = "Events of one document.")
        String doc;

        @Option(names = "--asserted", description = "Leave out negated and hypothetical events.")
        boolean asserted;
    }

    /** The filter the options describe; a bad value is a usage error. */
    EventFilter filter(picocli.CommandLine commandLine) {
        try {
            Filters f = filters;
            return new EventFilter(f.from, f.to, f.actor, f.source, f.target, false, f.root, f.cameo, f.quad,
                    f.country, f.doc, f.asserted);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    /** Opens the database the query commands read: it must exist, they do not create one. */
    EventStore open() {
        requireExisting(db);
        return open(db);
    }

    /** Fails, saying how to make one, if {@code db} names a DuckDB file that does not exist. */
    static void requireExisting(String db) {
        if (!db.contains(":") && !Files.exists(Path.of(db))) {
            throw new IllegalArgumentException("no database " + db + ": store events first with "
                    + "'attache code INPUT --db " + db + "'");
        }
    }

    /**
     * Opens a store, refusing locations that look like inputs: {@code attache code --db news.jsonl}
     * most likely meant {@code --db} without a value.
     */
    static EventStore open(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".txt")
                || !location.contains(":") && Files.isDirectory(Path.of(location))) {
            throw new IllegalArgumentException("'" + location + "' looks like an input, not a database: "
                    + "give the database as --db=FILE, or put --db after the inputs");
        }
        return EventStore.open(location);
    }
}
