package org.attache.petrarch;

import java.util.Locale;

/**
 * The PETRARCH options a validation record is coded under, set by {@code <Config option="..."
 * value="..."/>} elements that stay in force for the records that follow them.
 *
 * @param requireDyad drop events whose source or target is unknown ({@code ---})
 * @param newActorLength PETRARCH's coding of unknown noun phrases of up to this many words as actors
 *     (not supported by Attaché's engine: kept to be reported)
 * @param commaMin shortest internal comma-delimited clause dropped before coding (words)
 * @param commaMax longest internal comma-delimited clause dropped; 0 drops none
 * @param commaBmin shortest initial clause dropped
 * @param commaBmax longest initial clause dropped; 0 drops none
 * @param commaEmin shortest terminal clause dropped
 * @param commaEmax longest terminal clause dropped; 0 drops none
 */
public record ValidationOptions(boolean requireDyad, int newActorLength, int commaMin, int commaMax, int commaBmin,
                                int commaBmax, int commaEmin, int commaEmax) {

    /** PETRARCH's defaults. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(true, 0, 2, 8, 0, 0, 2, 8);

    /**
     * These options with one changed.
     *
     * @throws IllegalArgumentException for a value that is not a boolean or number as the option needs
     */
    public ValidationOptions with(String option, String value) {
        String v = value.strip();
        return switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "require_dyad" -> new ValidationOptions(bool(option, v), newActorLength, commaMin, commaMax, commaBmin,
                    commaBmax, commaEmin, commaEmax);
            case "new_actor_length" -> new ValidationOptions(requireDyad, number(option, v), commaMin, commaMax,
                    commaBmin, commaBmax, commaEmin, commaEmax);
            case "comma_min" -> new ValidationOptions(requireDyad, newActorLength, number(option, v), commaMax,
                    commaBmin, commaBmax, commaEmin, commaEmax);
            case "comma_max" -> new ValidationOptions(requireDyad, newActorLength, commaMin, number(option, v),
                    commaBmin, commaBmax, commaEmin, commaEmax);
            case "comma_bmin" -> new ValidationOptions(requireDyad, newActorLength, commaMin, commaMax,
                    number(option, v), commaBmax, commaEmin, commaEmax);
            case "comma_bmax" -> new ValidationOptions(requireDyad, newActorLength, commaMin, commaMax, commaBmin,
                    number(option, v), commaEmin, commaEmax);
            case "comma_emin" -> new ValidationOptions(requireDyad, newActorLength, commaMin, commaMax, commaBmin,
                    commaBmax, number(option, v), commaEmax);
            case "comma_emax" -> new ValidationOptions(requireDyad, newActorLength, commaMin, commaMax, commaBmin,
                    commaBmax, commaEmin, number(option, v));
            default -> this; // stop_on_error and the like concern PETRARCH's own run, not the coding
        };
    }

    private static boolean bool(String option, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(option + " must be True or False, was '" + value + "'");
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was '" + value + "'", e);
        }
    }
}
