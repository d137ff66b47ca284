package org.attache.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.coder.Dictionaries;
import org.attache.petrarch.PetrarchDictionaries;
import picocli.CommandLine.Option;

/**
 * The {@code --dictionaries} option the coding commands share ({@code code}, {@code explain}):
 * which dictionary sets to code with, combined in the order given. Used as a picocli mixin.
 *
 * <ul>
 *   <li>{@code builtin} — Attaché's own dictionaries (the default);
 *   <li>{@code petrarch:DIR} — the PETRARCH-1 / TABARI files of a directory ({@code *verbs*.txt},
 *       {@code *actors*.txt}, {@code *agents*.txt}, {@code *discards*.txt});
 *   <li>{@code petrarch-verbs:FILE}, {@code petrarch-actors:FILE}, {@code petrarch-agents:FILE} —
 *       single PETRARCH files, gathered into one PETRARCH set.
 * </ul>
 *
 * Problems in PETRARCH files are warnings on stderr; the rest of the files is used.
 */
final class DictionaryOptions {

    @Option(names = "--dictionaries", paramLabel = "SPEC", split = ",",
            description = "Dictionaries to code with, combined in order: builtin (default), petrarch:DIR, "
                    + "petrarch-verbs:FILE, petrarch-actors:FILE, petrarch-agents:FILE. "
                    + "Example: --dictionaries builtin,petrarch:my-petrarch-dir")
    List<String> specs = List.of("builtin");

    /** The combined dictionaries; warnings about PETRARCH files go to {@code err}. */
    Dictionaries load(PrintStream err) {
        List<Dictionaries> sets = new ArrayList<>();
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        int petrarchAt = -1;
        for (String spec : specs) {
            String kind = spec.contains(":") ? spec.substring(0, spec.indexOf(':')).toLowerCase(Locale.ROOT) : spec;
            Path path = spec.contains(":") ? Path.of(spec.substring(spec.indexOf(':') + 1)) : null;
            switch (kind) {
                case "builtin" -> sets.add(Dictionaries.builtIn());
                case "petrarch" -> sets.add(petrarch(PetrarchDictionaries.FileSet.inDirectory(directory(spec, path)),
                        spec, err));
                case "petrarch-verbs", "petrarch-actors", "petrarch-agents" -> {
                    (kind.endsWith("verbs") ? verbs : kind.endsWith("actors") ? actors : agents).add(file(spec, path));
                    if (petrarchAt < 0) {
                        petrarchAt = sets.size();
                    }
                }
                default -> throw new IllegalArgumentException("unknown dictionary set '" + spec
                        + "' (expected builtin, petrarch:DIR or petrarch-verbs|actors|agents:FILE)");
            }
        }
        if (petrarchAt >= 0) {
            sets.add(petrarchAt, petrarch(new PetrarchDictionaries.FileSet(verbs, actors, agents, List.of()),
                    "PETRARCH files", err));
        }
        return Dictionaries.combine(sets);
    }

    private static Dictionaries petrarch(PetrarchDictionaries.FileSet files, String spec, PrintStream err) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException(spec + ": no PETRARCH dictionary files (*verbs*.txt, *actors*.txt, "
                    + "*agents*.txt) there");
        }
        PetrarchDictionaries loaded = PetrarchDictionaries.load(files);
        loaded.problems().forEach(p -> err.println("attache: warning: " + p));
        return loaded.dictionaries();
    }

    private static Path directory(String spec, Path path) {
        if (path == null || !Files.isDirectory(path)) {
            throw new IllegalArgumentException(spec + ": not a directory");
        }
        return path;
    }

    private static Path file(String spec, Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException(spec + ": not a file");
        }
        return path;
    }
}
