package org.attache.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks our table against the third-party PETRARCH/Phoenix table in {@code ../shared/petrarch}
 * (read in place, never copied). That table follows the Phoenix variant of the scale; where it
 * departs from the published CAMEO Goldstein table we follow the latter, and its own header lists
 * those codes.
 */
class PublishedScaleTest {

    // Phoenix value differs from the published CAMEO table (which cameo.tsv follows).
    private static final Set<String> PHOENIX_VARIANTS = Set.of("016", "022", "124", "1246", "163", "165", "166");

    // Phoenix puts 01 and 02 in a neutral class 0 and 16 under verbal conflict; the CAMEO quad mapping does not.
    private static final Set<String> PHOENIX_QUAD_ROOTS = Set.of("01", "02", "16");

    @Test
    void agreesWithThePhoenixTableExceptWhereItsHeaderSaysItDiffers() throws IOException {
        Path table = sharedTable();
        assumeTrue(Files.isRegularFile(table), "shared PETRARCH table not found at " + table);
        Codebook codebook = Codebook.builtIn();
        int compared = 0;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f[0].equals("code") || !codebook.contains(f[0])) {
                continue;
            }
            CameoCode ours = codebook.get(f[0]);
            if (!f[3].isEmpty() && !PHOENIX_VARIANTS.contains(f[0])) {
                assertThat(ours.goldstein()).as("goldstein of " + f[0]).isEqualTo(Double.parseDouble(f[3]));
                compared++;
            }
            if (!PHOENIX_QUAD_ROOTS.contains(ours.root())) {
                assertThat(ours.quadClass().number()).as("quad of " + f[0]).isEqualTo(Integer.parseInt(f[4]));
            }
        }
        assertThat(compared).isGreaterThan(250);
        Map<String, Double> published = Map.of("016", -2.0, "022", 3.2, "124", -4.0, "163", -8.0, "165", -6.5,
                "166", -7.0);
        published.forEach((code, value) -> assertThat(codebook.get(code).goldstein()).as(code).isEqualTo(value));
    }

    private static Path sharedTable() {
        String shared = System.getProperty("attache.shared");
        Path fromProperty = shared == null ? null : Path.of(shared, "petrarch", "cameo_codes_goldstein_quad.tsv");
        if (fromProperty != null && Files.isRegularFile(fromProperty)) {
            return fromProperty;
        }
        // Surefire runs in the module directory; the shared directory sits beside the repository.
        return Path.of("..", "..", "shared", "petrarch", "cameo_codes_goldstein_quad.tsv").toAbsolutePath().normalize();
    }
}
