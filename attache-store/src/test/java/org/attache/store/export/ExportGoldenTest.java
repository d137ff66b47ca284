package org.attache.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each stream format writes exactly its golden file for the fixture records. */
class ExportGoldenTest {

    @Test
    void writesAttacheJsonLinesGolden() {
        String actual = ExportFixtures.write(ExportFormat.JSONL);
        assertThat(actual).isEqualTo(ExportFixtures.golden("golden.jsonl", actual));
    }

    @Test
    void writesCsvGoldenWithHeaderAndQuoting() {
        String actual = ExportFixtures.write(ExportFormat.CSV);
        assertThat(actual).isEqualTo(ExportFixtures.golden("golden.csv", actual));
        assertThat(actual.lines().findFirst().orElseThrow().split(",")).hasSize(Columns.ALL.size());
    }

    @Test
    void writesGdeltGoldenWith61ColumnsAndNoNegatedEvent() {
        String actual = ExportFixtures.write(ExportFormat.GDELT);
        assertThat(actual).isEqualTo(ExportFixtures.golden("golden.gdelt.tsv", actual));
        assertThat(GdeltExport.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID").endsWith("SOURCEURL");
        assertThat(actual.lines()).hasSize(3).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    }

    @Test
    void writesIcewsGoldenWith20Columns() {
        String actual = ExportFixtures.write(ExportFormat.ICEWS);
        assertThat(actual).isEqualTo(ExportFixtures.golden("golden.icews.tsv", actual));
        assertThat(actual.lines()).hasSize(4).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(20));
    }

    @Test
    void writesPloverGoldenWithoutCommentsOrNegatedEvents() {
        String actual = ExportFixtures.write(ExportFormat.PLOVER);
        assertThat(actual).isEqualTo(ExportFixtures.golden("golden.plover.jsonl", actual));
        assertThat(actual.lines()).hasSize(2);
    }
}
