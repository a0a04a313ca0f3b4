package com.scalelab.cli;

import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.ResultJson;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate [--policy POLICY] SCENARIO...}: one JSON line per evaluated scenario on the output,
 * load errors on the error output; a file that fails to load does not stop the others.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Evaluates each scenario and prints one JSON object per line: scenario, decision, "
                + "reasonCode, explanation, checks (every check, in the contract's order), metrics and, when the scenario has 'expect', "
                + "expectation MET or UNMET.",
            "A scenario's inline policy wins over --policy."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "POLICY", description = "policy file for scenarios without an inline policy")
    Path policyFile;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files (JSON)")
    List<Path> scenarios;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean loadFailed = false;
        boolean unmet = false;

        ScalingPolicy shared = null;
        if (policyFile != null) {
            try {
                Loaded<ScalingPolicy> loaded = PolicyFiles.loadWithWarnings(policyFile);
                loaded.warnings().forEach(err::println);
                shared = loaded.value();
            } catch (FileRefusedException e) {
                e.problems().forEach(err::println);
                loadFailed = true;
            }
        }

        for (Path file : scenarios) {
            Scenario scenario;
            try {
                Loaded<Scenario> loaded = ScenarioFiles.loadWithWarnings(file);
                loaded.warnings().forEach(err::println);
                scenario = loaded.value();
            } catch (FileRefusedException e) {
                e.problems().forEach(err::println);
                loadFailed = true;
                continue;
            }
            ScalingPolicy policy = scenario.inlinePolicy() != null ? scenario.inlinePolicy() : shared;
            if (policy == null) {
                String why = policyFile == null
                        ? "the scenario has no inline policy and no --policy was given; add a \"policy\" object"
                                + " or run with --policy POLICY"
                        : "the scenario has no inline policy and the --policy file " + policyFile
                                + " could not be loaded";
                err.println(new FileProblem(file.toString(), 0, 0, "policy", why));
                loadFailed = true;
                continue;
            }
            ScalingResult result = ScalingEngine.evaluate(policy, scenario.context());
            out.println(ResultJson.line(file.toString(), result, scenario.expect()));
            if (scenario.expect() != null && !scenario.expect().isMetBy(result)) {
                unmet = true;
            }
        }
        if (loadFailed) {
            return ScaleLabCommand.LOAD_ERROR;
        }
        return unmet ? ScaleLabCommand.UNMET : ScaleLabCommand.OK;
    }
}
