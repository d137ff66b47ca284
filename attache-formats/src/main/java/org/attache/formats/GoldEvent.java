package org.attache.formats;

import java.util.Objects;

/**
 * One event a gold item expects (see {@code FORMAT.md} of the gold standards). Immutable.
 *
 * @param source CAMEO actor-code prefix the predicted source must start with, or null = not scored
 * @param target likewise for the target
 * @param code CAMEO code or prefix, alternatives separated by {@code |}, {@code *} = any code
 * @param symmetric either direction matches, and coding both is not an error
 * @param optional not counted if missed, not an error if coded
 */
public record GoldEvent(String source, String target, String code, boolean symmetric, boolean optional) {

    public GoldEvent {
        Objects.requireNonNull(code, "code");
    }
}
