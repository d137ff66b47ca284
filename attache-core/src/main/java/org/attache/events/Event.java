package org.attache.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;

/**
 * A coded political event: who did what to whom, when, with the evidence that produced it.
 *
 * @param target the actor acted upon, or null when the sentence names none
 * @param reportedBy code of the actor who reported the event ("..., Turkish officials said"), or null
 */
public record Event(String eventId, String docId, int sentenceIndex, LocalDate date, ActorMention source,
                    ActorMention target, CameoCode cameo, boolean negated, boolean hypothetical, Mode mode,
                    String reportedBy, Evidence evidence) {

    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * A stable id: the same document, sentence, trigger, actors and code always give the same id,
     * so re-coding an article reproduces its ids and storage can de-duplicate on them.
     */
    public static String idFor(String docId, int sentenceIndex, int triggerBegin, String source, String target,
                               String code) {
        String key = docId + '\u0000' + sentenceIndex + '\u0000' + triggerBegin + '\u0000' + source + '\u0000'
                + target + '\u0000' + code;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String root() {
        return cameo.root();
    }

    /** True when the event is a factual claim: neither negated nor hypothetical. */
    public boolean isAsserted() {
        return !negated && !hypothetical;
    }
}
