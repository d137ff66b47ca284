package org.attache.actors;

import java.util.Locale;

/** What kind of actor an entry names; written in lower case in the dictionaries. */
public enum ActorType {
    STATE, IGO, CITY, COMPANY, GROUP, NGO, PERSON;

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
