package org.attache.verbs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.DictionaryText.Line;
import org.attache.text.Token;

/**
 * The verb-pattern dictionary (format in {@code docs/dictionaries.md}), indexed by verb lemma.
 * Immutable and thread-safe.
 *
 * <p>Dictionaries that list the forms of each verb instead of its lemma (PETRARCH's {@code BREAK
 * {BROKE BROKEN}}, or its entries for "said" and "left") are {@linkplain #ofWordForms indexed by
 * word form}: a token finds the patterns of its lemma and those of its form.
 *
 * <p>{@linkplain #combine Combined} dictionaries keep the order of their sets: for one verb, the
 * patterns of the set listed first come first, whichever way they are indexed.
 */
public final class VerbDictionary {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\\-]+(\\|[\\p{L}\\p{N}'\\-]+)*");

    private final Map<String, List<VerbPattern>> byVerb;
    private final Map<String, List<VerbPattern>> byForm;
    /** The set each pattern of a combined dictionary comes from (0 if absent). */
    private final Map<VerbPattern, Integer> setOf;
    private final int size;

    private VerbDictionary(Map<String, List<VerbPattern>> byVerb, Map<String, List<VerbPattern>> byForm, int size) {
        this(byVerb, byForm, Map.of(), size);
    }

    private VerbDictionary(Map<String, List<VerbPattern>> byVerb, Map<String, List<VerbPattern>> byForm,
                           Map<VerbPattern, Integer> setOf, int size) {
        this.byVerb = byVerb;
        this.byForm = byForm;
        this.setOf = setOf;
        this.size = size;
    }

    /** Patterns whose verb is {@code lemma}, most specific first. */
    public List<VerbPattern> patternsFor(String lemma) {
        return byVerb.getOrDefault(lemma, List.of());
    }

    /** Patterns of the token's lemma, then those of its word form (lower case). */
    public List<VerbPattern> patternsFor(Token token) {
        List<VerbPattern> ofLemma = byVerb.getOrDefault(token.key(), List.of());
        if (byForm.isEmpty()) {
            return ofLemma;
        }
        List<VerbPattern> ofForm = byForm.getOrDefault(token.word().toLowerCase(Locale.ROOT), List.of());
        if (ofForm.isEmpty() || ofLemma.isEmpty()) {
            return ofForm.isEmpty() ? ofLemma : ofForm;
        }
        List<VerbPattern> both = new ArrayList<>(ofLemma);
        both.addAll(ofForm);
        both.sort(Comparator.comparingInt(p -> setOf.getOrDefault(p, 0))); // stable: each set's order stays
        return both;
    }

    public boolean hasVerb(String lemma) {
        return byVerb.containsKey(lemma);
    }

    /** True if the token's lemma or word form has patterns. */
    public boolean hasVerb(Token token) {
        return !patternsFor(token).isEmpty();
    }

    public Set<String> verbs() {
        return byVerb.keySet();
    }

    public int size() {
        return size;
    }

    /** Patterns indexed by the word forms in their {@link VerbPattern#verbs()}, in the order given. */
    public static VerbDictionary ofWordForms(List<VerbPattern> patterns) {
        Map<String, List<VerbPattern>> byForm = new HashMap<>();
        for (VerbPattern p : patterns) {
            for (String form : p.verbs()) {
                byForm.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
        }
        return new VerbDictionary(Map.of(), sorted(byForm), patterns.size());
    }

    /** One dictionary with the patterns of all {@code dictionaries}; for one verb, earlier dictionaries' first. */
    public static VerbDictionary combine(List<VerbDictionary> dictionaries) {
        Map<String, List<VerbPattern>> byVerb = new HashMap<>();
        Map<String, List<VerbPattern>> byForm = new HashMap<>();
        Map<VerbPattern, Integer> setOf = new IdentityHashMap<>();
        int size = 0;
        for (int i = 0; i < dictionaries.size(); i++) {
            VerbDictionary d = dictionaries.get(i);
            int set = i;
            d.byVerb.forEach((k, v) -> byVerb.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            d.byForm.forEach((k, v) -> byForm.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            d.byVerb.values().forEach(list -> list.forEach(p -> setOf.putIfAbsent(p, set)));
            d.byForm.values().forEach(list -> list.forEach(p -> setOf.putIfAbsent(p, set)));
            size += d.size;
        }
        return new VerbDictionary(frozen(byVerb), frozen(byForm), Collections.unmodifiableMap(setOf), size);
    }

    /** The lists as given: each was sorted in its own dictionary, and sets keep their order. */
    private static Map<String, List<VerbPattern>> frozen(Map<String, List<VerbPattern>> byVerb) {
        Map<String, List<VerbPattern>> copy = new HashMap<>();
        byVerb.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    /**
     * Reads verb blocks. {@code validCode} rejects codes the codebook does not know, so a typo in a
     * code is an error at load time and not a silent miss.
     */
    public static VerbDictionary read(List<DictionaryText> files, Predicate<String> validCode) {
        Map<String, List<VerbPattern>> byVerb = new HashMap<>();
        int count = 0;
        for (DictionaryText text : files) {
            List<Head> heads = null;
            for (Line line : text.lines()) {
                String s = line.text();
                if (s.startsWith("==")) {
                    heads = heads(s);
                    if (heads == null) {
                        text.problem(line, "block header must read '== verb|verb [particles]; verb [particles] ==': " + s);
                    }
                    continue;
                }
                if (heads == null) {
                    text.problem(line, "pattern outside a '== verb ==' block: " + s);
                    continue;
                }
                try {
                    for (Head head : heads) {
                        VerbPattern p = pattern(head.verbs(), head.particles(), s, text, line, validCode);
                        for (String v : head.verbs()) {
                            byVerb.computeIfAbsent(v, k -> new ArrayList<>()).add(p);
                        }
                    }
                    count++;
                } catch (IllegalArgumentException e) {
                    text.problem(line, e.getMessage());
                }
            }
        }
        return new VerbDictionary(sorted(byVerb), Map.of(), count);
    }

    private static Map<String, List<VerbPattern>> sorted(Map<String, List<VerbPattern>> byVerb) {
        Map<String, List<VerbPattern>> sorted = new HashMap<>();
        byVerb.forEach((verb, list) -> {
            List<VerbPattern> copy = new ArrayList<>(list);
            // stable sort: equal specificity keeps file order
            copy.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
            sorted.put(verb, List.copyOf(copy));
        });
        return Map.copyOf(sorted);
    }

    /** One verb group of a block header with the particles that follow it ("step up"). */
    private record Head(Set<String> verbs, List<String> particles) {
    }

    /**
     * The verb groups of a header: {@code == escalate|intensify; step up ==} shares one block of
     * patterns between verbs that take different particles. Null if the header is malformed.
     */
    private static List<Head> heads(String header) {
        String inner = header.replaceAll("^=+|=+$", "").strip();
        if (!header.endsWith("==") || inner.isEmpty()) {
            return null;
        }
        List<Head> heads = new ArrayList<>();
        for (String item : inner.toLowerCase(Locale.ROOT).split(";")) {
            String[] words = item.strip().split("\\s+");
            if (words[0].isEmpty()) {
                return null;
            }
            heads.add(new Head(new LinkedHashSet<>(Arrays.asList(words[0].split("\\|"))),
                    List.of(Arrays.copyOfRange(words, 1, words.length))));
        }
        return heads;
    }

    private static VerbPattern pattern(Set<String> verbs, List<String> particles, String line, DictionaryText text,
                                       Line where, Predicate<String> validCode) {
        String[] parts = line.split("\\s+");
        String[] codes = parts[0].split("/");
        if (codes.length > 2 || !CODE.matcher(codes[0]).matches()) {
            throw new IllegalArgumentException("pattern must start with a CAMEO code (CODE or CODE/INTENT): " + parts[0]);
        }
        for (String c : codes) {
            if (!validCode.test(c)) {
                throw new IllegalArgumentException("unknown CAMEO code " + c);
            }
        }
        ClauseBuilder main = new ClauseBuilder();
        ClauseBuilder complement = null;
        Set<String> complementVerbs = Set.of();
        ClauseBuilder current = main;
        for (int i = 1; i < parts.length; i++) {
            String e = parts[i].toLowerCase(Locale.ROOT);
            if (e.equals("*")) {
                continue;
            }
            if (e.equals("+")) {
                current.targetIsObject = true;
            } else if (e.startsWith("by:")) {
                if (current != main) {
                    throw new IllegalArgumentException("'by:' (the subject) belongs before 'to:'");
                }
                current.subjectWords.add(words(e.substring(3)));
            } else if (e.startsWith("to:")) {
                if (complement != null) {
                    throw new IllegalArgumentException("only one 'to:' complement per pattern");
                }
                complementVerbs = words(e.substring(3));
                complement = new ClauseBuilder();
                current = complement;
            } else if (i + 1 < parts.length && parts[i + 1].equals("+")) {
                current.prepositions.addAll(words(e));
                i++;
            } else if (i + 1 < parts.length && parts[i + 1].equals("$")) {
                if (current != main) {
                    throw new IllegalArgumentException("'PREP $' (the source) belongs before 'to:'");
                }
                current.sourcePrepositions.addAll(words(e));
                i++;
            } else {
                current.objectWords.add(words(e));
            }
        }
        return new VerbPattern(verbs, particles, codes[0], codes.length > 1 ? codes[1] : null, main.build(),
                complementVerbs, complement == null ? ClausePattern.ANY : complement.build(), text.at(where), line);
    }

    private static Set<String> words(String alternatives) {
        if (!WORD.matcher(alternatives).matches()) {
            throw new IllegalArgumentException("not a word or word|word list: " + alternatives);
        }
        return new LinkedHashSet<>(Arrays.asList(alternatives.split("\\|")));
    }

    private static final class ClauseBuilder {
        final List<Set<String>> objectWords = new ArrayList<>();
        final List<Set<String>> subjectWords = new ArrayList<>();
        final Set<String> prepositions = new HashSet<>();
        final Set<String> sourcePrepositions = new HashSet<>();
        boolean targetIsObject;

        ClausePattern build() {
            return new ClausePattern(objectWords, targetIsObject, prepositions, subjectWords, sourcePrepositions);
        }
    }
}
