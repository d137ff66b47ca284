package org.attache.coder;

import java.util.ArrayList;
import java.util.List;
import org.attache.actors.ActorDictionary;
import org.attache.actors.AgentDictionary;
import org.attache.codebook.Codebook;
import org.attache.dictionary.DictionaryException;
import org.attache.dictionary.DictionaryText;
import org.attache.verbs.VerbDictionary;

/**
 * The dictionaries one coder works with: actors, agents, verb patterns and modality words, with
 * the codebook they refer to. Immutable and thread-safe; load once per process.
 */
public record Dictionaries(Codebook codebook, ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
                           Modality modality) {

    private static final String ROOT = "/org/attache/dictionaries/";
    private static final List<String> ACTOR_FILES = List.of("states", "igos", "cities", "companies", "groups", "ngos",
            "people");

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
        if (!problems.isEmpty()) {
            throw new DictionaryException(problems);
        }
        return new Dictionaries(codebook, actors, agents, verbs, modality);
    }
}
