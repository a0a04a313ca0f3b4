package com.scalelab.cli;

import com.scalelab.audit.JUnitReport;
import com.scalelab.engine.CheckResult;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.coverage.PolicyCoverage;
import com.scalelab.io.AtomicFiles;
import com.scalelab.io.CoverageJson;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.ResultJson;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate [--policy POLICY] [--coverage] [--coverage-file FILE] [--fail-under PCT] [--junit FILE]
 * SCENARIO...}: one JSON line per evaluated scenario on the output, load errors on the error output;
 * a file that fails to load does not stop the others. Coverage and the JUnit report are for pipelines
 * that keep scenario packs as policy regression tests.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Evaluates each scenario and prints one JSON object per line: scenario, decision, "
                + "reasonCode, explanation, checks (every check, in the contract's order), metrics and, when the scenario has 'expect', "
                + "expectation MET or UNMET.",
            "A scenario's inline policy wins over --policy."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every scenario evaluated, every expectation met (and coverage at or above --fail-under)",
            "1:a file could not be loaded (takes precedence)",
            "2:usage error",
            "3:an expectation was not met",
            "5:coverage below --fail-under"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--policy", paramLabel = "POLICY", description = "policy file for scenarios without an inline policy")
    Path policyFile;

    @Option(names = "--coverage", description = "report which checks and limits the scenarios exercised: a table on "
            + "the error output and a JSON object (\"type\":\"coverage\") as the last output line")
    boolean coverage;

    @Option(names = "--coverage-file", paramLabel = "FILE", description = "write the coverage JSON to FILE instead "
            + "of the output (implies --coverage)")
    Path coverageFile;

    @Option(names = "--fail-under", paramLabel = "PCT", description = "exit 5 when coverage is below PCT percent "
            + "(implies --coverage)")
    Double failUnder;

    @Option(names = "--junit", paramLabel = "FILE", description = "write a JUnit XML report (one test case per "
            + "scenario with 'expect') for CI servers")
    Path junitFile;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "scenario files (JSON)")
    List<Path> scenarios;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (failUnder != null && (!Double.isFinite(failUnder) || failUnder < 0 || failUnder > 100)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-under must be a percentage from 0 to 100; got " + failUnder);
        }
        boolean wantCoverage = coverage || coverageFile != null || failUnder != null;
        PolicyCoverage covered = new PolicyCoverage();
        JUnitReport junit = new JUnitReport("scalelab evaluate");
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
                junit.error(testName(file), suiteOf(file), e.problems().get(0).toString(), joined(e.problems()));
                continue;
            }
            ScalingPolicy policy = scenario.inlinePolicy() != null ? scenario.inlinePolicy() : shared;
            if (policy == null) {
                String why = policyFile == null
                        ? "the scenario has no inline policy and no --policy was given; add a \"policy\" object"
                                + " or run with --policy POLICY"
                        : "the scenario has no inline policy and the --policy file " + policyFile
                                + " could not be loaded";
                FileProblem problem = new FileProblem(file.toString(), 0, 0, "policy", why);
                err.println(problem);
                loadFailed = true;
                junit.error(testName(file), suiteOf(file), problem.toString(), problem.toString());
                continue;
            }
            long started = System.nanoTime();
            ScalingResult result = ScalingEngine.evaluate(policy, scenario.context());
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println(ResultJson.line(file.toString(), result, scenario.expect()));
            covered.add(policy, result);
            if (scenario.expect() != null) {
                if (scenario.expect().isMetBy(result)) {
                    junit.passed(testName(file), suiteOf(file), seconds);
                } else {
                    unmet = true;
                    junit.failed(testName(file), suiteOf(file), seconds, unmetMessage(scenario, result),
                            unmetText(file, scenario, result));
                }
            }
        }

        boolean coverageLow = false;
        if (wantCoverage) {
            PolicyCoverage.Report report = covered.report();
            err.print(CoverageTable.render(report));
            if (coverageFile != null) {
                if (!writeOrSay(err, coverageFile, () -> AtomicFiles.write(coverageFile, CoverageJson.pretty(report)))) {
                    loadFailed = true;
                }
            } else {
                out.println(CoverageJson.line(report));
            }
            if (failUnder != null && report.isBelow(failUnder)) {
                coverageLow = true;
                err.printf("coverage %.1f%% is below --fail-under %s%%%n", report.percent(), plain(failUnder));
            }
        }
        if (junitFile != null && !writeOrSay(err, junitFile, () -> junit.write(junitFile))) {
            loadFailed = true;
        }
        if (loadFailed) {
            return ScaleLabCommand.LOAD_ERROR;
        }
        if (unmet) {
            return ScaleLabCommand.UNMET;
        }
        return coverageLow ? ScaleLabCommand.COVERAGE_LOW : ScaleLabCommand.OK;
    }

    private interface Write {
        void run() throws IOException;
    }

    /** A report that cannot be written is said in one line (the old file, if any, stays as it was). */
    private static boolean writeOrSay(PrintWriter err, Path file, Write write) {
        try {
            write.run();
            return true;
        } catch (IOException | RuntimeException e) {
            err.println(file + ": could not write the report: " + e.getMessage());
            return false;
        }
    }

    private static String unmetMessage(Scenario s, ScalingResult r) {
        String expected = s.expect().decision() + (s.expect().reasonCode() == null ? "" : " " + s.expect().reasonCode());
        return "expected " + expected + ", got " + r.decision() + " " + r.reasonCode();
    }

    private static String unmetText(Path file, Scenario s, ScalingResult r) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(unmetMessage(s, r)).append('\n');
        b.append(r.explanation()).append('\n');
        CheckResult deciding = r.decidingCheck();
        if (deciding != null) {
            b.append("deciding check ").append(deciding.code()).append(" (").append(deciding.code().phase())
                    .append("): ").append(deciding.message()).append('\n');
        }
        return b.toString();
    }

    private static String joined(List<FileProblem> problems) {
        return problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")) + "\n";
    }

    /** The scenario's file name: what a CI server lists as the test. */
    static String testName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Its folder, dotted like a class name, so a CI server groups the scenarios of one pack together. */
    static String suiteOf(Path file) {
        Path parent = file.normalize().getParent();
        if (parent == null || parent.toString().isEmpty()) {
            return "scenarios";
        }
        return parent.toString().replace('\\', '/').replaceAll("^/+", "").replace('/', '.');
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
