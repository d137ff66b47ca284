package org.attache.text;

import java.util.Objects;

/**
 * A typed dependency edge in Universal Dependencies terms: {@code governor} is the index of the
 * head token, or {@link #ROOT} for the sentence root; {@code relation} is the full relation name
 * with its subtype ({@code nsubj:pass}, {@code nmod:poss}, {@code compound:prt}).
 */
public record Dependency(int governor, int dependent, String relation) {

    /** Governor index of the sentence's root edge. */
    public static final int ROOT = -1;

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (dependent < 0) {
            throw new IllegalArgumentException("dependent must be >= 0: " + dependent);
        }
        if (governor < ROOT) {
            throw new IllegalArgumentException("governor must be >= -1: " + governor);
        }
    }

    /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
