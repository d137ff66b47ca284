package org.attache.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;

/** Who acts on whom: the source-target pairs of one coded act. Stateless. */
final class Pairs {

    /** Roots whose acts are mutual when several subjects act with no target: "A and B signed a pact". */
    private static final Set<String> MUTUAL_ROOTS = Set.of("03", "04", "05", "06", "19");
    /**
     * Codes (and their sub-codes) of acts that, with no target named, fall on the source's own
     * country: curfews, crackdowns, confiscations ("began seizing farms"), amnesties, arrests and
     * sentences ("a court in Minsk sentenced the activist").
     */
    private static final Set<String> DOMESTIC_CODES = Set.of("081", "172", "175", "1711", "056", "116", "173");

    private Pairs() {
    }

    /** The source's own country (with {@code role}), an actor no words name: empty text, no span. */
    static ActorMention implied(ActorMention of, String role) {
        if (of.country() == null) {
            return null;
        }
        String name = of.country() + (role.isEmpty() ? "" : " " + role.toLowerCase(java.util.Locale.ROOT));
        return new ActorMention(of.country() + role, name, "", -1, -1, of.country(), "state", -1, null);
    }

    /**
     * An official acting on their own government named as a whole ("Biden promised that Washington
     * would...", "Peskov warned that Moscow would respond"): one actor named twice, no event. A
     * mayor accusing the president is one.
     */
    private static boolean speaksForTarget(ActorMention source, ActorMention target) {
        return source.code().equals(target.code()) && source.type().equals("person") && !target.type().equals("person");
    }

    /**
     * One group found twice, as doer and as done-to: named twice, or once and once as a bare role
     * read as its compatriots ("gunmen opened fire ... in an attack claimed by Islamic State"): no
     * act on itself. Two named groups of one country ("Hamas and Islamic Jihad clashed") stay apart.
     */
    private static boolean sameActor(ActorMention source, ActorMention target) {
        return source.code().equals(target.code()) && source.type().equals("group") && target.type().equals("group")
                && (source.name().equals(target.name()) || source.source() == null || target.source() == null);
    }

    /**
     * A mediator or host is no party to what it serves: "Russian peacekeepers deployed under a deal
     * brokered by Moscow" is no mediation between Moscow and its own troops.
     */
    private static boolean mediatesForItsOwn(CameoCode cameo, ActorMention source, ActorMention target) {
        return servesParties(cameo.code()) && source.country() != null && source.country().equals(target.country());
    }

    /**
     * Acts that coordinated subjects with no target do with each other: talks, agreements,
     * cooperation, fighting, and truces ("India and Pakistan agreed to a ceasefire").
     */
    static boolean mutualAct(CameoCode cameo) {
        // mediators and hosts serve the parties, never each other
        return (MUTUAL_ROOTS.contains(cameo.root()) && !servesParties(cameo.code())) || cameo.code().startsWith(TRUCE);
    }

    /** Mediating and hosting: acts on the parties of the talks, deal or summit they serve. */
    static boolean servesParties(String code) {
        return SERVING.stream().anyMatch(code::startsWith);
    }

    private static final List<String> SERVING = List.of("043", "045");

    private static final String TRUCE = "0871";

    /**
     * True when the sources are different modifiers of one noun ("Russian and Syrian jets"), not
     * the members of one description ("the two leaders", which names each member with its words).
     */
    static boolean oneNoun(List<ActorMention> sources) {
        return sources.stream().mapToInt(ActorMention::head).distinct().count() == 1
                && sources.stream().mapToInt(ActorMention::begin).distinct().count() == sources.size();
    }

    /**
     * The source-target pairs of one act: each subject on each target; with no target, the
     * subjects on each other (mutual acts), the protesters' own government (protests), the
     * source's own country (domestic acts), or no one.
     */
    static List<ActorMention[]> of(List<ActorMention> sources, List<ActorMention> targets,
                                   CameoCode cameo, boolean reciprocal, boolean allies, boolean domestic) {
        List<ActorMention[]> pairs = new ArrayList<>();
        boolean mutual = targets.isEmpty() && sources.size() > 1
                && (reciprocal || (!allies && mutualAct(cameo)));
        if (mutual) {
            // "each side accused the other", "traded accusations": an act done in both directions
            // that is not by nature joint (as talks or fighting are) is two events
            boolean bothWays = reciprocal && !mutualAct(cameo);
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    pairs.add(new ActorMention[] {sources.get(i), sources.get(j)});
                    if (bothWays) {
                        pairs.add(new ActorMention[] {sources.get(j), sources.get(i)});
                    }
                }
            }
            return pairs;
        }
        if (targets.isEmpty() && cameo.root().equals("14")) {
            // A protest that names no target is read as aimed at the protesters' own government.
            for (ActorMention source : sources) {
                pairs.add(new ActorMention[] {source, implied(source, "GOV")});
            }
            return pairs;
        }
        if (targets.isEmpty() && domestic && DOMESTIC_CODES.stream().anyMatch(cameo.code()::startsWith)) {
            // A curfew imposed or lifted, a crackdown: with no target named, they fall on the
            // source's own country.
            for (ActorMention source : sources) {
                pairs.add(new ActorMention[] {source, implied(source, "")});
            }
            return pairs;
        }
        for (ActorMention source : sources) {
            if (targets.isEmpty()) {
                pairs.add(new ActorMention[] {source, null});
            }
            for (ActorMention target : targets) {
                if (target.begin() != source.begin() && !speaksForTarget(source, target) && !sameActor(source, target)
                        && !mediatesForItsOwn(cameo, source, target)) {
                    pairs.add(new ActorMention[] {source, target});
                }
            }
        }
        return pairs;
    }
}
