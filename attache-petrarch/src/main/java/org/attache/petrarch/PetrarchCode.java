package org.attache.petrarch;

import org.attache.codebook.CameoCode;

/**
 * The event code of a PETRARCH verb block, synonym or pattern, as written in brackets: {@code [064]},
 * {@code [032:033]} (the event and the one its target does in return), or {@code [---]} (no event:
 * the pattern matches and codes nothing).
 *
 * @param code the event code, or null for {@code ---}
 * @param reverse the code of the return event, or null
 */
record PetrarchCode(String code, String reverse) {

    static final PetrarchCode NONE = new PetrarchCode(null, null);

    /** Parses the text inside the brackets; throws {@link IllegalArgumentException} naming what is wrong. */
    static PetrarchCode parse(String written) {
        String text = written.strip();
        if (text.equals("---")) {
            return NONE;
        }
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected [CODE] or [CODE:CODE], found [" + written + "]");
        }
        for (String part : parts) {
            if (!CameoCode.isWellFormed(part.strip())) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an event code (2 to 4 digits)");
            }
        }
        return new PetrarchCode(parts[0].strip(), parts.length == 2 ? parts[1].strip() : null);
    }

    boolean yieldsEvent() {
        return code != null;
    }
}
