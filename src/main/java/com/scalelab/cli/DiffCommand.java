package com.scalelab.cli;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.tuning.VerdictDiff;
import com.scalelab.io.DiffJson;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.PolicyDiff;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff --policy A --policy B [--run RUN [--bars BARS]] [SCENARIO...] [--no-new-scale]}: where
 * two policies disagree. Prints the policy fields that differ, every scenario whose verdict or
 * reason differs, every bar of the run where the two replays decide differently, then a summary.
 * Both policies judge everything: inline policies of the scenarios and the run are not used.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Compares two policies decision by decision and prints one JSON object per line: a 'field' "
                + "line per policy field that differs, a 'scenario' line per scenario whose verdict or reason "
                + "differs, a 'bar' line per bar of --run where the two replays decide differently, then a "
                + "'summary' line.",
            "Both policies judge every scenario and the run: inline policies are not used.",
            "--no-new-scale: exit 4 when B gives SCALE anywhere A did not (a loosened policy)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compared (with --no-new-scale: and B approves nothing A did not)",
            "1:a policy, scenario, run or bar file could not be loaded",
            "2:usage error",
            "4:--no-new-scale and B gives SCALE where A did not"})
final class DiffCommand implements Callable<Integer> {
    static final int NEW_SCALE = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "POLICY", required = true,
            description = "the two policies, A then B (give --policy twice)")
    List<Path> policies;

    @Option(names = "--run", paramLabel = "RUN", description = "a run file to replay under both policies")
    Path runFile;

    @Option(names = "--bars", paramLabel = "BARS", description = "bar file for --run; wins over the run's bars")
    Path barsFile;

    @Option(names = "--no-new-scale", description = "exit 4 when B gives SCALE where A did not")
    boolean noNewScale;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "scenario files (JSON)")
    List<Path> scenarios = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (policies.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give exactly two policies: --policy A --policy B; got " + policies.size());
        }
        if (runFile == null && scenarios.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to compare on: give scenario files, --run RUN, or both");
        }
        if (barsFile != null && runFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bars needs --run");
        }
        ScalingPolicy a = ReplayInputs.policy(policies.get(0), err);
        ScalingPolicy b = ReplayInputs.policy(policies.get(1), err);
        boolean loadFailed = a == null || b == null;
        ReplayInputs run = runFile == null ? null : ReplayInputs.load(runFile, barsFile, err);
        if (runFile != null && run == null) {
            loadFailed = true;
        }
        if (a == null || b == null) {
            return ScaleLabCommand.LOAD_ERROR;
        }

        List<PolicyDiff.FieldChange> fields = PolicyDiff.fields(a, b);
        fields.forEach(f -> out.println(DiffJson.field(f)));

        int scenarioCount = 0;
        int scenarioDifferences = 0;
        int newScale = 0;
        for (Path file : scenarios) {
            Scenario s;
            try {
                Loaded<Scenario> loaded = ScenarioFiles.loadWithWarnings(file);
                loaded.warnings().forEach(err::println);
                s = loaded.value();
            } catch (FileRefusedException e) {
                e.problems().forEach(err::println);
                loadFailed = true;
                continue;
            }
            scenarioCount++;
            VerdictDiff.ScenarioDifference d = VerdictDiff.scenario(file.toString(), a, b, s.context());
            if (d != null) {
                scenarioDifferences++;
                newScale += d.isNewScale() ? 1 : 0;
                out.println(DiffJson.scenario(d));
            }
        }

        int bars = 0;
        int barDifferences = 0;
        ReplayResult replayA = null;
        ReplayResult replayB = null;
        if (run != null) {
            VerdictDiff.ReplayComparison walks = VerdictDiff.replays(a, b, run.settings(), run.bars(), ReplayProgress.NONE);
            replayA = walks.a();
            replayB = walks.b();
            bars = run.bars().size();
            for (VerdictDiff.BarDifference d : walks.bars()) {
                barDifferences++;
                newScale += d.isNewScale() ? 1 : 0;
                out.println(DiffJson.bar(d));
            }
        }
        out.println(DiffJson.summary(fields.size(), scenarioCount, scenarioDifferences, bars, barDifferences, newScale,
                replayA == null ? null : replayA.summary(), replayB == null ? null : replayB.summary()));
        if (loadFailed) {
            return ScaleLabCommand.LOAD_ERROR;
        }
        if (noNewScale && newScale > 0) {
            err.println("B gives SCALE in " + newScale + " place" + (newScale == 1 ? "" : "s") + " where A did not");
            return NEW_SCALE;
        }
        return ScaleLabCommand.OK;
    }
}
