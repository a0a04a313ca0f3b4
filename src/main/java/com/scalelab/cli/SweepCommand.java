package com.scalelab.cli;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.tuning.ParameterSweep;
import com.scalelab.engine.tuning.SweepAxis;
import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepFigure;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.io.AtomicFiles;
import com.scalelab.io.SweepCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep RUN --x FIELD=FROM:TO:STEPS --y FIELD=FROM:TO:STEPS}: the run replayed once per
 * combination of the two fields' values; one CSV row per cell on the output (or {@code --out FILE}),
 * the best cell for {@code --figure} on the error output.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Replays a run once per combination of two fields' values and prints one CSV row per cell: "
                + "the two values, P&L, max drawdown %, approved entries, cycles, max risk %, the most frequent "
                + "reason adds were held back, or why the cell is invalid (e.g. a maximum below a minimum).",
            "The run's inline policy wins over --policy; --bars wins over the run's bars."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the sweep ran",
            "1:a run, policy or bar file could not be loaded, or --out could not be written",
            "2:usage error"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--x", required = true, paramLabel = "FIELD=FROM:TO:STEPS",
            description = "first field and its range, e.g. qualification.minSpacingAtr=0.5:3:6")
    String x;

    @Option(names = "--y", required = true, paramLabel = "FIELD=FROM:TO:STEPS",
            description = "second field and its range, e.g. scaling.maxEntries=2:8:7")
    String y;

    @Option(names = "--figure", paramLabel = "FIGURE", defaultValue = "pnl",
            description = "figure the best cell is picked by: pnl, maxDrawdownPct, approvedEntries, cycles, "
                    + "maxRiskPct (default pnl)")
    String figure;

    @Option(names = "--threads", paramLabel = "N", description = "threads (default: the machine's cores)")
    Integer threads;

    @Option(names = "--policy", paramLabel = "POLICY", description = "policy file, for a run without an inline policy")
    Path policyFile;

    @Option(names = "--bars", paramLabel = "BARS", description = "bar file; wins over the run's bars")
    Path barsFile;

    @Option(names = "--out", paramLabel = "FILE", description = "write the CSV to FILE (atomically) instead of the output")
    Path outFile;

    @Parameters(index = "0", paramLabel = "RUN", description = "run file (JSON)")
    Path runFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SweepAxis xAxis = axis("--x", x);
        SweepAxis yAxis = axis("--y", y);
        if (xAxis.field() == yAxis.field()) {
            throw usage("--x and --y must name two different fields");
        }
        SweepFigure fig = SweepFigure.byKey(figure);
        if (fig == null) {
            throw usage("--figure must be one of " + Arrays.stream(SweepFigure.values()).map(SweepFigure::key)
                    .collect(Collectors.joining(", ")) + "; got " + figure);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw usage("--threads must be at least 1; got " + n);
        }

        ReplayInputs in = ReplayInputs.load(runFile, barsFile, err);
        ScalingPolicy given = policyFile == null ? null : ReplayInputs.policy(policyFile, err);
        if (in == null || (policyFile != null && given == null)) {
            return ScaleLabCommand.LOAD_ERROR;
        }
        ScalingPolicy policy = in.run().inlinePolicy() != null ? in.run().inlinePolicy() : given;
        if (policy == null) {
            err.println(ReplayInputs.noPolicy(runFile));
            return ScaleLabCommand.LOAD_ERROR;
        }

        SweepGrid grid = ParameterSweep.run(policy, in.settings(), in.bars(), xAxis, yAxis, n, ReplayProgress.NONE);
        String csv = SweepCsv.toCsv(grid);
        if (outFile != null) {
            try {
                AtomicFiles.write(outFile, csv);
            } catch (IOException e) {
                err.println(outFile + ": could not write the sweep: " + e.getMessage());
                return ScaleLabCommand.LOAD_ERROR;
            }
        } else {
            out.print(csv);
        }
        SweepCell best = grid.best(fig);
        long invalid = grid.cells().stream().filter(c -> !c.isValid()).count();
        err.printf(Locale.ROOT, "%d cells (%d invalid) over %d bars%n", grid.cells().size(), invalid, in.bars().size());
        if (best != null) {
            err.printf(Locale.ROOT, "best %s: %s=%s, %s=%s: %s%n", fig.key(), xAxis.field().path(),
                    SweepCsv.number(best.xValue()), yAxis.field().path(), SweepCsv.number(best.yValue()),
                    SweepCsv.number(best.figure(fig)));
        }
        if (grid.currentX() >= 0 && grid.currentY() >= 0) {
            SweepCell now = grid.cell(grid.currentX(), grid.currentY());
            err.printf(Locale.ROOT, "the policy as it is: %s%n",
                    now.isValid() ? SweepCsv.number(now.figure(fig)) : "invalid (" + now.invalid() + ")");
        }
        return ScaleLabCommand.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** FIELD=FROM:TO:STEPS, e.g. qualification.minSpacingAtr=0.5:3:6 (STEPS from 1 to 500). */
    private SweepAxis axis(String option, String text) {
        int eq = text.indexOf('=');
        String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
        TuningField field = eq < 0 ? null : TuningField.byPath(text.substring(0, eq).trim());
        if (field == null || range.length != 3) {
            throw usage(option + " must be FIELD=FROM:TO:STEPS with FIELD one of " + Arrays.stream(TuningField.values())
                    .map(TuningField::path).collect(Collectors.joining(", ")) + "; got " + text);
        }
        try {
            double from = Double.parseDouble(range[0].trim());
            double to = Double.parseDouble(range[1].trim());
            int steps = Integer.parseInt(range[2].trim());
            if (steps < 1 || steps > 500 || !Double.isFinite(from) || !Double.isFinite(to)) {
                throw usage(option + ": FROM and TO must be finite numbers and STEPS a whole number from 1 to 500; got "
                        + text);
            }
            return SweepAxis.linear(field, from, to, steps);
        } catch (NumberFormatException e) {
            throw usage(option + ": FROM and TO must be numbers and STEPS a whole number; got " + text);
        }
    }
}
