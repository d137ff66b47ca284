package org.attache.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;
import org.attache.petrarch.PetrarchVerbs.Block;
import org.attache.petrarch.PetrarchVerbs.Entry;
import org.attache.petrarch.PetrarchVerbs.Piece;

/**
 * Reads a PETRARCH-1 / TABARI verb dictionary (see {@link PetrarchVerbs} for the format). Each
 * malformed line is reported to the text's problem list with the reason, and reading goes on with
 * the next line. Stateless and thread-safe.
 */
final class PetrarchVerbReader {

    private static final Pattern HEADER = Pattern.compile("---\\s*([^\\[]*?)\\s*((?:\\[[^\\]]*\\]\\s*)*)(?:---)?");
    private static final Pattern TRAILING_CODE = Pattern.compile("(.*?)\\[([^\\]]*)\\]\\s*");
    private static final Pattern FORMS = Pattern.compile("(.*?)\\{([^}]*)\\}(.*)");

    PetrarchVerbs read(DictionaryText text) {
        Map<String, List<List<Piece>>> synsets = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<List<Piece>> synset = null;
        Block block = null;
        for (Line line : text.lines()) {
            String s = line.text();
            if (s.startsWith("---")) {
                synset = null;
                block = header(text, line);
                if (block != null) {
                    blocks.add(block);
                }
            } else if (s.startsWith("&")) {
                block = null;
                synset = new ArrayList<>();
                synsets.put(synsetName(s.split("\\s+")[0]), synset);
            } else if (s.startsWith("-")) {
                if (block == null) {
                    text.problem(line, "pattern outside a '--- VERB [CODE] ---' block: " + s);
                } else {
                    pattern(text, line).ifPresent(block.patterns()::add);
                }
            } else if (synset != null) {
                if (s.startsWith("+") && s.length() > 1) {
                    synset.add(Piece.split(s.substring(1)));
                } else {
                    text.problem(line, "synonym set members start with '+': " + s);
                }
            } else if (block != null) {
                entry(text, line).ifPresent(block.entries()::add);
            } else {
                text.problem(line, "verb outside a '--- VERB [CODE] ---' block: " + s);
            }
        }
        return new PetrarchVerbs(synsets, blocks);
    }

    /** The name of a synonym set as patterns refer to it: {@code &PREPOSIT1_} is {@code PREPOSIT1}. */
    static String synsetName(String written) {
        return written.substring(1).replaceAll("_+$", "").toLowerCase(Locale.ROOT);
    }

    private static Block header(DictionaryText text, Line line) {
        Matcher m = HEADER.matcher(line.text());
        if (!m.matches() || m.group(1).isEmpty()) {
            text.problem(line, "block header must read '--- VERB [CODE] ---': " + line.text());
            return null;
        }
        List<String> codes = new ArrayList<>();
        Matcher c = Pattern.compile("\\[([^\\]]*)\\]").matcher(m.group(2));
        while (c.find()) {
            codes.add(c.group(1));
        }
        if (codes.size() > 1) {
            text.problem(line, "block header has " + codes.size() + " codes; the first, [" + codes.get(0)
                    + "], is used");
        }
        PetrarchCode code = PetrarchCode.NONE;
        if (!codes.isEmpty()) {
            try {
                code = PetrarchCode.parse(codes.get(0));
            } catch (IllegalArgumentException e) {
                text.problem(line, e.getMessage() + "; the block has no default code");
            }
        }
        return new Block(code, new ArrayList<>(), new ArrayList<>(), line);
    }

    private static Optional<Entry> entry(DictionaryText text, Line line) {
        String s = line.text().startsWith("+") ? line.text().substring(1) : line.text();
        PetrarchCode code = null;
        Matcher coded = TRAILING_CODE.matcher(s);
        if (coded.matches()) {
            try {
                code = PetrarchCode.parse(coded.group(2));
            } catch (IllegalArgumentException e) {
                text.problem(line, e.getMessage() + "; the verb takes the block's code");
            }
            s = coded.group(1);
        }
        String forms = null;
        Matcher braces = FORMS.matcher(s);
        if (braces.matches()) {
            forms = braces.group(2);
            s = braces.group(1) + " " + braces.group(3);
        }
        List<Piece> words = Piece.split(s.replace("+", " +").strip());
        if (words.isEmpty() || words.stream().anyMatch(w -> !w.text().matches("\\+?[\\p{L}\\p{N}'.\\-]+"))) {
            text.problem(line, "expected 'VERB [{FORMS}] [[CODE]]' with words joined by '_': " + line.text());
            return Optional.empty();
        }
        int verb = verbIndex(words);
        List<Piece> plain = words.stream().map(w -> new Piece(w.text().replace("+", ""), w.glued())).toList();
        String base = plain.get(verb).text();
        Set<String> all = new LinkedHashSet<>();
        if (forms == null) {
            all.addAll(EnglishForms.verb(base));
        } else {
            all.add(base);
            for (String form : forms.strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    List<Piece> pieces = Piece.split(form.replace("+", " +").strip());
                    all.add(pieces.get(verbIndex(pieces)).text().replace("+", ""));
                }
            }
        }
        return Optional.of(new Entry(plain, verb, all, code, line));
    }

    /** The word marked with {@code +}, or the first. */
    private static int verbIndex(List<Piece> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().startsWith("+")) {
                return i;
            }
        }
        return 0;
    }

    private static Optional<PetrarchVerbs.Pattern> pattern(DictionaryText text, Line line) {
        Matcher m = TRAILING_CODE.matcher(line.text().substring(1));
        if (!m.matches()) {
            text.problem(line, "pattern must end with its [CODE]: " + line.text());
            return Optional.empty();
        }
        PetrarchCode code;
        try {
            code = PetrarchCode.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            text.problem(line, e.getMessage() + "; the pattern is skipped");
            return Optional.empty();
        }
        List<Piece> pieces = Piece.split(m.group(1));
        if (pieces.stream().filter(p -> p.text().equals("*")).count() != 1) {
            text.problem(line, "pattern must have exactly one '*' for the verb: " + line.text());
            return Optional.empty();
        }
        return Optional.of(new PetrarchVerbs.Pattern(pieces, code, line, line.text()));
    }
}
