package org.attache.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one dictionary file with comments stripped, plus the list of problems found while
 * reading it. Readers add problems and keep going; {@link #throwIfProblems()} reports them all.
 * Not thread-safe; one per file being read.
 */
public final class DictionaryText {

    /** A non-blank line: its number, its text without comment and trailing space, and its indentation. */
    public record Line(int number, String text, boolean indented) {
    }

    private final String file;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> problems;

    public DictionaryText(String file, Reader reader, List<String> problems) {
        this.file = file;
        this.problems = problems;
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int n = 0;
            while ((raw = in.readLine()) != null) {
                n++;
                int hash = raw.indexOf('#');
                String text = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
                if (!text.isBlank()) {
                    lines.add(new Line(n, text.strip(), Character.isWhitespace(text.charAt(0))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    public static DictionaryText resource(String path, List<String> problems) {
        InputStream in = DictionaryText.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("dictionary resource missing from the build: " + path);
        }
        String shortName = path.substring(path.indexOf("dictionaries/") + "dictionaries/".length());
        return new DictionaryText(shortName, new InputStreamReader(in, StandardCharsets.UTF_8), problems);
    }

    public String file() {
        return file;
    }

    public List<Line> lines() {
        return lines;
    }

    public SourceLine at(Line line) {
        return new SourceLine(file, line.number());
    }

    public void problem(Line line, String message) {
        problems.add(file + ":" + line.number() + ": " + message);
    }

    /** Splits a {@code ;}-separated list, dropping empty items. */
    public static List<String> list(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
