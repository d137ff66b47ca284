package org.attache.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.text.Sentence;

/**
 * Who did an act the sentence names no one for. An assault ("was assassinated near Tehran", "a
 * car bomb exploded outside the embassy in Kabul"): the unidentified armed group (CAMEO role UAF)
 * of the country it happened in, as ACLED codes an unidentified armed group. An arrest or a
 * sentence ("was detained in Moscow"): the authorities of the place. Immutable and thread-safe.
 */
final class UnnamedPerpetrator {

    /**
     * Roots of violence whose perpetrators news often cannot name: assaults, not fighting ("were
     * killed in the conflict" counts the dead of sides the article has named).
     */
    private static final Set<String> ROOTS = Set.of("18");
    /** Subjects that are the weapon, not who used it: "a car bomb exploded". */
    private static final Set<String> WEAPONS = Set.of("bomb", "explosive", "device", "blast", "explosion", "mine",
            "grenade", "rocket", "missile", "shell", "drone", "landmine", "ied");
    /**
     * Codes of acts only a state's authorities do, whose doer is the place's state when the
     * passive names none: arrests and detentions, expulsions and deportations, sentences.
     */
    private static final Set<String> ENFORCEMENT = Set.of("173", "174", "116");
    /** Handing a suspect over to another state's justice (extradition). */
    private static final String HANDOVER = "063";
    private static final Set<String> SENT_FROM = Set.of("from");

    private final ArgumentReader arguments;

    UnnamedPerpetrator(ArgumentReader arguments) {
        this.arguments = arguments;
    }

    /**
     * Who did the clause's act of CAMEO {@code act} on {@code targets} when the sentence names no
     * one: the unidentified armed group of the place of an assault, or the authorities of the place
     * of an arrest, deportation or sentence told in the passive ("was detained in Moscow"), or the
     * state that handed over someone extradited. Null if
     * the clause names its doer, is neither, or happened nowhere known.
     */
    ActorMention perpetrator(Sentence s, Clause clause, CameoCode act, List<ActorMention> targets, LocalDate date) {
        if (act.code().startsWith(HANDOVER) && clause.passive() && unnamed(s, clause, date)) {
            return handingState(s, clause, targets, date);
        }
        boolean assault = ROOTS.contains(act.root());
        boolean enforcement = ENFORCEMENT.stream().anyMatch(act.code()::startsWith) && clause.passive();
        if (!(assault || enforcement) || !unnamed(s, clause, date)) {
            return null;
        }
        ActorMention where = arguments.placeOf(s, clause, ArgumentReader.DEED_PLACES, date);
        if (where == null && assault) {
            where = targets.stream().filter(t -> t.country() != null).findFirst().orElse(null);
        }
        if (where == null) {
            return null;
        }
        if (enforcement) {
            return authoritiesOf(where.country());
        }
        return new ActorMention(where.country() + "UAF", "unidentified armed group", "", -1, -1, where.country(),
                "group", -1, null);
    }

    /**
     * Who handed over someone told in the passive ("the drug lord was extradited to the United
     * States"): the authorities of the place they were sent from, else of the country of whom was
     * handed over, when that is not the receiving state.
     */
    private ActorMention handingState(Sentence s, Clause clause, List<ActorMention> targets, LocalDate date) {
        ActorMention from = arguments.placeOf(s, clause, SENT_FROM, date);
        // the passive's subject is among the clause's objects; a name is often known by its
        // apposition only ("Usuga, the Colombian drug lord")
        List<Integer> persons = new ArrayList<>(clause.objects());
        clause.objects().forEach(o -> persons.addAll(s.children(o, "appos")));
        ActorMention handed = from != null ? from : persons.stream()
                .flatMap(n -> arguments.resolver().resolve(s, n, date).stream())
                .filter(m -> m.country() != null).findFirst().orElse(null);
        if (handed == null || targets.stream().anyMatch(t -> handed.country().equals(t.country()))) {
            return null;
        }
        return authoritiesOf(handed.country());
    }

    /** The government of a country, as the doer no one is named for. */
    private static ActorMention authoritiesOf(String country) {
        return new ActorMention(country + "GOV", "authorities", "", -1, -1, country, "state", -1, null);
    }

    /** A passive deed with no agent ("was assassinated"), or a weapon as subject ("a car bomb exploded"). */
    private boolean unnamed(Sentence s, Clause clause, LocalDate date) {
        if (clause.passive()) {
            // a deed done ("was assassinated", "has been abducted"), not a state ("are still held")
            boolean done = s.children(clause.verb(), "aux:pass").stream()
                    .anyMatch(a -> s.token(a).tag().equals("VBD") || s.token(a).word().equalsIgnoreCase("been"));
            return clause.subjects().isEmpty() && done;
        }
        return !clause.subjects().isEmpty() && clause.subjects().stream()
                .allMatch(n -> WEAPONS.contains(s.token(n).key()) && arguments.resolver().resolve(s, n, date).isEmpty());
    }
}
