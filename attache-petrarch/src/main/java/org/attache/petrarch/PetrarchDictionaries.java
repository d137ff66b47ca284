package org.attache.petrarch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorEntry;
import org.attache.actors.AgentDictionary;
import org.attache.codebook.CameoCode;
import org.attache.codebook.Codebook;
import org.attache.codebook.QuadClass;
import org.attache.coder.Dictionaries;
import org.attache.coder.Modality;
import org.attache.dictionary.DictionaryText;
import org.attache.dictionary.PhraseIndex;
import org.attache.verbs.VerbDictionary;
import org.attache.verbs.VerbPattern;

/**
 * PETRARCH-1 / TABARI dictionaries loaded into Attaché's own {@link Dictionaries}, so that the same
 * {@link org.attache.coder.EventCoder} codes with them, plus the discard phrases PETRARCH applies
 * before coding.
 *
 * <p>What maps to what: verb blocks and patterns become {@link VerbPattern}s indexed by word form,
 * each written as a {@link org.attache.verbs.WordSequence}; actors become {@link ActorEntry}s matched
 * in any case; agents compose with actors as {@link AgentDictionary.Composition#EVERY_AGENT}; codes
 * PETRARCH uses that CAMEO lacks are added to the codebook (Goldstein 0, the quad class of their
 * root where it is a CAMEO root). PETRARCH has no modality words, so events are neither negated nor
 * hypothetical unless a pattern says so by its code.
 *
 * <p>Problems (malformed lines) are collected, not thrown: PETRARCH's own files carry a few on
 * purpose, and a user switching dictionaries wants the rest loaded. Immutable and thread-safe.
 *
 * @param problems every malformed line, as {@code FILE:LINE: reason}
 */
public record PetrarchDictionaries(Dictionaries dictionaries, Discards discards, List<String> problems) {

    /** The files of one PETRARCH dictionary set; any list may be empty. */
    public record FileSet(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {

        public FileSet {
            verbs = List.copyOf(verbs);
            actors = List.copyOf(actors);
            agents = List.copyOf(agents);
            discards = List.copyOf(discards);
        }

        /**
         * The dictionaries of a directory, by file name: {@code *verbs*.txt}, {@code *actors*.txt},
         * {@code *agents*.txt}, {@code *discards*.txt} (any case).
         */
        public static FileSet inDirectory(Path dir) {
            try (Stream<Path> listing = Files.list(dir)) {
                List<Path> all = listing.filter(Files::isRegularFile).sorted().toList();
                return new FileSet(named(all, "verbs"), named(all, "actors"), named(all, "agents"),
                        named(all, "discards"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list PETRARCH dictionary directory " + dir, e);
            }
        }

        private static List<Path> named(List<Path> files, String kind) {
            return files.stream().filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.contains(kind) && name.endsWith(".txt");
            }).toList();
        }

        public boolean isEmpty() {
            return verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty();
        }
    }

    public PetrarchDictionaries {
        problems = List.copyOf(problems);
    }

    /** Reads and translates the files; every problem of every file is in {@link #problems()}. */
    public static PetrarchDictionaries load(FileSet files) {
        List<String> problems = new ArrayList<>();
        List<VerbPattern> patterns = new ArrayList<>();
        for (Path f : files.verbs()) {
            DictionaryText text = PetrarchText.open(f, problems);
            patterns.addAll(new VerbTranslator().translate(new PetrarchVerbReader().read(text), text));
        }
        List<ActorEntry> actors = new ArrayList<>();
        for (Path f : files.actors()) {
            actors.addAll(new PetrarchActorReader().read(PetrarchText.open(f, problems)));
        }
        List<AgentDictionary.Agent> agents = new ArrayList<>();
        for (Path f : files.agents()) {
            agents.addAll(new PetrarchAgentReader().read(PetrarchText.open(f, problems)));
        }
        Discards discards = Discards.NONE;
        for (Path f : files.discards()) {
            discards = discards.plus(Discards.read(PetrarchText.open(f, problems)));
        }
        Dictionaries dictionaries = new Dictionaries(codebook(patterns),
                new ActorDictionary(actors, PhraseIndex.Mode.CASELESS),
                AgentDictionary.of(agents, PhraseIndex.Mode.CASELESS, AgentDictionary.Composition.EVERY_AGENT),
                VerbDictionary.ofWordForms(patterns), noModality());
        return new PetrarchDictionaries(dictionaries, discards, problems);
    }

    /** CAMEO, with the codes the patterns use that it lacks (and their missing parents). */
    private static Codebook codebook(List<VerbPattern> patterns) {
        Codebook cameo = Codebook.builtIn();
        Set<String> missing = new TreeSet<>();
        for (VerbPattern p : patterns) {
            for (String code : new String[] {p.code(), p.reverseCode()}) {
                if (code != null && !cameo.contains(code)) {
                    missing.add(code);
                    missing.add(code.substring(0, 2));
                    if (code.length() == 4) {
                        missing.add(code.substring(0, 3));
                    }
                }
            }
        }
        List<CameoCode> extra = new ArrayList<>();
        for (String code : missing) {
            if (!cameo.contains(code)) {
                extra.add(new CameoCode(code, "PETRARCH code " + code + " (not in CAMEO)", 0.0, quadOf(code)));
            }
        }
        return cameo.with(extra);
    }

    private static QuadClass quadOf(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 6 && root <= 8) {
            return QuadClass.MATERIAL_COOPERATION;
        }
        if (root >= 9 && root <= 13) {
            return QuadClass.VERBAL_CONFLICT;
        }
        if (root >= 14 && root <= 20) {
            return QuadClass.MATERIAL_CONFLICT;
        }
        return QuadClass.VERBAL_COOPERATION;
    }

    private static Modality noModality() {
        return Modality.read(new DictionaryText("(no modality words)", Reader.nullReader(), new ArrayList<>()));
    }
}
