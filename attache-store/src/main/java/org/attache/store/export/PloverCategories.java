package org.attache.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The PLOVER category of a CAMEO code, from the documented mapping resource
 * {@code cameo-to-plover.tsv} (longest matching prefix wins).
 *
 * <p>Thread-safety: immutable after class initialisation.
 */
final class PloverCategories {

    /** A PLOVER category and its PLOVER quad code (1-4). */
    record Category(String name, int quad) {
    }

    private static final String RESOURCE = "cameo-to-plover.tsv";
    private static final Map<String, Category> BY_PREFIX = load();

    private PloverCategories() {
    }

    /** The category of {@code cameo}, or null if PLOVER has none (CAMEO 01, 02). */
    static Category of(String cameo) {
        for (int length = cameo.length(); length >= 2; length--) {
            Category c = BY_PREFIX.get(cameo.substring(0, length));
            if (c != null) {
                return c.name().equals("-") ? null : c;
            }
        }
        return null;
    }

    private static Map<String, Category> load() {
        Map<String, Category> map = new HashMap<>();
        try (InputStream in = PloverCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !f[0].matches("[0-9]{2,4}")) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected CODE<TAB>CATEGORY<TAB>QUAD");
                }
                map.put(f[0], new Category(f[1], Integer.parseInt(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
