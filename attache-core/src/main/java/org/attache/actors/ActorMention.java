package org.attache.actors;

import java.util.Objects;
import org.attache.dictionary.SourceLine;

/**
 * An actor found in a sentence: its CAMEO code at the article's date, the dictionary name, the
 * words of the text that named it and their character span in the document.
 *
 * @param country ISO alpha-3 code of the actor's country, or null for international actors
 * @param type what kind of actor ("state", "igo", "city", "company", "group", "ngo", "person")
 * @param head index of the noun phrase's head token in its sentence
 * @param source the dictionary line of the actor entry
 */
public record ActorMention(String code, String name, String text, int begin, int end, String country, String type,
                           int head, SourceLine source) {

    public ActorMention {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** True when both mentions code the same actor (one text may name it twice). */
    public boolean sameActor(ActorMention other) {
        return other != null && code.equals(other.code);
    }
}
