package org.attache.store.query;

/**
 * How often an actor code occurs among the selected events (or clusters).
 *
 * @param name a dictionary name the code was stored with
 */
public record ActorCount(String code, String name, long asSource, long asTarget) {

    public long total() {
        return asSource + asTarget;
    }
}
