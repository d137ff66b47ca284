package org.attache.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One way a phrase can refer to an actor: by its name, by an adjective or demonym ("Russian"),
 * by its capital ("Moscow said") or by a seat of government ("the Kremlin").
 */
public record ActorSense(ActorEntry entry, Form form) {

    /** How the phrase refers to the entry. */
    public enum Form { NAME, ADJECTIVE, CAPITAL, SEAT }

    /**
     * How strongly this sense claims a phrase when several entries share it: persons and named
     * organisations before states, a capital used as a metonym before the city of the same name.
     */
    public int priority() {
        if (form == Form.CAPITAL || form == Form.SEAT) {
            return 5;
        }
        return switch (entry.type()) {
            case PERSON -> 8;
            case IGO, COMPANY, GROUP, NGO -> 7;
            case STATE -> form == Form.NAME ? 6 : 4;
            case CITY, REGION -> 3;
            case PLACE -> 0;
        };
    }

    /** A sense with the code its entry carries on a date. */
    record OnDate(ActorSense sense, String code) {
    }

    /**
     * Of the senses a phrase has, the one with the highest {@linkplain #priority priority} among
     * those whose entry exists (or holds office) on {@code date}; of equal priority, a person in
     * office before one out of it ("Aliyev" in 2023 is Ilham, not his late father); the earliest on
     * a tie.
     */
    static Optional<OnDate> bestOn(List<ActorSense> senses, LocalDate date) {
        OnDate best = null;
        for (ActorSense sense : senses) {
            Optional<String> code = sense.entry().codeOn(date);
            if (code.isEmpty()) {
                continue;
            }
            boolean better = best == null || sense.priority() > best.sense().priority()
                    || (sense.priority() == best.sense().priority() && sense.entry().inOfficeOn(date)
                        && !best.sense().entry().inOfficeOn(date));
            if (better) {
                best = new OnDate(sense, code.get());
            }
        }
        return Optional.ofNullable(best);
    }
}
