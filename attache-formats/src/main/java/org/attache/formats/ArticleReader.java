package org.attache.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the articles to code from the inputs of a command line: JSON Lines files ({@code .jsonl},
 * {@code .json}: one {@code {"id","date","text"}} object per line, optionally {@code title},
 * {@code url}, {@code source}), plain-text files ({@code .txt}: one article, id = file name without
 * extension), directories (searched recursively, files in path order, other extensions ignored)
 * and {@code -} for JSON Lines on standard input.
 *
 * <p>Contract: {@link #read} hands every article ({@link Item.Accepted}) and every problem
 * ({@link Rejection}) to the sink in input order, and goes on after each problem. It does not throw
 * for bad or missing input, only if the sink throws. Checked for every article: id present and
 * unique within the call (a later duplicate is rejected), text a non-blank string of at most
 * {@link #maxChars()} characters, date {@code YYYY-MM-DD} or an ISO timestamp (its date part), or
 * the {@linkplain #withDefaultDate default date}; files must be UTF-8 text.
 *
 * <p>Design decision: the reader pushes items to a consumer instead of returning an iterator, so
 * that it opens and closes each file itself and a caller cannot leak a file handle; it reads JSON
 * Lines line by line and holds one article at a time, whatever the size of the file.
 *
 * <p>Thread-safety: immutable; {@code read} may run on several threads at once, each call with its
 * own duplicate-id check (but standard input can of course be read only once).
 */
public final class ArticleReader {

    /**
     * The default limit on an article's text. A long news feature runs to 30,000 characters; the
     * limit leaves ten times that, and still keeps one text from tying up a thread and gigabytes of
     * parser memory for minutes (5 MB takes CoreNLP's tagger over a minute and ~3 GB).
     */
    public static final int DEFAULT_MAX_CHARS = 300_000;

    /** The input name that stands for standard input. */
    public static final String STDIN = "-";

    private static final String STDIN_NAME = "<stdin>";

    private final LocalDate defaultDate;
    private final int maxChars;
    private final InputStream stdin;

    /** A reader without a default date, with the default size limit, reading {@code -} from {@link System#in}. */
    public ArticleReader() {
        this(null, DEFAULT_MAX_CHARS, System.in);
    }

    private ArticleReader(LocalDate defaultDate, int maxChars, InputStream stdin) {
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
        this.stdin = stdin;
    }

    /** A copy that dates articles without a date (and every {@code .txt} file) with {@code date}; null for none. */
    public ArticleReader withDefaultDate(LocalDate date) {
        return new ArticleReader(date, maxChars, stdin);
    }

    /** A copy that rejects articles whose text is longer than {@code maxChars} characters. */
    public ArticleReader withMaxChars(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        return new ArticleReader(defaultDate, maxChars, stdin);
    }

    /** A copy that reads the input {@code -} from {@code in} (which it never closes). */
    public ArticleReader withStdin(InputStream in) {
        return new ArticleReader(defaultDate, maxChars, Objects.requireNonNull(in, "in"));
    }

    /** The date given to articles without one, or null. */
    public LocalDate defaultDate() {
        return defaultDate;
    }

    /** The longest accepted text, in Java chars. */
    public int maxChars() {
        return maxChars;
    }

    /** Reads every input in order (a path, a directory or {@code -}) and hands each item to {@code sink}. */
    public void read(List<String> inputs, Consumer<? super Item> sink) {
        Objects.requireNonNull(sink, "sink");
        ArticleIntake intake = new ArticleIntake(sink, defaultDate, maxChars);
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStdin(intake);
            } else {
                readPath(input, intake);
            }
        }
    }

    private void readStdin(ArticleIntake intake) {
        try {
            JsonLinesArticles.read(stdin, STDIN_NAME, intake);
        } catch (IOException e) {
            intake.reject(STDIN_NAME, "cannot read: " + e.getMessage());
        }
    }

    private static void readPath(String input, ArticleIntake intake) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            intake.reject(input, "not a valid path: " + e.getReason());
            return;
        }
        if (Files.isDirectory(path)) {
            for (Path file : articleFiles(path, intake)) {
                readFile(file, intake);
            }
        } else if (!Files.exists(path)) {
            intake.reject(input, "no such file");
        } else {
            readFile(path, intake);
        }
    }

    private static void readFile(Path file, ArticleIntake intake) {
        String name = file.toString();
        try {
            switch (extension(file)) {
                case "jsonl", "json" -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        JsonLinesArticles.read(in, name, intake);
                    }
                }
                case "txt" -> TextFileArticles.read(file, intake);
                default -> intake.reject(name, "not an article file (expected .jsonl, .json or .txt)");
            }
        } catch (NoSuchFileException e) {
            intake.reject(name, "no such file");
        } catch (IOException e) {
            intake.reject(name, "cannot read: " + e.getMessage());
        }
    }

    /** The article files under {@code dir}, sorted by path; unreadable subdirectories are rejected and skipped. */
    private static List<Path> articleFiles(Path dir, ArticleIntake intake) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isArticleFile(file)) {
                        files.add(file);
                    } else if (attributes.isRegularFile()) {
                        intake.skip(file.toString(), "not an article file (.jsonl, .json or .txt)");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    intake.reject(file.toString(), "cannot read: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            intake.reject(dir.toString(), "cannot read directory: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    private static boolean isArticleFile(Path file) {
        return switch (extension(file)) {
            case "jsonl", "json", "txt" -> true;
            default -> false;
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
