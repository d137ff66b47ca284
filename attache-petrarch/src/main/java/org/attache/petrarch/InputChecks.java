package org.attache.petrarch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks PETRARCH makes on a record before coding it, each giving the error it reports: a
 * constituency parse whose brackets do not balance ({@code bad_input_parse}: the record's input is
 * broken, whatever Attaché's own parse of the text would say), and a wire-service dateline left at
 * the head of the text ({@code dateline}: "CEBU CITY: -- ..."), which means the story was not
 * cleaned. Stateless.
 */
final class InputChecks {

    private static final Pattern DATELINE = Pattern.compile("^\\s*[A-Z][A-Z .,'\\-]{1,40}:\\s*--");

    private InputChecks() {
    }

    /** The error PETRARCH would report for this record's input, if any. */
    static Optional<String> errorOf(ValidationRecord record) {
        if (record.parse() != null && !balanced(record.parse())) {
            return Optional.of("bad_input_parse");
        }
        if (DATELINE.matcher(record.text()).find()) {
            return Optional.of("dateline");
        }
        return Optional.empty();
    }

    static boolean balanced(String parse) {
        int depth = 0;
        for (int i = 0; i < parse.length(); i++) {
            char c = parse.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
