package org.attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code attache} command. stdout carries data only (events, reports asked for); logs,
 * warnings and progress go to stderr.
 *
 * <p>Exit codes: 0 success; 1 the command failed (bad dictionary, unreadable input, internal
 * error); 2 usage error; 3 coding finished but some input records were rejected.
 */
@Command(name = "attache", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Political event data from news: who did what to whom, coded in CAMEO, with evidence.",
        subcommands = {CodeCommand.class, ExplainCommand.class, EvalCommand.class, BenchCommand.class,
                EventsCommand.class, DyadCommand.class, ActorsCommand.class, ExportCommand.class, ServeCommand.class,
                ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code when some records were rejected but the rest was coded. */
    public static final int EXIT_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::failure)
                .execute(args);
    }

    /**
     * A command that fails (unreadable gold file, bad dictionary) says why in one line; the stack
     * trace is for developers and shows only with {@code -Dattache.debug=true}.
     */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println("attache " + cmd.getCommandName() + ": " + why);
        if (Boolean.getBoolean("attache.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
