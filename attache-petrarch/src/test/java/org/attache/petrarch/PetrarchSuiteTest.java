package org.attache.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH's own validation suite ({@code ${attache.shared}/petrarch/PETR.UnitTest.records.xml},
 * MIT-licensed test data read where it lies) coded by Attaché's engine with the suite's
 * dictionaries. The floors are the level reached: they may only go up.
 */
class PetrarchSuiteTest {

    /** Records coded exactly as expected, out of 284. */
    private static final int CORRECT_FLOOR = 259;
    /** Expected events found, out of the 359 the records expect. */
    private static final int FOUND_FLOOR = 331;
    /** Events coded that no record expects. */
    private static final int EXTRA_CEILING = 16;

    @Test
    void codesTheSuiteAtLeastAsWellAsBefore() {
        Path records = Path.of(System.getProperty("attache.shared", "../shared"), "petrarch",
                "PETR.UnitTest.records.xml");
        assertThat(Files.isRegularFile(records)).as("PETRARCH suite at %s", records).isTrue();
        ValidationSuite suite = ValidationSuite.read(records);
        Validator validator = new Validator(PetrarchDictionaries.load(suite.dictionaries()), TestPipeline.get());
        List<RecordResult> results = new ArrayList<>();
        suite.records().forEach(r -> results.add(validator.validate(r)));
        ValidationReport report = new ValidationReport(results);
        System.out.print(report.table());
        System.out.println(report.summary());

        assertThat(suite.records()).hasSize(284);
        assertThat(report.total().correct()).as(report.summary()).isGreaterThanOrEqualTo(CORRECT_FLOOR);
        assertThat(report.total().found()).as("expected events found").isGreaterThanOrEqualTo(FOUND_FLOOR);
        assertThat(report.total().extra()).as("extra events").isLessThanOrEqualTo(EXTRA_CEILING);
    }
}
