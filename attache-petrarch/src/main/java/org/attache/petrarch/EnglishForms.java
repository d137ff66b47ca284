package org.attache.petrarch;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular inflections PETRARCH generates for dictionary words that list no forms of their
 * own: a verb's third person, past and gerund ({@code DEPLORE} → {@code DEPLORES, DEPLORED,
 * DEPLORING}) and a noun's plural ({@code CONGRESS} → {@code CONGRESSES}). Irregular forms are the
 * dictionary's business ({@code BREAK {BROKE BROKEN}}). Works on lower-case words; stateless.
 */
final class EnglishForms {

    private EnglishForms() {
    }

    /** The verb and its regular forms. */
    static Set<String> verb(String base) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(base);
        forms.add(plural(base));
        if (base.endsWith("e")) {
            forms.add(base + "d");
            if (!base.endsWith("ee")) {
                forms.add(base.substring(0, base.length() - 1) + "ing");
            } else {
                forms.add(base + "ing");
            }
        } else if (consonantY(base)) {
            forms.add(base.substring(0, base.length() - 1) + "ied");
            forms.add(base + "ing");
        } else {
            forms.add(base + "ed");
            forms.add(base + "ing");
        }
        return forms;
    }

    /** The regular plural of a noun (or third person of a verb). */
    static String plural(String noun) {
        if (consonantY(noun)) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    private static boolean consonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }
}
