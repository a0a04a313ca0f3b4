package com.scalelab.cli;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.FileKind;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: loads each policy or scenario file and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ScaleLabCommand.Version.class,
        description = {"Checks policy and scenario files. A JSON object with a 'proposed' or 'position' field is "
                + "a scenario, any other a policy.",
            "Prints each problem as FILE:LINE:COLUMN: path: message, and one line per valid file."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "policy, scenario or course files (JSON)")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int exit = ScaleLabCommand.OK;
        for (Path file : files) {
            try {
                FileKind.Checked checked = FileKind.check(file);
                for (FileProblem w : checked.warnings()) {
                    out.println(w);
                }
                out.println(file + ": valid " + describe(checked));
            } catch (FileRefusedException e) {
                e.problems().forEach(out::println);
                exit = ScaleLabCommand.LOAD_ERROR;
            }
        }
        return exit;
    }

    private static String describe(FileKind.Checked c) {
        if (c.value() instanceof com.scalelab.io.Course course) {
            int n = course.lessons().size();
            return "course " + quoted(course.title()) + " with " + n + (n == 1 ? " lesson" : " lessons")
                    + ", every scenario loaded and every expectation met";
        }
        if (c.value() instanceof ScalingPolicy p) {
            return "policy " + quoted(p.name());
        }
        Scenario s = (Scenario) c.value();
        String label = s.name() == null || s.name().isEmpty() ? "" : " " + quoted(s.name());
        return "scenario" + label + (s.inlinePolicy() == null ? "" : " with inline policy " + quoted(s.inlinePolicy().name()));
    }

    /** A name on one line, shortened: scenario names are often whole sentences. */
    private static String quoted(String name) {
        String oneLine = name.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
    }
}
