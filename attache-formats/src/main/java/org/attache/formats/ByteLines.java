package org.attache.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding it, so that one
 * line of bad bytes can be rejected while the lines after it are still read, and keeps at most
 * {@code maxBytes} of a line so that a huge line (or a binary file without newlines) cannot exhaust
 * memory.
 *
 * <p>Thread-safety: not thread-safe; one instance reads one stream.
 */
final class ByteLines {

    private static final int INITIAL_LINE = 8192;
    private static final int KEEP_LINE = 1 << 20;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[INITIAL_LINE];
    private int length;
    private long fullLength;
    private int number;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        if (line.length > KEEP_LINE) {
            line = new byte[INITIAL_LINE];
        }
        length = 0;
        fullLength = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started && endLine();
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return endLine();
            }
        }
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    /** The kept bytes of the current line (valid up to {@link #length()}). */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** The length of the whole line, including any bytes beyond {@code maxBytes} that were dropped. */
    long fullLength() {
        return fullLength;
    }

    boolean truncated() {
        return fullLength > length;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private void append(int start, int count) {
        fullLength += count;
        int kept = Math.min(count, maxBytes - length);
        if (kept <= 0) {
            return;
        }
        if (length + kept > line.length) {
            int capacity = (int) Math.min(maxBytes, Math.max(2L * line.length, (long) length + kept));
            line = Arrays.copyOf(line, capacity);
        }
        System.arraycopy(buffer, start, line, length, kept);
        length += kept;
    }

    private boolean endLine() {
        number++;
        if (!truncated() && length > 0 && line[length - 1] == '\r') {
            length--;
            fullLength--;
        }
        return true;
    }
}
