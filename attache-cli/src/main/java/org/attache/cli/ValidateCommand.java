package org.attache.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attache.events.Event;
import org.attache.nlp.CoreNlpPipeline;
import org.attache.petrarch.PetrarchDictionaries;
import org.attache.petrarch.RecordResult;
import org.attache.petrarch.ValidationRecord;
import org.attache.petrarch.ValidationReport;
import org.attache.petrarch.ValidationSuite;
import org.attache.petrarch.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache validate RECORDS.xml}: codes a PETRARCH validation file with the dictionaries its
 * {@code <Environment>} names and Attaché's engine, and compares every record with the events it
 * expects. stdout: one {@code MISMATCH} line per record coded wrongly, the table per category and
 * PETRARCH's closing line; warnings about the dictionaries go to stderr.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Code PETRARCH validation records (PETR.UnitTest.records.xml format) with the dictionaries "
                + "they name and compare with the expected events.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RECORDS", description = "Validation file (<Validation> XML, schema validation.rng).")
    Path records;

    @Option(names = "--explain", description = "Under each mismatch, show the text, the events with their pattern "
            + "and actors, and why each verb coded nothing.")
    boolean explain;

    @Option(names = "--category", paramLabel = "C", split = ",",
            description = "Only records of these categories (DEMO, ACTOR, VERB...).")
    Set<String> categories = Set.of();

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ValidationSuite suite = ValidationSuite.read(records);
        PetrarchDictionaries dictionaries = PetrarchDictionaries.load(suite.dictionaries());
        dictionaries.problems().forEach(p -> err.println("attache: warning: " + p));
        CoreNlpPipeline.quietLogging();
        Validator validator = new Validator(dictionaries, new CoreNlpPipeline());
        List<RecordResult> results = new ArrayList<>();
        for (ValidationRecord r : suite.records()) {
            if (!categories.isEmpty() && !categories.contains(r.category())) {
                continue;
            }
            RecordResult result = validator.validate(r);
            results.add(result);
            if (!result.correct()) {
                out.println("MISMATCH " + r.id() + ": expected " + r.expectation() + " actual " + result.outcome());
                if (explain) {
                    explain(out, result);
                }
            }
        }
        ValidationReport report = new ValidationReport(results);
        out.println();
        out.print(report.table());
        out.println(report.summary());
        return 0;
    }

    private static void explain(PrintStream out, RecordResult result) {
        out.println("  text: " + result.record().text());
        for (Event e : result.events()) {
            out.printf("  event: %s -> %s %s by '%s' at %s; source \"%s\"%s%n", e.source().code(),
                    e.target() == null ? Validator.UNKNOWN : e.target().code(), e.cameo().code(), e.evidence().rule(),
                    e.evidence().ruleSource(), e.source().text(),
                    e.target() == null ? "" : ", target \"" + e.target().text() + "\"");
        }
        result.notes().forEach(n -> out.println("  " + n));
    }
}
