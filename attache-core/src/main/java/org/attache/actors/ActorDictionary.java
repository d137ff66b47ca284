package org.attache.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.PhraseIndex;

/**
 * The actors known to the coder and the phrases that name them. Built once from dictionary files;
 * immutable and thread-safe.
 *
 * <p>Names are matched as written ({@link PhraseIndex.Mode#SURFACE}) unless a dictionary is
 * written in another convention: PETRARCH's, all in capitals, is matched in any case. Several
 * dictionaries can be {@linkplain #combine combined}, each keeping its own convention.
 */
public final class ActorDictionary {

    /** Entries that share a way of matching their names. */
    private record Part(List<ActorEntry> entries, PhraseIndex.Mode mode) {
    }

    private final List<Part> parts;
    private final List<ActorEntry> entries;
    private final PhraseIndex<ActorSense> phrases;

    public ActorDictionary(List<ActorEntry> entries) {
        this(entries, PhraseIndex.Mode.SURFACE);
    }

    /** Entries whose names are matched in the given mode. */
    public ActorDictionary(List<ActorEntry> entries, PhraseIndex.Mode mode) {
        this(new Part[] {new Part(List.copyOf(entries), mode)});
    }

    private ActorDictionary(Part... parts) {
        this.parts = List.of(parts);
        List<ActorEntry> all = new ArrayList<>();
        PhraseIndex.Builder<ActorSense> b = PhraseIndex.builder(PhraseIndex.Mode.SURFACE);
        for (Part part : this.parts) {
            all.addAll(part.entries());
            for (ActorEntry e : part.entries()) {
                e.names().forEach(n -> b.put(n, part.mode(), new ActorSense(e, ActorSense.Form.NAME)));
                e.adjectives().forEach(n -> b.put(n, part.mode(), new ActorSense(e, ActorSense.Form.ADJECTIVE)));
                e.capitals().forEach(n -> b.put(n, part.mode(), new ActorSense(e, ActorSense.Form.CAPITAL)));
                e.seats().forEach(n -> b.put(n, part.mode(), new ActorSense(e, ActorSense.Form.SEAT)));
            }
        }
        this.entries = List.copyOf(all);
        this.phrases = b.build();
    }

    /** Reads the given files; all problems of all files are reported together. */
    public static ActorDictionary read(List<DictionaryText> files) {
        ActorDictionaryReader reader = new ActorDictionaryReader();
        List<ActorEntry> all = new ArrayList<>();
        for (DictionaryText f : files) {
            all.addAll(reader.read(f));
        }
        return new ActorDictionary(all);
    }

    /** One dictionary holding the entries of all {@code dictionaries}, each matched as before. */
    public static ActorDictionary combine(List<ActorDictionary> dictionaries) {
        List<Part> all = new ArrayList<>();
        dictionaries.forEach(d -> all.addAll(d.parts));
        return new ActorDictionary(all.toArray(Part[]::new));
    }

    public PhraseIndex<ActorSense> phrases() {
        return phrases;
    }

    public List<ActorEntry> entries() {
        return entries;
    }

    /** Number of entries per actor type, for reports. */
    public Map<ActorType, Integer> countByType() {
        Map<ActorType, Integer> counts = new TreeMap<>();
        entries.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
