package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code attache explain}: the actors found, the pattern that fired and where it is written, or why nothing fired. */
class ExplainCommandTest {

    @Test
    void showsTheActorsAndThePatternThatFiredWithItsFileAndLine() {
        CommandRun run = CommandRun.of("explain", "--date", "2022-02-24", CommandRun.INVASION);

        assertThat(run.exitCode()).isZero();
        assertThat(section(run.stdout(), "Actors:")).anySatisfy(line -> assertThat(line)
                        .matches(" +\"Russia\" -> RUS \\(.+\\) from \\S+:\\d+"))
                .anySatisfy(line -> assertThat(line).matches(" +\"Ukraine\" -> UKR \\(.+\\) from \\S+:\\d+"));
        assertThat(section(run.stdout(), "Decisions:")).anySatisfy(line -> assertThat(line)
                .matches(" +invaded: EVENT RUS -> UKR +192 .* by pattern '.+' at \\S+\\.txt:\\d+"));
        assertThat(run.stdout()).contains("Events: 1");
    }

    @Test
    void saysWhyNothingFiredForASentenceWithoutEvent() {
        CommandRun run = CommandRun.of("explain", "--date", "2022-02-24", "The weather was mild.");

        assertThat(run.exitCode()).isZero();
        assertThat(section(run.stdout(), "Actors:")).containsExactly("  none");
        assertThat(section(run.stdout(), "Decisions:")).as("a reason for every verb, or for having none")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("  ").doesNotContain("EVENT"));
        assertThat(run.stdout()).contains("Events: 0");
    }

    /** The indented lines after {@code heading}, up to the next unindented line. */
    private static List<String> section(String stdout, String heading) {
        List<String> lines = stdout.lines().toList();
        int start = lines.indexOf(heading);
        assertThat(start).as("%s in:%n%s", heading, stdout).isNotNegative();
        return lines.subList(start + 1, lines.size()).stream().takeWhile(l -> l.startsWith(" ")).toList();
    }
}
