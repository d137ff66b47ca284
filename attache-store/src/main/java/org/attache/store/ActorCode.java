package org.attache.store;

import java.util.Set;
import org.attache.actors.ActorMention;

/**
 * A CAMEO actor code split into the parts analysts filter on: the actor's country, its first role
 * segment and the rest. {@code USAGOV} gives USA / GOV / -, {@code IGOUNOIAE} gives - / IGO /
 * UNOIAE, {@code MNCUSA} (a company) gives USA / MNC / USA, {@code RUSMILREB} gives RUS / MIL / REB.
 *
 * <p>The country is the mention's country (ISO 3166-1 alpha-3 from the dictionaries, null for
 * international actors), not blindly the code's first three letters: codes of international and
 * non-state actors begin with a type ({@code IGO}, {@code NGO}, {@code MNC}, {@code IMG}, {@code UIS}).
 *
 * @param country the actor's country, or null
 * @param role the first role or type segment (three letters), or null for a bare country code
 * @param rest what follows the role, or null
 */
public record ActorCode(String country, String role, String rest) {

    private static final Set<String> TYPE_PREFIXES = Set.of("IGO", "NGO", "MNC", "IMG", "UIS");

    /** The parts of a mention's code. */
    public static ActorCode of(ActorMention mention) {
        return split(mention.code(), mention.country());
    }

    /** The parts of {@code code}, for an actor of {@code country} (may be null). */
    public static ActorCode split(String code, String country) {
        String segments = code;
        if (code.length() >= 3 && !TYPE_PREFIXES.contains(code.substring(0, 3))) {
            segments = code.substring(3); // the country segment
        }
        if (segments.length() < 3) {
            return new ActorCode(country, null, null);
        }
        String rest = segments.length() > 3 ? segments.substring(3) : null;
        return new ActorCode(country, segments.substring(0, 3), rest);
    }
}
