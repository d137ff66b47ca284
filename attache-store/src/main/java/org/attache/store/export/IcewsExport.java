package org.attache.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.attache.actors.ActorMention;
import org.attache.events.Event;
import org.attache.store.ActorCode;
import org.attache.store.EventRecord;

/**
 * The ICEWS coded event data layout: the 20 columns of {@link #COLUMNS}, tab-separated with that
 * header. Event ID is Attaché's event id; names are dictionary names; sectors are the names of the
 * actor code's role segments (GOV -> Government); countries are English names of the actor's
 * country; Event Text is the CAMEO name; Intensity is the Goldstein weight; Story ID is the document
 * id; Sentence Number counts from 1 as in ICEWS; Publisher is the article's source. The place
 * columns are empty (Attaché codes no places). Negated and hypothetical events are left out.
 *
 * <p>Not thread-safe.
 */
final class IcewsExport extends CountingExport {

    static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude");

    private static final Map<String, String> SECTORS = Map.ofEntries(Map.entry("GOV", "Government"),
            Map.entry("MIL", "Military"), Map.entry("LEG", "Legislative / Parliamentary"), Map.entry("COP", "Police"),
            Map.entry("SPY", "Intelligence"), Map.entry("REB", "Rebels"), Map.entry("OPP", "Opposition"),
            Map.entry("PTY", "Parties"), Map.entry("BUS", "Business"), Map.entry("MED", "Media"),
            Map.entry("JUD", "Judicial"), Map.entry("CVL", "Civilians"), Map.entry("EDU", "Education"),
            Map.entry("HLH", "Health"), Map.entry("LAB", "Labor"), Map.entry("REF", "Refugees"),
            Map.entry("ELI", "Elite"), Map.entry("CRM", "Criminals"), Map.entry("HRI", "Human Rights"),
            Map.entry("ENV", "Environment"), Map.entry("REL", "Religious"), Map.entry("AGR", "Agricultural"),
            Map.entry("SET", "Settlers"), Map.entry("NGO", "Non-Governmental Organizations"),
            Map.entry("IGO", "International Government Organizations"), Map.entry("MNC", "Multinational Corporations"),
            Map.entry("INS", "Insurgents"), Map.entry("UAF", "Unaffiliated Armed Forces"));

    private final TabSeparated out;

    IcewsExport(OutputStream stream) {
        this.out = new TabSeparated(stream);
        try {
            out.line(COLUMNS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void write(EventRecord record) throws IOException {
        Event e = record.event();
        if (!e.isAsserted()) {
            countLeftOut();
            return;
        }
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(e.eventId());
        f.add(e.date().toString());
        actor(e.source(), f);
        f.add(e.cameo().name());
        f.add(e.cameo().code());
        f.add(Columns.number(e.cameo().goldstein()));
        actor(e.target(), f);
        f.add(e.docId());
        f.add(Integer.toString(e.sentenceIndex() + 1));
        f.add(record.publisher());
        for (int i = 0; i < 6; i++) {
            f.add(null);
        }
        out.line(f);
        countWritten();
    }

    private static void actor(ActorMention a, List<String> f) {
        if (a == null) {
            f.add(null);
            f.add(null);
            f.add(null);
            return;
        }
        f.add(a.name());
        f.add(sectors(ActorCode.of(a)));
        f.add(CountryNames.of(a.country()));
    }

    private static String sectors(ActorCode code) {
        StringJoiner names = new StringJoiner(",");
        String segments = (code.role() == null ? "" : code.role()) + (code.rest() == null ? "" : code.rest());
        for (int i = 0; i + 3 <= segments.length(); i += 3) {
            String name = SECTORS.get(segments.substring(i, i + 3));
            if (name != null) {
                names.add(name);
            }
        }
        return names.length() == 0 ? null : names.toString();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
