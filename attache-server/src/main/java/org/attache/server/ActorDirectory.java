package org.attache.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorEntry;
import org.attache.actors.ActorType;

/**
 * The actors of a dictionary as a search index: by code or by any of their names, adjectives,
 * capitals and seats. A person is listed under the code of the office they hold today (or of their
 * country, out of office), which is how the coder stores events of theirs today.
 *
 * <p>Thread-safe: immutable after construction.
 */
final class ActorDirectory {

    /** An actor as search results show it. */
    record Actor(String code, String name, ActorType type, List<String> words) {
    }

    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Actor> byCode = new HashMap<>();

    ActorDirectory(ActorDictionary dictionary, LocalDate today) {
        Map<String, Actor> unique = new LinkedHashMap<>();
        for (ActorEntry e : dictionary.entries()) {
            Optional<String> code = e.type() == ActorType.PERSON ? e.codeOn(today) : Optional.ofNullable(e.code());
            if (code.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (List<String> list : List.of(List.of(e.name()), e.names(), e.adjectives(), e.capitals(), e.seats())) {
                list.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
            }
            Actor actor = new Actor(code.get(), e.name(), e.type(), List.copyOf(words));
            unique.putIfAbsent(actor.code() + "\t" + actor.name(), actor);
            if (e.type() != ActorType.PERSON) {
                byCode.putIfAbsent(actor.code(), actor);
            }
        }
        actors.addAll(unique.values());
    }

    /**
     * The actors whose code or one of whose words matches {@code query} (case-insensitive), of
     * {@code type} if not null: exact code matches first, then codes and words that start with the
     * query, then words that contain it; within each, by name.
     */
    List<Actor> search(String query, ActorType type) {
        String word = query.toLowerCase(Locale.ROOT);
        String code = query.toUpperCase(Locale.ROOT);
        List<Actor> found = new ArrayList<>();
        Map<Actor, Integer> rank = new HashMap<>();
        for (Actor a : actors) {
            if (type != null && a.type() != type) {
                continue;
            }
            int r = a.code().equals(code) ? 0
                    : a.code().startsWith(code) || a.words().stream().anyMatch(w -> w.startsWith(word)) ? 1
                    : a.words().stream().anyMatch(w -> w.contains(word)) ? 2 : -1;
            if (r >= 0) {
                found.add(a);
                rank.put(a, r);
            }
        }
        found.sort(Comparator.comparing((Actor a) -> rank.get(a)).thenComparing(Actor::name));
        return found;
    }

    /**
     * The dictionary actor a stored code belongs to: the code itself ({@code IGOUNO}) or its
     * longest prefix that is an actor code ({@code USAGOV} belongs to {@code USA}); empty if none.
     */
    Optional<Actor> owner(String storedCode) {
        for (int end = storedCode.length(); end >= 3; end--) {
            Actor a = byCode.get(storedCode.substring(0, end));
            if (a != null) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
