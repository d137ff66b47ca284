package org.attache.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.attache.actors.ActorMention;
import org.attache.events.Event;
import org.attache.store.ActorCode;
import org.attache.store.EventRecord;

/**
 * The GDELT 2.0 event table: the 61 columns of {@link #COLUMNS} in GDELT's order, tab-separated,
 * without a header (as GDELT's own files), codes as strings with their leading zeros.
 *
 * <p>How Attaché fills them: GLOBALEVENTID is the first 15 hex digits of the event id read as a
 * number (so it leads back to the event); actor codes are split as in {@link ActorCode} — country
 * (ISO alpha-3, where GDELT has CAMEO country codes, the same for states), Type1 the role, Type2 and
 * Type3 the following role segments, KnownGroup the segment after IGO/NGO (UNO, NAT, ...); names
 * are upper-cased as in GDELT; IsRootEvent is 1 for an event of the article's first sentence;
 * NumMentions, NumSources and NumArticles are 1 for a single event and the cluster's counts for a
 * cluster; AvgTone and every geography column are empty (Attaché codes no tone and no places);
 * DATEADDED is when the event was stored (UTC); SOURCEURL is the article's URL, else its id.
 * Negated and hypothetical events are left out: GDELT cannot say "did not".
 *
 * <p>Not thread-safe.
 */
final class GdeltExport extends CountingExport {

    /** The GDELT 2.0 event table's column names, in order. */
    static final List<String> COLUMNS = columns();

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final TabSeparated out;

    GdeltExport(OutputStream stream) {
        this.out = new TabSeparated(stream);
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(actor + field);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(geo + field);
            }
        }
        c.addAll(List.of("DATEADDED", "SOURCEURL"));
        return List.copyOf(c);
    }

    @Override
    public void write(EventRecord record) throws IOException {
        Event e = record.event();
        if (!e.isAsserted()) {
            countLeftOut();
            return;
        }
        LocalDate d = e.date();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(Long.toString(globalId(e.eventId())));
        f.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        f.add(Integer.toString(d.getYear()));
        f.add(String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        actor(e.source(), f);
        actor(e.target(), f);
        f.add(e.sentenceIndex() == 0 ? "1" : "0");
        f.add(e.cameo().code());
        f.add(e.cameo().base());
        f.add(e.cameo().root());
        f.add(Integer.toString(e.cameo().quadClass().number()));
        f.add(Columns.number(e.cameo().goldstein()));
        f.add(Integer.toString(record.mentions()));
        f.add(Integer.toString(record.sources()));
        f.add(Integer.toString(record.articles()));
        f.addAll(Collections.nCopies(1 + 3 * 8, null)); // AvgTone and the three geographies
        f.add(ADDED.format(record.stored()));
        f.add(record.url() != null ? record.url() : e.docId());
        out.line(f);
        countWritten();
    }

    private static void actor(ActorMention a, List<String> f) {
        if (a == null) {
            f.addAll(Collections.nCopies(10, null));
            return;
        }
        ActorCode code = ActorCode.of(a);
        List<String> segments = segments(code.rest());
        String knownGroup = null;
        if (("IGO".equals(code.role()) || "NGO".equals(code.role())) && !segments.isEmpty()) {
            knownGroup = segments.remove(0);
        }
        f.add(a.code());
        f.add(a.name().toUpperCase(Locale.ROOT));
        f.add(a.country());
        f.add(knownGroup);
        f.add(null); // ethnic
        f.add(null); // religion 1
        f.add(null); // religion 2
        f.add(code.role());
        f.add(segments.size() > 0 ? segments.get(0) : null);
        f.add(segments.size() > 1 ? segments.get(1) : null);
    }

    private static List<String> segments(String rest) {
        List<String> segments = new ArrayList<>();
        if (rest != null) {
            for (int i = 0; i + 3 <= rest.length(); i += 3) {
                segments.add(rest.substring(i, i + 3));
            }
        }
        return segments;
    }

    /** The first 15 hex digits of an Attaché event id as a number; other ids are hashed. */
    static long globalId(String eventId) {
        String hex = eventId.length() >= 15 && eventId.substring(0, 15).matches("[0-9a-f]+") ? eventId.substring(0, 15)
                : sha256Hex(eventId).substring(0, 15);
        return Long.parseLong(hex, 16);
    }

    private static String sha256Hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(Arrays.copyOf(d, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
