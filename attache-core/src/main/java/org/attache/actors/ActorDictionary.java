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
 */
public final class ActorDictionary {

    private final List<ActorEntry> entries;
    private final PhraseIndex<ActorSense> phrases;

    public ActorDictionary(List<ActorEntry> entries) {
        this.entries = List.copyOf(entries);
        PhraseIndex.Builder<ActorSense> b = PhraseIndex.builder(PhraseIndex.Mode.SURFACE);
        for (ActorEntry e : this.entries) {
            e.names().forEach(n -> b.put(n, new ActorSense(e, ActorSense.Form.NAME)));
            e.adjectives().forEach(n -> b.put(n, new ActorSense(e, ActorSense.Form.ADJECTIVE)));
            e.capitals().forEach(n -> b.put(n, new ActorSense(e, ActorSense.Form.CAPITAL)));
            e.seats().forEach(n -> b.put(n, new ActorSense(e, ActorSense.Form.SEAT)));
        }
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
