package org.attache.coder;

import java.util.ArrayList;
import java.util.List;
import org.attache.actors.ActorDictionary;
import org.attache.actors.AgentDictionary;
import org.attache.codebook.Codebook;
import org.attache.dictionary.DictionaryException;
import org.attache.dictionary.DictionaryText;
import org.attache.verbs.NounDictionary;
import org.attache.verbs.VerbDictionary;

/**
 * The dictionaries one coder works with: actors, agents, verb patterns, event nouns and modality
 * words, with the codebook they refer to. Immutable and thread-safe; load once per process.
 */
public record Dictionaries(Codebook codebook, ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
                           Modality modality, NounDictionary nouns) {

    /** Dictionaries without event nouns (PETRARCH's, for one, have none). */
    public Dictionaries(Codebook codebook, ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
                        Modality modality) {
        this(codebook, actors, agents, verbs, modality, NounDictionary.EMPTY);
    }

    private static final String ROOT = "/org/attache/dictionaries/";
    private static final List<String> ACTOR_FILES = List.of("states", "organs", "igos", "cities", "regions", "companies",
            "groups", "ngos", "places", "people");

    private static volatile Dictionaries builtIn;

    /** The dictionaries shipped with Attaché, loaded and validated on first use. */
    public static Dictionaries builtIn() {
        Dictionaries d = builtIn;
        if (d == null) {
            synchronized (Dictionaries.class) {
                d = builtIn;
                if (d == null) {
                    d = loadBuiltIn();
                    builtIn = d;
                }
            }
        }
        return d;
    }

    /**
     * One set holding the actors, agents, verb patterns and event nouns of all {@code sets} (a verb's patterns
     * from earlier sets first), with the first set's codebook extended by the codes of the others
     * and the first set's modality words. The first set also decides how agents compose with actors
     * (see {@link AgentDictionary.Composition}).
     */
    public static Dictionaries combine(List<Dictionaries> sets) {
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no dictionaries to combine");
        }
        if (sets.size() == 1) {
            return sets.get(0);
        }
        Codebook codebook = sets.get(0).codebook();
        for (Dictionaries d : sets.subList(1, sets.size())) {
            codebook = codebook.with(d.codebook().all());
        }
        return new Dictionaries(codebook,
                ActorDictionary.combine(sets.stream().map(Dictionaries::actors).toList()),
                AgentDictionary.combine(sets.stream().map(Dictionaries::agents).toList()),
                VerbDictionary.combine(sets.stream().map(Dictionaries::verbs).toList()),
                sets.get(0).modality(),
                NounDictionary.combine(sets.stream().map(Dictionaries::nouns).toList()));
    }

    private static Dictionaries loadBuiltIn() {
        List<String> problems = new ArrayList<>();
        Codebook codebook = Codebook.builtIn();
        List<DictionaryText> actorTexts = new ArrayList<>();
        for (String name : ACTOR_FILES) {
            actorTexts.add(DictionaryText.resource(ROOT + "actors/" + name + ".txt", problems));
        }
        ActorDictionary actors = ActorDictionary.read(actorTexts);
        AgentDictionary agents = AgentDictionary.read(DictionaryText.resource(ROOT + "agents.txt", problems));
        VerbDictionary verbs = VerbDictionary.read(List.of(DictionaryText.resource(ROOT + "verbs.txt", problems)),
                codebook::contains);
        Modality modality = Modality.read(DictionaryText.resource(ROOT + "modality.txt", problems));
        NounDictionary nouns = NounDictionary.read(DictionaryText.resource(ROOT + "nouns.txt", problems),
                codebook::contains);
        if (!problems.isEmpty()) {
            throw new DictionaryException(problems);
        }
        return new Dictionaries(codebook, actors, agents, verbs, modality, nouns);
    }
}
