package org.attache.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.text.Article;

/**
 * Reads a plain-text file as one article: the id is the file name without its extension, the text
 * the whole file, the date the reader's default, else a date the file name starts with
 * ({@code 2023-03-10_talks.txt}), else the file's last-modified date (with a warning, because that
 * date is often the day the file was copied, not published).
 *
 * <p>Thread-safety: stateless.
 */
final class TextFileArticles {

    /** UTF-8 spends at most 3 bytes per Java char, so a longer file must exceed the character limit. */
    private static final int MAX_BYTES_PER_CHAR = 3;

    private TextFileArticles() {
    }

    static void read(Path file, ArticleIntake intake) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size == 0) {
            intake.reject(name, "file is empty");
            return;
        }
        if (size > (long) MAX_BYTES_PER_CHAR * intake.maxChars() + MAX_BYTES_PER_CHAR) {
            intake.reject(name, "file is " + ArticleIntake.count(size) + " bytes, more than the limit of "
                    + ArticleIntake.count(intake.maxChars()) + " characters");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = Utf8Text.decode(bytes, 0, bytes.length);
        if (text == null) {
            intake.reject(name, Utf8Text.NOT_TEXT);
            return;
        }
        text = Utf8Text.withoutByteOrderMark(text);
        if (text.isBlank()) {
            intake.reject(name, "file is empty (only white space)");
            return;
        }
        LocalDate date = intake.defaultDate();
        String warning = null;
        if (date == null) {
            date = dateInName(file);
        }
        if (date == null) {
            // UTC, so that the same file gets the same date on every machine
            date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
            warning = "no date given, using the file's last-modified date " + date + " (UTC)";
        }
        intake.offer(name, name, new Article(idOf(file), date, text), warning);
    }

    /** The date a file name starts with ("2023-03-10_saudi-iran.txt"), or null. */
    private static LocalDate dateInName(Path file) {
        Matcher m = DATED_NAME.matcher(file.getFileName().toString());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null; // "2023-02-30_x.txt" is no date: fall back to the file's time, with a warning
        }
    }

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?![\\d])");

    private static String idOf(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
