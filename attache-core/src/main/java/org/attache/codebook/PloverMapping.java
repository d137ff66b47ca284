package org.attache.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PLOVER event type and mode of a CAMEO code, read from the project's mapping
 * ({@code codebook/plover.tsv}): the longest CAMEO prefix listed decides, so a root gives the
 * default and a sub-code refines it. Plain comments (most of root 01) have no PLOVER type.
 * Immutable and thread-safe.
 */
public final class PloverMapping {

    /** A PLOVER event type and its mode (null when the CAMEO code says none). */
    public record PloverEvent(String event, String mode) {

        /**
         * PLOVER's quad code of the event type: 1 verbal and 2 material cooperation, 3 verbal and
         * 4 material conflict (PLOVER's own grouping: INVESTIGATE and SANCTION are verbal conflict).
         */
        public int quad() {
            return switch (event) {
                case "AGREE", "CONSULT", "SUPPORT", "CONCEDE" -> 1;
                case "COOPERATE", "AID", "RETREAT" -> 2;
                case "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION" -> 3;
                default -> 4; // PROTEST, CRIME, MOBILIZE, COERCE, ASSAULT
            };
        }
    }

    static final Set<String> EVENT_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION",
            "MOBILIZE", "COERCE", "ASSAULT");
    private static final String NONE = "-";
    private static final PloverMapping BUILT_IN = read("plover.tsv");

    private final Map<String, Optional<PloverEvent>> byPrefix;

    private PloverMapping(Map<String, Optional<PloverEvent>> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    public static PloverMapping builtIn() {
        return BUILT_IN;
    }

    /** The PLOVER event of CAMEO code {@code cameo}, or empty when PLOVER codes none. */
    public Optional<PloverEvent> of(String cameo) {
        for (int length = cameo.length(); length >= 2; length--) {
            Optional<PloverEvent> found = byPrefix.get(cameo.substring(0, length));
            if (found != null) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static PloverMapping read(String resource) {
        Map<String, Optional<PloverEvent>> byPrefix = new HashMap<>();
        try (InputStream in = PloverMapping.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource codebook/" + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !f[0].matches("\\d{2,4}")
                        || !(f[1].equals(NONE) || EVENT_TYPES.contains(f[1]))) {
                    throw new IllegalStateException("codebook/" + resource + ":" + (i + 1)
                            + ": expected CAMEO<TAB>PLOVER-EVENT<TAB>MODE: " + line);
                }
                byPrefix.put(f[0], f[1].equals(NONE) ? Optional.empty()
                        : Optional.of(new PloverEvent(f[1], f[2].equals(NONE) ? null : f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PloverMapping(byPrefix);
    }
}
