package com.scalelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code validate} and {@code evaluate} (contract section 5) and {@code replay}
 * (replay contract section 4). Exit codes: 0 all
 * good, 1 a file could not be loaded (takes precedence over 3), 2 usage error, 3 an expectation was
 * unmet.
 */
@Command(name = "scalelab", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = "Checks, evaluates and replays position scaling policies. Run without arguments for the desktop lab.",
        subcommands = {ValidateCommand.class, EvaluateCommand.class, ReplayCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file valid, every scenario evaluated, every expectation met; a replay ran",
            "1:a file could not be loaded (its problems on the error output)",
            "2:usage error",
            "3:an expectation in a scenario was not met"})
public final class ScaleLabCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int LOAD_ERROR = 1;
    public static final int USAGE = 2;
    public static final int UNMET = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: validate, evaluate or replay");
    }

    /** Runs the command line with the given streams and returns the exit code (never exits the JVM). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ScaleLabCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug of ours, not the user's: one line, no stack trace.
            commandLine.getErr().println("scalelab: internal error: " + e);
            return LOAD_ERROR;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The version from the jar's manifest (Implementation-Version); "dev" when run from classes. */
    public static String version() {
        String v = ScaleLabCommand.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ScaleLab " + version()};
        }
    }
}
