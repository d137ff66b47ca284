package org.attache.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.attache.events.Event;

/**
 * Writes events as JSON Lines in the {@link EventJson} format: UTF-8, one event per line, each line
 * ended by {@code \n} whatever the platform.
 *
 * <p>Contract: {@link #close()} flushes. It closes the target only when this writer opened it
 * ({@link #open(Path)}); a stream or writer passed in stays open, so that {@code System.out} can be
 * used without being closed. I/O errors are thrown as {@link UncheckedIOException}, so that
 * {@code write} fits a {@code Consumer<Event>}.
 *
 * <p>Thread-safety: not thread-safe; give each thread its own writer or synchronise externally.
 */
public final class EventJsonWriter implements AutoCloseable {

    private final JsonGenerator generator;
    private long count;

    /** A writer to {@code out}, encoding UTF-8 itself; {@code out} is flushed, not closed, on {@link #close()}. */
    public EventJsonWriter(OutputStream out) {
        this(generator(out, false));
    }

    /** A writer to {@code out}; {@code out} is flushed, not closed, on {@link #close()}. */
    public EventJsonWriter(Writer out) {
        this(generator(out));
    }

    private EventJsonWriter(JsonGenerator generator) {
        this.generator = generator;
    }

    /** A writer to a new or truncated file, which {@link #close()} closes. */
    public static EventJsonWriter open(Path file) throws IOException {
        return new EventJsonWriter(generator(Files.newOutputStream(file), true));
    }

    /** Writes one event and its line end. */
    public void write(Event event) {
        Objects.requireNonNull(event, "event");
        try {
            EventJson.write(event, generator);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** How many events were written. */
    public long count() {
        return count;
    }

    /** Pushes buffered lines to the target, e.g. before a long pause of a streaming consumer. */
    public void flush() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(OutputStream out, boolean owned) {
        Objects.requireNonNull(out, "out");
        try {
            return configure(EventJson.FACTORY.createGenerator(out, JsonEncoding.UTF8), owned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            return configure(EventJson.FACTORY.createGenerator(out), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator configure(JsonGenerator generator, boolean owned) {
        // close() still flushes a target it does not own (FLUSH_PASSED_TO_STREAM is on by default)
        return generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, owned);
    }
}
