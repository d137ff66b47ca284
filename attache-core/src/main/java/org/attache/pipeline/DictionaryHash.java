package org.attache.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.attache.coder.Dictionaries;

/**
 * A SHA-256 over the dictionaries a run codes with, recorded with each coding run: a stored
 * document coded with other dictionaries is not current and is coded again. For the built-in set,
 * every file under {@code org/attache/dictionaries/} and {@code org/attache/codebook/} (names and
 * contents, in name order), read from the jar (or classes directory) they come from, so a file
 * added to them changes the hash without a list to maintain here; for a {@code --dictionaries}
 * set given as a file or directory, every file there.
 */
public final class DictionaryHash {

    private static final List<String> ROOTS = List.of("org/attache/dictionaries/", "org/attache/codebook/");

    private DictionaryHash() {
    }

    /** The hash of the {@code --dictionaries} specs ({@code builtin}, {@code KIND:PATH}), in order. */
    public static String of(List<String> specs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String spec : specs) {
                digest.update(spec.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (spec.contains(":")) {
                    Path path = Path.of(spec.substring(spec.indexOf(':') + 1));
                    Map<String, byte[]> files = new TreeMap<>();
                    if (Files.isDirectory(path)) {
                        files.putAll(fromDirectory(path, List.of("")));
                    } else if (Files.isRegularFile(path)) {
                        files.put(path.getFileName().toString(), Files.readAllBytes(path));
                    }
                    update(digest, files);
                } else {
                    digest.update(builtIn().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionaries to hash them", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            digest.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.getValue());
        }
    }

    public static String builtIn() {
        try {
            Path location = Path.of(Dictionaries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> files = Files.isDirectory(location) ? fromDirectory(location, ROOTS)
                    : fromJar(location);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, files);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionaries to hash them", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the dictionaries: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path classes, List<String> roots) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String root : roots) {
            Path dir = classes.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> paths = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(paths::add);
            }
            for (Path p : paths) {
                files.put(classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (!entry.isDirectory() && ROOTS.stream().anyMatch(entry.getName()::startsWith)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }
}
