package org.attache.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses the tab-separated tables of a {@link Codebook}: the code table ({@code code, goldstein,
 * quad, name}) and the intent rules ({@code deed_prefix, intent_code, comment}). Blank lines and
 * lines starting with {@code #} are skipped.
 *
 * <p>Every problem is recorded as {@code source:line: problem} and reading goes on, so that
 * {@link #throwIfProblems()} reports a broken file in one go.
 *
 * <p>Thread-safety: not thread-safe; use one instance per read.
 */
final class CodebookReader {

    /** The intent code that keeps the deed code unchanged. */
    static final String SAME_AS_DEED = "=";

    // Stricter than Double.parseDouble, which would also take "NaN", "1e1" or "2d".
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final List<String> problems = new ArrayList<>();

    /** The codes of the table, sorted so that each code is followed by its descendants. */
    SortedMap<String, CameoCode> readCodes(Reader in, String source) {
        SortedMap<String, CameoCode> codes = new TreeMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        forEachRow(in, source, (line, fields) -> {
            if (fields.length != 4) {
                problem(source, line, "expected 4 tab-separated fields (code, goldstein, quad, name), found "
                        + fields.length);
                return;
            }
            CameoCode code = parseCode(source, line, fields);
            if (code == null) {
                return;
            }
            Integer earlier = lineOf.putIfAbsent(code.code(), line);
            if (earlier != null) {
                problem(source, line, "code " + code.code() + " is already defined at line " + earlier);
                return;
            }
            codes.put(code.code(), code);
        });
        for (CameoCode code : codes.values()) {
            String parent = code.code().length() == 4 ? code.base() : code.root();
            if (!code.isRoot() && !codes.containsKey(parent)) {
                problem(source, lineOf.get(code.code()), "code " + code.code() + " has no parent code " + parent);
            }
        }
        return codes;
    }

    /** The intent rules by deed prefix; a value of {@link #SAME_AS_DEED} keeps the deed code. */
    Map<String, String> readIntents(Reader in, String source, Map<String, CameoCode> codes) {
        Map<String, String> rules = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        forEachRow(in, source, (line, fields) -> {
            if (fields.length != 3) {
                problem(source, line, "expected 3 tab-separated fields (deed_prefix, intent_code, comment), found "
                        + fields.length);
                return;
            }
            String prefix = fields[0];
            String intent = fields[1];
            boolean valid = true;
            if (!codes.containsKey(prefix)) {
                problem(source, line, "deed_prefix '" + prefix + "' is not a code of the codebook");
                valid = false;
            }
            if (!intent.equals(SAME_AS_DEED) && !codes.containsKey(intent)) {
                problem(source, line, "intent_code '" + intent + "' is neither a code of the codebook nor "
                        + SAME_AS_DEED);
                valid = false;
            }
            Integer earlier = lineOf.putIfAbsent(prefix, line);
            if (earlier != null) {
                problem(source, line, "deed_prefix " + prefix + " already has a rule at line " + earlier);
                valid = false;
            }
            if (valid) {
                rules.put(prefix, intent);
            }
        });
        return rules;
    }

    /** @throws CodebookException listing every problem found so far, if any */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new CodebookException(problems);
        }
    }

    private CameoCode parseCode(String source, int line, String[] fields) {
        String goldstein = fields[1];
        String quad = fields[2];
        boolean valid = true;
        if (!DECIMAL.matcher(goldstein).matches()) {
            problem(source, line, "goldstein '" + goldstein + "' is not a decimal number");
            valid = false;
        }
        if (!quad.matches("[1-4]")) {
            problem(source, line, "quad '" + quad + "' is not 1, 2, 3 or 4");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        try {
            return new CameoCode(fields[0], fields[3], Double.parseDouble(goldstein),
                    QuadClass.ofNumber(Integer.parseInt(quad)));
        } catch (IllegalArgumentException e) {
            problem(source, line, e.getMessage());
            return null;
        }
    }

    private void forEachRow(Reader in, String source, RowHandler handler) {
        BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    // Editors on Windows like to prepend a byte-order mark; it is not part of the first code.
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                handler.row(number, line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private void problem(String source, int line, String message) {
        problems.add(source + ":" + line + ": " + message);
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(int line, String[] fields);
    }
}
