package org.attache.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of the coder that stores into a database: which coder, which dictionaries, which
 * settings, and when. Every stored document and event refers to the run that coded it, so a count
 * can be traced to the exact coder that produced it.
 *
 * @param dictionaryHash a hash of the dictionary and codebook files the coder loaded
 * @param configuration the run's settings as the user gave them (a JSON object)
 */
public record CodingRun(long id, String coderVersion, String dictionaryHash, String configuration, Instant started) {

    public CodingRun {
        Objects.requireNonNull(coderVersion, "coderVersion");
        Objects.requireNonNull(dictionaryHash, "dictionaryHash");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(started, "started");
    }
}
