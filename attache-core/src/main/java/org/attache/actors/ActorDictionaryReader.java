package org.attache.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.dictionary.Dates;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;

/**
 * Reads actor entries in the format of {@code docs/dictionaries.md}. Each malformed line is
 * reported to the {@link DictionaryText}'s problem list and skipped; the rest is read.
 * Stateless and thread-safe.
 */
public final class ActorDictionaryReader {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2,15}");
    private static final List<String> KEYS = List.of("names", "adjectives", "capitals", "seats", "from", "until",
            "country", "role");

    public List<ActorEntry> read(DictionaryText text) {
        List<ActorEntry> entries = new ArrayList<>();
        Builder current = null;
        boolean seenHeader = false;
        for (Line line : text.lines()) {
            if (!line.indented()) {
                if (current != null) {
                    current.build(text).ifPresent(entries::add);
                }
                current = header(text, line);
                seenHeader = true;
            } else if (current == null) {
                if (!seenHeader) {
                    text.problem(line, "attribute before any entry: " + line.text());
                }
            } else {
                current.attribute(text, line);
            }
        }
        if (current != null) {
            current.build(text).ifPresent(entries::add);
        }
        return entries;
    }

    private static Builder header(DictionaryText text, Line line) {
        String[] parts = line.text().split("\\s+", 3);
        ActorType type = ActorType.parse(parts[0]);
        if (type == null) {
            text.problem(line, "unknown actor type '" + parts[0] + "' (expected one of state, igo, city, company, group, ngo, person, place)");
            return null;
        }
        if (type == ActorType.PERSON || type == ActorType.PLACE) {
            String name = line.text().substring(parts[0].length()).strip();
            if (name.isEmpty()) {
                text.problem(line, type.label() + " without a name");
                return null;
            }
            return new Builder(type, null, name, line);
        }
        if (parts.length < 3 || !CODE.matcher(parts[1]).matches()) {
            text.problem(line, "expected 'TYPE CODE NAME' with an upper-case CODE: " + line.text());
            return null;
        }
        return new Builder(type, parts[1], parts[2].strip(), line);
    }

    /** Collects one entry's attributes; null-safe so a bad header skips its attribute lines quietly. */
    private static final class Builder {
        private final ActorType type;
        private final String code;
        private final String name;
        private final Line header;
        private String country;
        private final List<String> names = new ArrayList<>();
        private final List<String> adjectives = new ArrayList<>();
        private final List<String> capitals = new ArrayList<>();
        private final List<String> seats = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        private LocalDate from;
        private LocalDate until;

        Builder(ActorType type, String code, String name, Line header) {
            this.type = type;
            this.code = code;
            this.name = name;
            this.header = header;
            names.add(name);
        }

        void attribute(DictionaryText text, Line line) {
            int colon = line.text().indexOf(':');
            String key = colon < 0 ? "" : line.text().substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!KEYS.contains(key)) {
                text.problem(line, "expected 'key: value' with key one of " + KEYS + ": " + line.text());
                return;
            }
            String value = line.text().substring(colon + 1).strip();
            try {
                switch (key) {
                    case "names" -> names.addAll(DictionaryText.list(value));
                    case "adjectives" -> adjectives.addAll(DictionaryText.list(value));
                    case "capitals" -> capitals.addAll(DictionaryText.list(value));
                    case "seats" -> seats.addAll(DictionaryText.list(value));
                    case "from" -> from = Dates.parse(value);
                    case "until" -> until = Dates.parse(value);
                    case "country" -> country = value;
                    case "role" -> roles.add(role(value));
                    default -> throw new IllegalStateException(key);
                }
            } catch (IllegalArgumentException e) {
                text.problem(line, e.getMessage());
            }
        }

        private Role role(String value) {
            if (type != ActorType.PERSON) {
                throw new IllegalArgumentException("only persons have roles");
            }
            String[] parts = value.split("\\s+", 3);
            if (parts.length < 2 || !CODE.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("expected 'role: CODE FROM..TO TITLE': " + value);
            }
            Dates.Range range = Dates.range(parts[1]);
            return new Role(parts[0], range.from(), range.until(), parts.length > 2 ? parts[2] : "");
        }

        Optional<ActorEntry> build(DictionaryText text) {
            String land = country != null ? country : defaultCountry();
            try {
                return Optional.of(new ActorEntry(type, code, name, land, names.stream().distinct().toList(),
                        adjectives, capitals, seats, from, until, roles, text.at(header)));
            } catch (IllegalArgumentException e) {
                text.problem(header, e.getMessage());
                return Optional.empty();
            }
        }

        private String defaultCountry() {
            return switch (type) {
                case STATE, CITY, REGION, GROUP -> code.substring(0, 3);
                case COMPANY -> code.startsWith("MNC") && code.length() >= 6 ? code.substring(3, 6) : code.substring(0, 3);
                case PERSON -> roles.isEmpty() || roles.get(0).code().startsWith("IGO") ? null : roles.get(0).code().substring(0, 3);
                case IGO, NGO, PLACE -> null;
            };
        }
    }
}
