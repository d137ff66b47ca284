package org.attache.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.attache.store.EventRecord;

/**
 * CSV (RFC 4180 quoting, UTF-8, {@code \n} line ends) with a header row: the columns of
 * {@link Columns}, every stored field. Null values are empty fields. Keeps every event, negated
 * and hypothetical ones included: their flags are columns.
 *
 * <p>Not thread-safe.
 */
final class CsvExport extends CountingExport {

    private final Writer out;

    CsvExport(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        try {
            line(Columns.names().toArray(String[]::new));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(EventRecord record) throws IOException {
        line(Columns.ALL.stream().map(c -> c.value().apply(record)).toArray(String[]::new));
        countWritten();
    }

    private void line(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(values[i]));
        }
        out.write('\n');
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
