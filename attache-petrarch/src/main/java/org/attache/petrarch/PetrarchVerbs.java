package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.dictionary.DictionaryText;

/**
 * What a PETRARCH-1 / TABARI verb dictionary says, as written: its synonym sets and its verb
 * blocks. Immutable.
 *
 * <pre>
 * &amp;CURRENCY                      a synonym set, referred to as &amp;CURRENCY in patterns
 * +DOLLARS
 * +SWISS FRANCS
 *
 * --- BREAK [1717] ---           a block and the code of its verbs when no pattern matches
 * BREAK {BROKE BROKEN}            the verb, with its irregular forms
 * +BREAK_DOWN {+BROKE_DOWN}       a synonym; + marks the verb of a phrase
 * - + * IN $  [075]              a pattern: target, verb, "in", source
 * </pre>
 *
 * @param synsets the members of each synonym set, by name without its {@code &amp;}
 */
record PetrarchVerbs(Map<String, List<List<Piece>>> synsets, List<Block> blocks) {

    /**
     * One token of a phrase or pattern as written: a word, or one of {@code * + $ ^ %}, or a synonym
     * set's {@code &NAME}; glued when joined to the previous one by {@code _}.
     */
    record Piece(String text, boolean glued) {

        /** Splits written words at spaces and underscores: "NEW_&amp;TIETYPES RELATIONS". */
        static List<Piece> split(String written) {
            List<Piece> pieces = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean glue = false;
            boolean pendingGlue = false;
            for (char c : (written + " ").toCharArray()) {
                if (c == '_' || Character.isWhitespace(c)) {
                    if (word.length() > 0) {
                        pieces.add(new Piece(word.toString().toLowerCase(Locale.ROOT), glue));
                        word.setLength(0);
                        glue = false;
                    }
                    pendingGlue |= c == '_';
                } else {
                    if (word.length() == 0) {
                        glue = pendingGlue && !pieces.isEmpty();
                        pendingGlue = false;
                    }
                    word.append(c);
                }
            }
            return pieces;
        }
    }

    /**
     * A verb of a block: its words (one of them the verb, at {@code verb}), the forms of that verb,
     * and its own code, which replaces the block's when no pattern matches.
     *
     * @param anchoredFrom where the dictionary's verb is, with its forms, when another word of the
     *     phrase stands for the verb; null otherwise
     */
    record Entry(List<Piece> words, int verb, Set<String> forms, PetrarchCode code, DictionaryText.Line line,
                 Anchor anchoredFrom) {

        Entry(List<Piece> words, int verb, Set<String> forms, PetrarchCode code, DictionaryText.Line line) {
            this(words, verb, forms, code, line, null);
        }
    }

    /** The place and forms of a phrase's verb. */
    record Anchor(int index, Set<String> forms) {
    }

    /** A pattern line: its pieces, one of them {@code *}, and its code. */
    record Pattern(List<Piece> pieces, PetrarchCode code, DictionaryText.Line line, String text) {
    }

    /** A verb block: its default code (null when the header gives none), its verbs and its patterns. */
    record Block(PetrarchCode code, List<Entry> entries, List<Pattern> patterns, DictionaryText.Line header) {
    }
}
