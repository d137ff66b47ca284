package org.attache.actors;

import java.util.Locale;

/** What kind of actor an entry names; written in lower case in the dictionaries. */
public enum ActorType {
    STATE, IGO, CITY,
    /** A region of a state ("Crimea", "Xinjiang", "Darfur"): like a city, it stands for its state. */
    REGION,
    COMPANY, GROUP, NGO, PERSON,
    /**
     * A named place that is no actor ("South China Sea", "Gulf of Mexico"): listed so that the
     * actor names inside it ("China", "Mexico") are not read as actors.
     */
    PLACE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a dictionary word, or null if the word names none. */
    public static ActorType parse(String word) {
        for (ActorType t : values()) {
            if (t.label().equals(word)) {
                return t;
            }
        }
        return null;
    }
}
