package org.attache.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.SourceLine;
import org.attache.petrarch.PetrarchVerbs.Block;
import org.attache.petrarch.PetrarchVerbs.Entry;
import org.attache.petrarch.PetrarchVerbs.Piece;
import org.attache.verbs.ClausePattern;
import org.attache.verbs.VerbPattern;
import org.attache.verbs.WordSequence;
import org.attache.verbs.WordSequence.Element;
import org.attache.verbs.WordSequence.Kind;
import org.attache.verbs.WordSequence.Word;

/**
 * Turns a PETRARCH verb dictionary into Attaché {@link VerbPattern}s, one per verb of a block and
 * pattern (and one for the verb alone, with the block's or the verb's own code): the pattern's
 * {@code *} becomes the verb's words, each synonym set its members, and the whole a
 * {@link WordSequence}. A pattern coding {@code %} (a coordination acting together) without a
 * return code is coded both ways, as PETRARCH does. Problems (an unknown synonym set) are reported
 * against the pattern's line. Stateless.
 *
 * <p>A verb of several words ({@code WIRE_+TAP}) is also indexed under its other words, because
 * a tagger may take one of them for the verb ("will not wire/VB tap/NN the links").
 */
final class VerbTranslator {

    private static final int MAX_DEPTH = 4;

    List<VerbPattern> translate(PetrarchVerbs verbs, DictionaryText text) {
        List<VerbPattern> patterns = new ArrayList<>();
        for (Block block : verbs.blocks()) {
            for (Entry entry : block.entries()) {
                for (int anchor = 0; anchor < entry.words().size(); anchor++) {
                    translate(verbs, block, anchor == entry.verb() ? entry : reanchored(entry, anchor), text, patterns);
                }
            }
        }
        return patterns;
    }

    private static void translate(PetrarchVerbs verbs, Block block, Entry entry, DictionaryText text,
                                  List<VerbPattern> into) {
        for (PetrarchVerbs.Pattern p : block.patterns()) {
            List<Element> elements = new ArrayList<>();
            if (elements(verbs, p.pieces(), entry, elements, text, p.line())) {
                into.add(pattern(entry, p.code(), elements, text.at(p.line()), entryText(entry) + ": " + p.text()));
            }
        }
        PetrarchCode code = entry.code() != null ? entry.code() : block.code();
        if (code.yieldsEvent()) {
            List<Element> elements = new ArrayList<>();
            elements(verbs, List.of(new Piece("*", false)), entry, elements, text, entry.line());
            into.add(pattern(entry, code, elements, text.at(entry.line()),
                    entryText(entry) + " [" + code.code() + (code.reverse() == null ? "" : ":" + code.reverse()) + "]"));
        }
    }

    /**
     * The entry with another of its words as the verb; the verb's forms stay the alternatives at
     * its place, so "wire/VB tap/NN" matches {@code WIRE_+TAP} anchored on "wire".
     */
    private static Entry reanchored(Entry entry, int anchor) {
        return new Entry(entry.words(), anchor, EnglishForms.verb(entry.words().get(anchor).text()), entry.code(),
                entry.line(), new PetrarchVerbs.Anchor(entry.verb(), entry.forms()));
    }

    private static VerbPattern pattern(Entry entry, PetrarchCode code, List<Element> elements, SourceLine source,
                                       String text) {
        WordSequence words = new WordSequence(elements);
        String reverse = code.reverse();
        if (reverse == null && code.yieldsEvent() && words.has(Kind.COMPOUND, true)) {
            reverse = code.code(); // "Gondor and Osgiliath have delayed their meeting": each delayed it with the other
        }
        return new VerbPattern(entry.forms(), List.of(), code.code(), null, ClausePattern.ANY, Set.of(),
                ClausePattern.ANY, source, text, words, reverse);
    }

    private static String entryText(Entry entry) {
        StringBuilder b = new StringBuilder();
        for (Piece w : entry.words()) {
            b.append(b.length() == 0 ? "" : w.glued() ? "_" : " ").append(w.text().toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static boolean elements(PetrarchVerbs verbs, List<Piece> pieces, Entry entry, List<Element> into,
                                    DictionaryText text, DictionaryText.Line line) {
        for (Piece piece : pieces) {
            switch (piece.text()) {
                case "*" -> {
                    for (int i = 0; i < entry.words().size(); i++) {
                        boolean glued = i == 0 ? piece.glued() : entry.words().get(i).glued();
                        into.add(i == entry.verb() ? Element.of(Kind.VERB, glued)
                                : new Element(Kind.WORDS, wordsAt(entry, i), glued));
                    }
                }
                case "+" -> into.add(Element.of(Kind.TARGET, piece.glued()));
                case "$" -> into.add(Element.of(Kind.SOURCE, piece.glued()));
                case "^" -> into.add(Element.of(Kind.SKIP, piece.glued()));
                case "%" -> into.add(Element.of(Kind.COMPOUND, piece.glued()));
                default -> {
                    List<List<Word>> alternatives = new ArrayList<>();
                    if (!expand(verbs, piece, alternatives, 0)) {
                        text.problem(line, "unknown synonym set " + piece.text().toUpperCase(Locale.ROOT)
                                + "; the pattern is skipped");
                        return false;
                    }
                    into.add(new Element(Kind.WORDS, alternatives, piece.glued()));
                }
            }
        }
        return true;
    }

    /** The words that may stand at word {@code i} of a verb: the verb's forms where the entry was re-anchored. */
    private static List<List<Word>> wordsAt(Entry entry, int i) {
        if (entry.anchoredFrom() != null && i == entry.anchoredFrom().index()) {
            return entry.anchoredFrom().forms().stream().map(f -> List.of(new Word(f, false))).toList();
        }
        return List.of(List.of(new Word(entry.words().get(i).text(), false)));
    }

    /** The phrases a piece stands for: itself, or every member of its synonym set (sets may nest). */
    private static boolean expand(PetrarchVerbs verbs, Piece piece, List<List<Word>> into, int depth) {
        if (!piece.text().startsWith("&")) {
            into.add(List.of(new Word(piece.text(), false)));
            return true;
        }
        List<List<Piece>> members = verbs.synsets().get(PetrarchVerbReader.synsetName(piece.text()));
        if (members == null || depth > MAX_DEPTH) {
            return false;
        }
        for (List<Piece> member : members) {
            List<List<Word>> phrases = List.of(List.of());
            for (Piece p : member) {
                List<List<Word>> options = new ArrayList<>();
                if (!expand(verbs, p, options, depth + 1)) {
                    return false;
                }
                List<List<Word>> longer = new ArrayList<>();
                for (List<Word> start : phrases) {
                    for (List<Word> option : options) {
                        List<Word> phrase = new ArrayList<>(start);
                        for (int i = 0; i < option.size(); i++) {
                            Word w = option.get(i);
                            phrase.add(i == 0 ? new Word(w.text(), p.glued()) : w);
                        }
                        longer.add(phrase);
                    }
                }
                phrases = longer;
            }
            into.addAll(phrases);
        }
        return true;
    }
}
