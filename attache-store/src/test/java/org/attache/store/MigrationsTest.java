package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void bothDialectsHaveTheSameMigrationsAndTables() {
        List<String> duck = Migrations.scripts("duckdb");
        List<String> pg = Migrations.scripts("postgresql");
        assertThat(duck).hasSameSizeAs(pg).isNotEmpty();
        for (int i = 0; i < duck.size(); i++) {
            assertThat(tables(duck.get(i))).isEqualTo(tables(pg.get(i)));
        }
    }

    @Test
    void splitsScriptsIntoStatementsWithoutComments() {
        String script = "-- a comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n y INTEGER\n);\n";
        assertThat(Migrations.statements(script))
                .containsExactly("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\n y INTEGER\n)");
    }

    private static List<String> tables(String script) {
        return Migrations.statements(script).stream().filter(s -> s.startsWith("CREATE TABLE"))
                .map(s -> s.split("\\s+")[2]).toList();
    }
}
