package org.attache.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.attache.events.Event;

/**
 * When two events describe the same occurrence. Events form one cluster when they have the same
 * <em>cluster key</em> — same source code, same target code (or both none), same CAMEO base code
 * (three digits: {@code 190} and {@code 193} stay apart, {@code 1931} joins {@code 193}), same
 * mode (deed or intent) and same negation and hypothetical flags — and their dates fall within
 * {@value #WINDOW_DAYS} day of the cluster's first date. Events are taken in date order per key:
 * the first opens a cluster at its date (the anchor), the following ones join while their date is
 * at most anchor + {@value #WINDOW_DAYS}, and the first one later opens the next cluster. A
 * cluster therefore spans at most two calendar days, and a dyad reported every day for a year
 * gives about 180 clusters, not one.
 *
 * <p>Design decision: events carry their article's date, and reports of one occurrence come out
 * the day it happens and the day after; a wider window merges distinct occurrences of busy dyads.
 * The assignment depends only on the set of events, never on the order they were stored in.
 *
 * <p>Thread-safety: stateless.
 */
public final class ClusterRule {

    /** Days after a cluster's first date that still join it. */
    public static final int WINDOW_DAYS = 1;

    private ClusterRule() {
    }

    /** The cluster key of an event, e.g. {@code RUSMIL>UKR:193} or {@code USAGOV>-:036:intent:neg}. */
    public static String keyOf(Event e) {
        return key(e.source().code(), e.target() == null ? null : e.target().code(), e.cameo().base(),
                e.mode().label(), e.negated(), e.hypothetical());
    }

    public static String key(String source, String target, String base, String mode, boolean negated,
                             boolean hypothetical) {
        StringBuilder key = new StringBuilder(32).append(source).append('>').append(target == null ? "-" : target)
                .append(':').append(base);
        if (!"deed".equals(mode)) {
            key.append(':').append(mode);
        }
        if (negated) {
            key.append(":neg");
        }
        if (hypothetical) {
            key.append(":hyp");
        }
        return key.toString();
    }

    /** Whether an event dated {@code date} joins the cluster anchored at {@code anchor}. */
    public static boolean joins(LocalDate anchor, LocalDate date) {
        return !date.isAfter(anchor.plusDays(WINDOW_DAYS));
    }

    /** The stable id of the cluster of {@code key} anchored at {@code anchor}: 20 hex digits. */
    public static String clusterId(String key, LocalDate anchor) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + '@' + anchor).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
