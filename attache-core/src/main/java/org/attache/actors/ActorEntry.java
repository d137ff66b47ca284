package org.attache.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.dictionary.SourceLine;

/**
 * One actor of the actor dictionary: a state, organisation, city, company, group or person, with
 * the phrases that refer to it and the dates between which it exists (states, groups) or holds
 * office (persons, through {@link Role}s).
 *
 * @param code the actor's code; {@code null} for a person, whose code comes from its roles
 * @param country the country the actor belongs to, or {@code null} (international organisations)
 */
public record ActorEntry(ActorType type, String code, String name, String country, List<String> names,
                         List<String> adjectives, List<String> capitals, List<String> seats, LocalDate from,
                         LocalDate until, List<Role> roles, SourceLine source) {

    public ActorEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
        seats = List.copyOf(seats);
        roles = List.copyOf(roles);
        if (type == ActorType.PLACE && (code != null || !roles.isEmpty())) {
            throw new IllegalArgumentException("place " + name + " is no actor: it takes neither code nor role");
        }
        if (type == ActorType.PERSON ? roles.isEmpty() : type != ActorType.PLACE && code == null) {
            throw new IllegalArgumentException(type == ActorType.PERSON
                    ? "person " + name + " has no role" : "actor " + name + " has no code");
        }
    }

    /** True for a person who holds one of their offices on {@code date}. */
    boolean inOfficeOn(LocalDate date) {
        return type == ActorType.PERSON && roles.stream().anyMatch(r -> r.holdsOn(date));
    }

    /** The code this actor carries on {@code date}, or empty if it does not exist or hold office then. */
    public Optional<String> codeOn(LocalDate date) {
        if (type == ActorType.PLACE) {
            return Optional.empty();
        }
        if ((from != null && date.isBefore(from)) || (until != null && date.isAfter(until))) {
            return Optional.empty();
        }
        if (type != ActorType.PERSON) {
            return Optional.of(code);
        }
        Optional<String> office = roles.stream().filter(r -> r.holdsOn(date)).map(Role::code).findFirst();
        return office.isPresent() ? office : nationalityNear(date);
    }

    /**
     * Out of office a person is still of their country: the country part of the role nearest in
     * time ("Medvedev" after his presidency is RUS, not nobody). Roles in international bodies say
     * nothing of nationality, so they give nothing.
     */
    private Optional<String> nationalityNear(LocalDate date) {
        Role nearest = null;
        long best = Long.MAX_VALUE;
        for (Role r : roles) {
            long distance = r.daysFrom(date);
            if (distance < best) {
                best = distance;
                nearest = r;
            }
        }
        if (nearest == null || nearest.code().length() < 3 || NON_NATIONAL.contains(nearest.code().substring(0, 3))) {
            return Optional.empty();
        }
        return Optional.of(nearest.code().substring(0, 3));
    }

    private static final java.util.Set<String> NON_NATIONAL = java.util.Set.of("IGO", "NGO", "MNC", "IMG", "UIS");
}
