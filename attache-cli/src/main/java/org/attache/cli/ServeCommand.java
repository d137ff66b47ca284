package org.attache.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attache.server.ApiServer;
import org.attache.server.ServerOptions;
import org.attache.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache serve}: the HTTP API, its OpenAPI document, Swagger UI and the dashboard over a
 * store, until interrupted. Loopback and read-only unless told otherwise.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the events of a store over HTTP: JSON API under /api, /openapi.json, /swagger and "
                + "the dashboard at /. Runs until interrupted (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DB", defaultValue = EventStore.DEFAULT_FILE,
            description = "DuckDB file or postgresql://user@host:port/db URL (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: all).")
    String bind = ServerOptions.DEFAULT_BIND;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file whose first line is the token "
            + "writes (POST /api/documents) must carry as 'Authorization: Bearer TOKEN'. Without it: read-only.")
    Path tokenFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        StoreOptions.requireExisting(db);
        ServerOptions options;
        try {
            options = ServerOptions.of(db).withPort(port).withBind(bind).withToken(token());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ApiServer server = ApiServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "attache-serve-stop"));
        server.warmUp();
        System.err.println("attache: serving " + server.store() + " at " + server.url() + "/ ("
                + (options.writable() ? "writes need the token of " + tokenFile : "read-only")
                + "; API at /api, docs at /swagger); Ctrl-C stops");
        stopped.await();
        return 0;
    }

    private String token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            String token = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": " + e.getMessage());
        }
    }
}
