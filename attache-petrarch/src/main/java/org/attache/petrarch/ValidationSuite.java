package org.attache.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.attache.petrarch.ValidationRecord.Coding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file (schema {@code validation.rng}): the {@code <Environment>} naming the
 * dictionaries, relative to the file, and the {@code <Sentence>} records in order, each with the
 * options set by the {@code <Config>} elements before it. Immutable.
 *
 * @param include the categories PETRARCH's {@code <Include>} lists (informational: all records are run)
 */
public record ValidationSuite(Path file, PetrarchDictionaries.FileSet dictionaries, List<String> include,
                              List<ValidationRecord> records) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public ValidationSuite {
        include = List.copyOf(include);
        records = List.copyOf(records);
    }

    /**
     * Reads a validation file.
     *
     * @throws IllegalArgumentException naming the record and attribute when a record is malformed
     */
    public static ValidationSuite read(Path file) {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        Element env = first(root, "Environment");
        if (env == null) {
            throw new IllegalArgumentException(file + ": no <Environment> naming the dictionaries");
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        PetrarchDictionaries.FileSet dictionaries = new PetrarchDictionaries.FileSet(paths(dir, env, "Verbfile"),
                paths(dir, env, "Actorfile"), paths(dir, env, "Agentfile"), paths(dir, env, "Discardfile"));
        Element include = first(env, "Include");
        List<String> categories = include == null ? List.of()
                : List.of(include.getTextContent().strip().split("\\s+"));
        ValidationOptions options = ValidationOptions.DEFAULTS;
        List<ValidationRecord> records = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().equals("Config")) {
                options = options.with(e.getAttribute("option"), e.getAttribute("value"));
            } else if (e.getTagName().equals("Sentence")) {
                records.add(record(file, e, options));
            }
        }
        return new ValidationSuite(file, dictionaries, categories, records);
    }

    private static ValidationRecord record(Path file, Element e, ValidationOptions options) {
        String id = e.getAttribute("id");
        String where = file.getFileName() + " record " + (id.isEmpty() ? "(no id)" : id);
        if (id.isEmpty()) {
            throw new IllegalArgumentException(where + ": no id");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(e.getAttribute("date").strip(), DATE);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(where + ": date must be YYYYMMDD, was '" + e.getAttribute("date") + "'",
                    ex);
        }
        Element text = first(e, "Text");
        if (text == null) {
            throw new IllegalArgumentException(where + ": no <Text>");
        }
        Element parse = first(e, "Parse");
        List<Coding> expected = new ArrayList<>();
        boolean noEvents = false;
        String error = null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals("EventCoding")) {
                if (c.hasAttribute("error")) {
                    error = c.getAttribute("error").strip();
                } else if (c.hasAttribute("noevents")) {
                    noEvents = true;
                } else {
                    expected.add(new Coding(unquote(c.getAttribute("sourcecode")), unquote(c.getAttribute("targetcode")),
                            c.getAttribute("eventcode").strip()));
                }
            }
        }
        return new ValidationRecord(id, e.getAttribute("category").strip(), date,
                text.getTextContent().strip().replaceAll("\\s+", " "), parse == null ? null : parse.getTextContent(),
                expected, noEvents, error, options);
    }

    /** A new actor's code is written with quotes ({@code '"INJURY TOLL"'}); the quotes are no part of it. */
    private static String unquote(String code) {
        String c = code.strip();
        return c.length() > 1 && c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c;
    }

    private static List<Path> paths(Path dir, Element env, String tag) {
        Element e = first(env, tag);
        if (e == null || e.getTextContent().isBlank()) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        for (String name : e.getTextContent().strip().split("\\s*,\\s*|\\s+")) {
            found.add(dir.resolve(name));
        }
        return found;
    }

    private static Element first(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static Document parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read validation file " + file, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not a well-formed validation file: " + e.getMessage(), e);
        }
    }
}
