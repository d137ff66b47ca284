package org.attache.petrarch;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorType;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;

/**
 * Reads a PETRARCH-1 / TABARI actor dictionary into Attaché {@link ActorEntry}s:
 *
 * <pre>
 * GONDOR [GON]                 a name and its code; _ joins the words of a name
 * +MINAS_TIRITH                 a synonym
 * GOLLUM                        codes may follow on lines of their own, restricted in time:
 *     [HOB &lt; 950601]            before a date (YYMMDD or YYYYMMDD)
 *     [HOBGOV 19950601 - 19990815]   between two dates, both included
 *     [HOBREB &gt; 990816]         after a date
 *     [HOB]                     at any other date
 * THE_SHIRE [FRO/BIL/SAM]       a name for several actors at once
 * </pre>
 *
 * <p>Restrictions are tried in the order written, the first that holds at a date wins; an actor
 * entry is made for each stretch of time with one code, so that Attaché's {@code from}/{@code until}
 * dates carry them. Each malformed line is reported with the reason and skipped. Stateless.
 */
final class PetrarchActorReader {

    private static final Pattern NAME = Pattern.compile("([^\\[]+?)\\s*(\\[.*)?");
    private static final Pattern CODE = Pattern.compile(
            "\\[\\s*([A-Za-z0-9/\\-+#]+)\\s*(?:(<|>)\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?\\s*\\]");

    /** A code and the dates it holds between (null for open). */
    record Restriction(String code, LocalDate from, LocalDate until) {
    }

    List<ActorEntry> read(DictionaryText text) {
        List<ActorEntry> entries = new ArrayList<>();
        Builder current = null;
        for (Line line : text.lines()) {
            String s = line.text();
            if (s.startsWith("+")) {
                if (current == null) {
                    text.problem(line, "synonym before any actor: " + s);
                } else {
                    current.names.add(name(s.substring(1)));
                }
            } else if (s.startsWith("[")) {
                if (current == null) {
                    text.problem(line, "code before any actor: " + s);
                } else {
                    codes(text, line, s, current);
                }
            } else {
                if (current != null) {
                    current.build(text, entries);
                }
                Matcher m = NAME.matcher(s);
                if (!m.matches()) {
                    text.problem(line, "expected 'NAME [CODE]': " + s);
                    current = null;
                    continue;
                }
                current = new Builder(name(m.group(1)), line);
                if (m.group(2) != null) {
                    codes(text, line, m.group(2), current);
                }
            }
        }
        if (current != null) {
            current.build(text, entries);
        }
        return entries;
    }

    /** A name as the text writes it: {@code ARNOR_} is "ARNOR", {@code MINAS_TIRITH} "MINAS TIRITH". */
    private static String name(String written) {
        return written.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static void codes(DictionaryText text, Line line, String written, Builder into) {
        Matcher m = CODE.matcher(written);
        int at = 0;
        while (m.find()) {
            if (!written.substring(at, m.start()).isBlank()) {
                break;
            }
            try {
                into.restrictions.add(restriction(m));
            } catch (IllegalArgumentException e) {
                text.problem(line, e.getMessage());
            }
            at = m.end();
        }
        if (!written.substring(at).isBlank()) {
            text.problem(line, "expected [CODE], [CODE <DATE], [CODE >DATE] or [CODE DATE-DATE]: "
                    + written.substring(at).strip());
        }
    }

    private static Restriction restriction(Matcher m) {
        String code = m.group(1).toUpperCase(Locale.ROOT);
        if (m.group(2) != null) {
            LocalDate date = date(m.group(3));
            return m.group(2).equals("<") ? new Restriction(code, null, date.minusDays(1))
                    : new Restriction(code, date.plusDays(1), null);
        }
        if (m.group(4) != null) {
            LocalDate from = date(m.group(4));
            LocalDate until = date(m.group(5));
            if (until.isBefore(from)) {
                throw new IllegalArgumentException("date range ends before it starts: " + m.group());
            }
            return new Restriction(code, from, until);
        }
        return new Restriction(code, null, null);
    }

    /** YYYYMMDD, or TABARI's YYMMDD (years from 30 are 19xx, the others 20xx). */
    static LocalDate date(String digits) {
        String full = digits;
        if (digits.length() == 6) {
            full = (Integer.parseInt(digits.substring(0, 2)) >= 30 ? "19" : "20") + digits;
        }
        try {
            return LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
                    Integer.parseInt(full.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date (YYMMDD or YYYYMMDD): " + digits, e);
        }
    }

    /** One actor being read: its names and codes. */
    private static final class Builder {
        final String name;
        final Line line;
        final List<String> names = new ArrayList<>();
        final List<Restriction> restrictions = new ArrayList<>();

        Builder(String name, Line line) {
            this.name = name;
            this.line = line;
            names.add(name);
        }

        void build(DictionaryText text, List<ActorEntry> into) {
            if (restrictions.isEmpty()) {
                text.problem(line, "actor " + name + " has no [CODE]");
                return;
            }
            for (Restriction r : DateSpans.firstWins(restrictions)) {
                into.add(new ActorEntry(type(r.code()), r.code(), name, country(r.code()), names, List.of(), List.of(),
                        List.of(), r.from(), r.until(), List.of(), text.at(line)));
            }
        }
    }

    private static ActorType type(String code) {
        if (code.startsWith("IGO")) {
            return ActorType.IGO;
        }
        if (code.startsWith("NGO") || code.startsWith("NGM")) {
            return ActorType.NGO;
        }
        return code.length() == 3 && code.chars().allMatch(Character::isLetter) ? ActorType.STATE : ActorType.GROUP;
    }

    private static String country(String code) {
        boolean international = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("---");
        return international || code.length() < 3 ? null : code.substring(0, 3);
    }
}
