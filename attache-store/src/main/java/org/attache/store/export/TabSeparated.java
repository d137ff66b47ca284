package org.attache.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lines of tab-separated fields, UTF-8, {@code \n}-ended. The formats written this way (GDELT,
 * ICEWS) have no quoting, so a tab or line break inside a value becomes a space; null is an empty
 * field.
 *
 * <p>Not thread-safe.
 */
final class TabSeparated {

    private final Writer out;

    TabSeparated(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            String v = fields.get(i);
            if (v != null) {
                out.write(v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            }
        }
        out.write('\n');
    }

    void flush() throws IOException {
        out.flush();
    }
}
