package org.attache.store.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English names of ISO 3166-1 alpha-3 country codes ({@code RUS} -> "Russia"), from the Java
 * runtime's locale data, for formats that name countries (ICEWS). Codes the runtime does not know
 * (user-assigned ones such as {@code XKX}, Kosovo) are returned as they are.
 *
 * <p>Thread-safety: immutable after class initialisation.
 */
final class CountryNames {

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            NAMES.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
    }

    private CountryNames() {
    }

    /** The English name of {@code alpha3}, the code itself if unknown, null for null. */
    static String of(String alpha3) {
        return alpha3 == null ? null : NAMES.getOrDefault(alpha3, alpha3);
    }
}
