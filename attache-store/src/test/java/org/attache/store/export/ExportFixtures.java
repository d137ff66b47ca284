package org.attache.store.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.attache.actors.ActorMention;
import org.attache.codebook.CameoCode;
import org.attache.codebook.QuadClass;
import org.attache.dictionary.SourceLine;
import org.attache.events.Event;
import org.attache.events.Evidence;
import org.attache.events.Mode;
import org.attache.store.EventRecord;

/**
 * Four records that exercise every export column: a cluster's representative with a target and
 * awkward characters, an international actor without a URL, an implied target with a CAMEO
 * comment code, and a negated event. Golden files are compared byte for byte; run with
 * {@code -Dattache.golden.update=true} to rewrite them after an intended change.
 */
final class ExportFixtures {

    static final Instant STORED = Instant.parse("2024-05-06T07:08:09Z");
    private static final Path GOLDEN = Path.of("src/test/resources/org/attache/store/export");

    private ExportFixtures() {
    }

    static List<EventRecord> records() {
        SourceLine verbs = new SourceLine("verbs.txt", 321);
        Event invasion = new Event("0a1b2c3d4e5f60718293", "wire-1", 0, LocalDate.of(2022, 2, 24),
                mention("RUSMIL", "Russia, \"armed forces\"", "Russian troops", 0, "RUS", "state"),
                mention("UKR", "Ukraine", "Ukraine", 29, "UKR", "state"),
                new CameoCode("192", "Occupy territory", -9.5, QuadClass.MATERIAL_CONFLICT), false, false, Mode.DEED,
                null, new Evidence("Russian troops have occupied Ukraine, officials said.", "occupied", 20, 28,
                "* +", verbs));
        Event inspection = new Event("ffeeddccbbaa99887766", "iaea-7", 2, LocalDate.of(2023, 3, 4),
                mention("IGOUNOIAE", "International Atomic Energy Agency", "the IAEA", 104, null, "igo"),
                mention("IRN", "Iran", "Tehran", 130, "IRN", "state"),
                new CameoCode("042", "Make a visit", 1.9, QuadClass.VERBAL_COOPERATION), false, false, Mode.INTENT,
                "IRNGOV", new Evidence("Inspectors of the IAEA will visit\tTehran next week.", "visit", 120, 125,
                "* +", verbs));
        Event statement = new Event("123456789abcdef01234", "wire-2", 5, LocalDate.of(2022, 3, 1),
                mention("USAGOV", "United States", "Washington", 0, "USA", "state"),
                new ActorMention("FRA", "France", "", -1, -1, "FRA", "state", -1, null),
                new CameoCode("010", "Make statement", 0.0, QuadClass.VERBAL_COOPERATION), false, false, Mode.DEED,
                null, new Evidence("Washington said it was watching closely.", "said", 11, 15, "* +", null));
        Event denial = new Event("abcdefabcdefabcdef00", "wire-2", 6, LocalDate.of(2022, 3, 1),
                mention("CHN", "China", "China", 0, "CHN", "state"), null,
                new CameoCode("190", "Use conventional military force", -10.0, QuadClass.MATERIAL_CONFLICT), true,
                false, Mode.DEED, null, new Evidence("China did not attack.", "attack", 14, 20, "* +", verbs));
        return List.of(
                new EventRecord(invasion, "https://news.example/wire-1", "Wire, Inc.", "Troops, tanks", STORED, 3, 2,
                        3),
                EventRecord.single(inspection, null, "Agency", "IAEA", STORED),
                EventRecord.single(statement, "https://news.example/wire-2", null, null, STORED),
                EventRecord.single(denial, "https://news.example/wire-2", null, null, STORED));
    }

    private static ActorMention mention(String code, String name, String text, int begin, String country,
                                        String type) {
        return new ActorMention(code, name, text, begin, begin + text.length(), country, type, 0, null);
    }

    static String write(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventExport export = format.open(out)) {
            for (EventRecord r : records()) {
                export.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The golden file's text; (re)written first when updating. */
    static String golden(String name, String actual) {
        Path file = GOLDEN.resolve(name);
        try {
            if (Boolean.getBoolean("attache.golden.update")) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
