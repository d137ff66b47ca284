package org.attache.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The CAMEO event codebook: every event code with its name, Goldstein weight and quad class, and
 * the rules that say how a deed is coded when it is only announced.
 *
 * <p>{@link #builtIn()} is CAMEO 1.1b3 (20 roots and all their sub-codes) as shipped in
 * {@code cameo.tsv} and {@code intents.tsv} beside this class. {@link #read} loads other tables in
 * the same tab-separated format, e.g. a project's own extension; it checks every line (field count,
 * code shape, Goldstein range, quad number, duplicates, missing parent codes, intent rules pointing
 * to unknown codes) and throws one {@link CodebookException} naming every {@code source:line}.
 *
 * <p>Intent rules: "X will impose sanctions on Y" describes the deed 163 but is coded as the threat
 * 1312; "Britain will send tanks" describes 072 and is coded 0332. {@link #intentFor} finds the rule
 * whose deed prefix is the longest prefix of the deed code; verbal deeds (statements, appeals,
 * demands, rejections...) keep their own code.
 *
 * <p>Design decision: asking for an unknown code throws {@link IllegalArgumentException} instead of
 * returning a placeholder, because an unknown code in a dictionary or an event is a data error to
 * surface; {@link #find} is there for callers that expect misses.
 *
 * <p>Thread-safety: immutable; one instance may be shared by any number of threads. The built-in
 * codebook is loaded once, on first use.
 */
public final class Codebook {

    private static final String BUILT_IN_CODES = "cameo.tsv";
    private static final String BUILT_IN_INTENTS = "intents.tsv";

    private final SortedMap<String, CameoCode> byCode;
    private final List<CameoCode> all;
    private final List<CameoCode> roots;
    private final Map<String, String> intents;

    private Codebook(SortedMap<String, CameoCode> byCode, Map<String, String> intents) {
        this.byCode = Collections.unmodifiableSortedMap(byCode);
        this.all = List.copyOf(byCode.values());
        this.roots = all.stream().filter(CameoCode::isRoot).toList();
        this.intents = Map.copyOf(intents);
    }

    /** The CAMEO 1.1b3 codebook shipped with Attaché, loaded once and shared. */
    public static Codebook builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads a code table ({@code code<TAB>goldstein<TAB>quad<TAB>name}) without intent rules, so that
     * {@link #intentFor} returns every deed code unchanged.
     *
     * @param sourceName how problems name the input, e.g. a file path
     * @throws CodebookException listing every malformed line
     */
    public static Codebook read(Reader codes, String sourceName) {
        return read(codes, sourceName, Reader.nullReader(), "(no intent rules)");
    }

    /**
     * Reads a code table and its intent rules ({@code deed_prefix<TAB>intent_code<TAB>comment}, where
     * {@code intent_code} is a code of the table or {@code =} to keep the deed code).
     *
     * @throws CodebookException listing every malformed line of both inputs
     */
    public static Codebook read(Reader codes, String codesSourceName, Reader intents, String intentsSourceName) {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(intents, "intents");
        CodebookReader reader = new CodebookReader();
        SortedMap<String, CameoCode> table = reader.readCodes(codes, codesSourceName);
        Map<String, String> rules = reader.readIntents(intents, intentsSourceName, table);
        reader.throwIfProblems();
        return new Codebook(table, rules);
    }

    /**
     * This codebook with more codes, for dictionaries that code events CAMEO lacks (PETRARCH's
     * validation dictionary uses 903 and 345); the intent rules stay. A code already defined keeps
     * its definition.
     */
    public Codebook with(Collection<CameoCode> extra) {
        SortedMap<String, CameoCode> table = new TreeMap<>(byCode);
        extra.forEach(c -> table.putIfAbsent(c.code(), c));
        return new Codebook(table, intents);
    }

    /** The code, if this codebook defines it. */
    public Optional<CameoCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * The code, which must exist.
     *
     * @throws IllegalArgumentException naming the code if this codebook does not define it
     */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code '" + code + "'"));
    }

    /** Whether this codebook defines the code. */
    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** Every code in code order: each root followed by its base codes, each followed by its sub-codes. */
    public List<CameoCode> all() {
        return all;
    }

    /** The root codes (two digits), in order. */
    public List<CameoCode> roots() {
        return roots;
    }

    /**
     * The code of an announcement (intent, plan, promise, threat) of the given deed: the rule with the
     * longest deed prefix of {@code deedCode} decides; without a rule the deed code is returned.
     *
     * @throws IllegalArgumentException if the deed code is unknown
     */
    public String intentFor(String deedCode) {
        get(deedCode);
        for (int length = deedCode.length(); length >= 2; length--) {
            String intent = intents.get(deedCode.substring(0, length));
            if (intent != null) {
                return intent.equals(CodebookReader.SAME_AS_DEED) ? deedCode : intent;
            }
        }
        return deedCode;
    }

    /**
     * A one-line human description, e.g. {@code 163 Impose sanctions, a boycott or an embargo
     * (root 16 Reduce relations; Goldstein -8.0; material conflict)}.
     *
     * @throws IllegalArgumentException if the code is unknown
     */
    public String describe(String code) {
        CameoCode cameo = get(code);
        String root = cameo.isRoot() ? "root" : "root " + cameo.root() + " " + get(cameo.root()).name();
        return String.format(Locale.ROOT, "%s %s (%s; Goldstein %+.1f; %s)",
                cameo.code(), cameo.name(), root, cameo.goldstein(), cameo.quadClass().label());
    }

    @Override
    public String toString() {
        return "Codebook[" + all.size() + " codes, " + intents.size() + " intent rules]";
    }

    private static Codebook loadBuiltIn() {
        try (Reader codes = resource(BUILT_IN_CODES); Reader intents = resource(BUILT_IN_INTENTS)) {
            return read(codes, resourcePath(BUILT_IN_CODES), intents, resourcePath(BUILT_IN_INTENTS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in codebook", e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = Codebook.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("built-in codebook resource is missing: " + resourcePath(name));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String resourcePath(String name) {
        return Codebook.class.getPackageName().replace('.', '/') + "/" + name;
    }

    // Holder idiom: the JVM runs the initializer once, lazily and thread-safely, on first access.
    private static final class BuiltIn {
        static final Codebook INSTANCE = loadBuiltIn();
    }
}
