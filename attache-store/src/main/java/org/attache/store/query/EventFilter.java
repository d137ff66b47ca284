package org.attache.store.query;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events (or clusters) a query selects. Every criterion is optional (null or false: no
 * restriction) and they combine with AND. Actor criteria match a code and every code it is the
 * prefix of: {@code USA} matches USA, USAGOV and USAMIL; {@code USAGOV} matches USAGOV and USAGOVLEG.
 *
 * @param from first date, inclusive
 * @param to last date, inclusive
 * @param actor an actor in either role
 * @param source the source actor
 * @param target the target actor
 * @param eitherDirection with source and target: also the reverse dyad (target acting on source)
 * @param root a CAMEO root ({@code 19})
 * @param cameo a CAMEO code and its sub-codes ({@code 19}, {@code 193}, {@code 1931})
 * @param quadClass quad class 1-4
 * @param country a country (ISO alpha-3) of the source or the target
 * @param docId events of one document (for clusters: clusters with a member in it)
 * @param assertedOnly leave out negated and hypothetical events
 */
public record EventFilter(LocalDate from, LocalDate to, String actor, String source, String target,
                          boolean eitherDirection, String root, String cameo, Integer quadClass, String country,
                          String docId, boolean assertedOnly) {

    private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,40}");
    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");

    /** No restriction: every event. */
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, false, null, null, null,
            null, null, false);

    public EventFilter {
        actor = code("actor", actor);
        source = code("source", source);
        target = code("target", target);
        country = code("country", country);
        if (root != null && !root.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("root must be two digits, was '" + root + "'");
        }
        if (cameo != null && !CODE.matcher(cameo).matches()) {
            throw new IllegalArgumentException("cameo must be 2 to 4 digits, was '" + cameo + "'");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    /** The dyad source -> target (either may be null). */
    public static EventFilter dyad(String source, String target) {
        return ALL.withDyad(source, target, false);
    }

    public EventFilter withDates(LocalDate from, LocalDate to) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withActor(String actor) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withDyad(String source, String target, boolean eitherDirection) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withCodes(String root, String cameo, Integer quadClass) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withCountry(String country) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withDocument(String docId) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    public EventFilter withAssertedOnly(boolean assertedOnly) {
        return new EventFilter(from, to, actor, source, target, eitherDirection, root, cameo, quadClass, country,
                docId, assertedOnly);
    }

    /** Actor codes are upper case whatever the user typed; anything but letters and digits is refused. */
    private static String code(String field, String value) {
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!ACTOR.matcher(code).matches()) {
            throw new IllegalArgumentException(field + " must be a CAMEO actor code (letters and digits), was '"
                    + value + "'");
        }
        return code;
    }
}
