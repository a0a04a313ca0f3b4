package com.scalelab.cli;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayExit;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySink;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.io.BarFiles;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.ReplayJson;
import com.scalelab.io.RunFile;
import com.scalelab.io.RunFiles;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replay [--policy POLICY] [--bars BARS] [--trace] [--summary] RUN} (replay contract
 * section 4): walks the run's policy over its bars and prints one JSON line per decision and exit,
 * then the summary. Lines are printed as the walk makes them, so a million bars never sit in memory.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Replays a policy over a price history, bar by bar, and prints one JSON object per line: "
                + "a 'decision' line per proposal, an 'exit' line per closed position, then a 'summary' line.",
            "The run's inline policy wins over --policy; --bars wins over the run's bars."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the replay ran",
            "1:a run, policy or bar file could not be loaded (its problems on the error output)",
            "2:usage error"})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "POLICY", description = "policy file, for a run without an inline policy")
    Path policyFile;

    @Option(names = "--bars", paramLabel = "BARS",
            description = "bar file (relative to the current folder); wins over the run's bars")
    Path barsFile;

    @Option(names = "--trace", description = "add every check to each decision line, as evaluate prints them")
    boolean trace;

    @Option(names = "--summary", description = "print only the summary line (--trace then has nothing to add to)")
    boolean summaryOnly;

    @Parameters(index = "0", paramLabel = "RUN", description = "run file (JSON)")
    Path runFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean loadFailed = false;

        RunFile run = null;
        try {
            Loaded<RunFile> loaded = RunFiles.loadWithWarnings(runFile);
            loaded.warnings().forEach(err::println);
            run = loaded.value();
        } catch (FileRefusedException e) {
            e.problems().forEach(err::println);
            loadFailed = true;
        }

        // A --policy that cannot be loaded is a load error even when the run has its own, as in evaluate.
        ScalingPolicy given = policyFile == null ? null : ReplayInputs.policy(policyFile, err);
        if (policyFile != null && given == null) {
            loadFailed = true;
        }
        if (run == null) {
            return ScaleLabCommand.LOAD_ERROR;
        }

        ScalingPolicy policy = run.inlinePolicy() != null ? run.inlinePolicy() : given;
        if (policy == null && policyFile == null) {
            err.println(ReplayInputs.noPolicy(runFile));
            loadFailed = true;
        }

        Path bars = barsFile != null ? barsFile : run.barsPath();
        BarSeries series = null;
        if (bars == null) {
            err.println(ReplayInputs.noBars(runFile));
            loadFailed = true;
        } else {
            try {
                series = BarFiles.load(bars, run.settings());
            } catch (FileRefusedException e) {
                e.problems().forEach(err::println);
                loadFailed = true;
            }
        }
        if (loadFailed || policy == null || series == null) {
            return ScaleLabCommand.LOAD_ERROR;
        }

        // A million lines through an auto-flushing writer is a million system calls: buffer, flush at the end.
        PrintWriter lines = new PrintWriter(new BufferedWriter(out, 1 << 16), false);
        boolean withTrace = trace && !summaryOnly;
        ReplaySink sink = summaryOnly ? new ReplaySink() { } : new ReplaySink() {
            @Override
            public void decision(ReplayDecision decision, ScalingResult result) {
                lines.println(ReplayJson.decision(decision, withTrace ? result : null));
            }

            @Override
            public void exit(ReplayExit exit) {
                lines.println(ReplayJson.exit(exit));
            }
        };
        try {
            ReplaySummary summary = ReplayWalk.stream(policy, run.settings(), series, sink, ReplayProgress.NONE);
            lines.println(ReplayJson.summary(summary));
        } finally {
            lines.flush(); // the lines printed so far, also when the walk fails
        }
        return ScaleLabCommand.OK;
    }
}
