package org.attache.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attache.store.EventRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files load where analysts load them: GDELT and ICEWS through DuckDB's {@code read_csv} with
 * the documented column names (codes stay strings), Parquet through {@code read_parquet} with its
 * year/month partitions, and the Parquet content matches the CSV golden file.
 */
class ExportLoadsInDuckDbTest {

    @TempDir
    Path dir;

    @Test
    void gdeltLoadsWithTheDocumentedColumnNamesAndKeepsLeadingZeros() throws Exception {
        Path file = Files.writeString(dir.resolve("events.gdelt.tsv"), ExportFixtures.write(ExportFormat.GDELT),
                StandardCharsets.UTF_8);
        String names = GdeltExport.COLUMNS.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        List<String> rows = query("SELECT GLOBALEVENTID, EventCode, Actor1Code, NumMentions, SOURCEURL FROM read_csv('"
                + file + "', delim = '\t', header = false, all_varchar = true, names = [" + names + "]) "
                + "ORDER BY SQLDATE");
        assertThat(rows).containsExactly(
                "45514025410622983|192|RUSMIL|3|https://news.example/wire-1",
                "81985529216486895|010|USAGOV|1|https://news.example/wire-2",
                "1152620087220021656|042|IGOUNOIAE|1|iaea-7");
    }

    @Test
    void icewsLoadsWithItsHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("events.icews.tsv"), ExportFixtures.write(ExportFormat.ICEWS),
                StandardCharsets.UTF_8);
        List<String> rows = query("SELECT \"Event ID\", \"CAMEO Code\", \"Source Country\", \"Sentence Number\" "
                + "FROM read_csv('" + file + "', delim = '\t', header = true, all_varchar = true) ORDER BY 1");
        assertThat(rows).containsExactly("0a1b2c3d4e5f60718293|192|Russia|1",
                "123456789abcdef01234|010|United States|6",
                "ffeeddccbbaa99887766|042|null|3");
    }

    @Test
    void parquetIsPartitionedByYearAndMonthAndHoldsTheCsvColumns() throws Exception {
        Path out = dir.resolve("parquet");
        try (EventExport export = ExportFormat.PARQUET.openDirectory(out)) {
            for (EventRecord r : ExportFixtures.records()) {
                export.write(r);
            }
        }
        assertThat(out.resolve("year=2022").resolve("month=2")).isDirectory();
        assertThat(out.resolve("year=2022").resolve("month=3")).isDirectory();
        assertThat(out.resolve("year=2023").resolve("month=3")).isDirectory();
        String columns = String.join(", ", Columns.names());
        List<String> rows = query("COPY (SELECT " + columns + " FROM read_parquet('" + out
                + "/**/*.parquet', hive_partitioning = true) ORDER BY date, doc_id, sentence_index) TO '"
                + dir.resolve("back.csv") + "' (HEADER, DELIMITER ',')");
        assertThat(rows).isEmpty();
        List<String> back = Files.readAllLines(dir.resolve("back.csv"), StandardCharsets.UTF_8);
        List<String> csv = ExportFixtures.write(ExportFormat.CSV).lines().toList();
        assertThat(back).hasSameSizeAs(csv);
        assertThat(back.get(0)).isEqualTo(csv.get(0));
        assertThat(query("SELECT typeof(goldstein), typeof(date), typeof(negated), typeof(cameo) FROM read_parquet('"
                + out + "/**/*.parquet') LIMIT 1")).containsExactly("DOUBLE|DATE|BOOLEAN|VARCHAR");
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return rows;
            }
            try (ResultSet r = s.getResultSet()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        values.add(String.valueOf(r.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
            }
        } catch (SQLException e) {
            throw e;
        }
        return rows;
    }

}
