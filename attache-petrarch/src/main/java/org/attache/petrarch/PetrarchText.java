package org.attache.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.dictionary.DictionaryText;

/**
 * Opens a PETRARCH dictionary file as a {@link DictionaryText}: {@code #} comments run to the end
 * of the line as in Attaché's own files, and {@code <!-- ... -->} blocks, which may span lines
 * (and then hold {@code #} lines of their own), are blanked first. Line numbers stay those of the
 * file, so problems point where an editor should look.
 */
final class PetrarchText {

    private PetrarchText() {
    }

    static DictionaryText open(Path file, List<String> problems) {
        try {
            return of(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH dictionary " + file, e);
        }
    }

    static DictionaryText of(String name, Reader reader, List<String> problems) {
        StringBuilder kept = new StringBuilder();
        boolean inComment = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.strip();
                if (inComment) {
                    inComment = !text.contains("-->");
                    line = "";
                } else if (text.startsWith("<!")) {
                    inComment = !text.contains("-->");
                    line = "";
                }
                kept.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PETRARCH dictionary " + name, e);
        }
        return new DictionaryText(name, new StringReader(kept.toString()), problems);
    }
}
