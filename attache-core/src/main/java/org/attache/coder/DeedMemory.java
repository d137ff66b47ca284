package org.attache.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.actors.ActorMention;

/**
 * The deeds coded so far in a document (events neither negated nor hypothetical), so that a later
 * description of a deed ("condemned the exercises", "welcomed the move") or a retaliation ("Tehran
 * vowed to retaliate") can be read as aimed at whoever did it. Mutable, one per document.
 */
final class DeedMemory {

    private record Deed(ActorMention source, String root, List<ActorMention> targets) {
    }

    /**
     * Nouns that describe a deed, with the CAMEO roots of the deeds each can describe (empty: any):
     * exercises are shows of force or force, attacks are assaults, fighting or mass violence.
     */
    private static final Map<String, Set<String>> DESCRIPTIONS = descriptions();

    private final List<Deed> deeds = new ArrayList<>();

    private static Map<String, Set<String>> descriptions() {
        Map<String, Set<String>> nouns = new HashMap<>();
        Set<String> any = Set.of();
        Set<String> shows = Set.of("15", "19");
        Set<String> force = Set.of("18", "19", "20");
        Set<String> speech = Set.of("01", "02", "11", "12", "13");
        for (String n : List.of("decision", "move", "step", "measure", "measures", "action", "announcement",
                "gesture")) {
            nouns.put(n, any);
        }
        for (String n : List.of("drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver",
                "maneuvers", "test", "launch", "deployment", "buildup", "build-up", "provocation", "operation")) {
            nouns.put(n, shows);
        }
        // a raid is also a police action: "police raided the embassy and detained ... called the raid"
        nouns.put("raid", Set.of("17", "18", "19", "20"));
        for (String n : List.of("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
                "shelling", "offensive", "incursion", "assault", "killing", "massacre", "mutiny", "rebellion",
                "uprising", "coup", "invasion", "occupation", "aggression", "annexation", "seizure")) {
            nouns.put(n, force);
        }
        for (String n : List.of("visit", "trip", "tour", "talks", "meeting", "summit")) {
            nouns.put(n, Set.of("04"));
        }
        for (String n : List.of("sanction", "sanctions")) {
            nouns.put(n, Set.of("16", "17"));
        }
        for (String n : List.of("remark", "remarks", "comment", "comments", "statement", "accusation", "threat",
                "charge", "allegation", "claim", "criticism", "warning", "ultimatum")) {
            nouns.put(n, speech);
        }
        for (String n : List.of("offer", "proposal", "invitation", "request", "demand", "appeal", "plan")) {
            nouns.put(n, Set.of("02", "03", "10"));
        }
        return Map.copyOf(nouns);
    }

    static boolean describesADeed(String noun) {
        return DESCRIPTIONS.containsKey(noun);
    }

    void note(ActorMention source, String root, List<ActorMention> targets) {
        deeds.add(new Deed(source, root, List.copyOf(targets)));
    }

    /**
     * Who did the latest deed that {@code noun} can describe, or null if that is one of {@code
     * excluded} (who reacts to it) or the deed is of the reaction's own kind ({@code reactionRoot}:
     * "carried out the attack" is the attack itself, not a reaction to it).
     */
    ActorMention doerOf(String noun, String reactionRoot, List<ActorMention> excluded) {
        Set<String> roots = DESCRIPTIONS.getOrDefault(noun, Set.of());
        for (int d = deeds.size() - 1; d >= 0; d--) {
            Deed deed = deeds.get(d);
            if (roots.isEmpty() || roots.contains(deed.root())) {
                boolean sameKind = deed.root().equals(reactionRoot);
                return DocumentContext.among(deed.source(), excluded) || sameKind ? null : deed.source();
            }
        }
        return null;
    }

    /**
     * Who last did a deed to {@code victim}'s country ("An Israeli airstrike destroyed Iran's
     * consulate. Tehran vowed to retaliate": Israel), or null.
     */
    ActorMention lastAggressorAgainst(ActorMention victim) {
        if (victim.country() == null) {
            return null;
        }
        for (int d = deeds.size() - 1; d >= 0; d--) {
            Deed deed = deeds.get(d);
            boolean against = deed.targets().stream().anyMatch(t -> victim.country().equals(t.country()));
            if (against && !victim.country().equals(deed.source().country())) {
                return deed.source();
            }
        }
        return null;
    }
}
