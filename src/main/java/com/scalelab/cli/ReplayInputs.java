package com.scalelab.cli;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.io.BarFiles;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Loaded;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.RunFile;
import com.scalelab.io.RunFiles;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A run file, its bars ({@code --bars} wins over the run's) and a policy file, loaded the way
 * {@code replay} loads them, every problem printed on the error output. Used by sweep and diff.
 */
record ReplayInputs(RunFile run, RunSettings settings, BarSeries bars) {

    /** The run and its bars, or null after printing why not. */
    static ReplayInputs load(Path runFile, Path barsFile, PrintWriter err) {
        RunFile run;
        try {
            Loaded<RunFile> loaded = RunFiles.loadWithWarnings(runFile);
            loaded.warnings().forEach(err::println);
            run = loaded.value();
        } catch (FileRefusedException e) {
            e.problems().forEach(err::println);
            return null;
        }
        Path bars = barsFile != null ? barsFile : run.barsPath();
        if (bars == null) {
            err.println(noBars(runFile));
            return null;
        }
        try {
            return new ReplayInputs(run, run.settings(), BarFiles.load(bars, run.settings()));
        } catch (FileRefusedException e) {
            e.problems().forEach(err::println);
            return null;
        }
    }

    /** A run without bars, when no --bars was given either. */
    static FileProblem noBars(Path runFile) {
        return new FileProblem(runFile.toString(), 0, 0, "bars", "the run names no bar file and no --bars "
                + "was given; add \"bars\": \"FILE\" to the run or run with --bars BARS");
    }

    /** A run without an inline policy, when no --policy was given either. */
    static FileProblem noPolicy(Path runFile) {
        return new FileProblem(runFile.toString(), 0, 0, "policy", "the run has no inline policy and no "
                + "--policy was given; add a \"policy\" object to the run or run with --policy POLICY");
    }

    /** A policy file, or null after printing its problems. */
    static ScalingPolicy policy(Path file, PrintWriter err) {
        try {
            Loaded<ScalingPolicy> loaded = PolicyFiles.loadWithWarnings(file);
            loaded.warnings().forEach(err::println);
            return loaded.value();
        } catch (FileRefusedException e) {
            e.problems().forEach(err::println);
            return null;
        }
    }
}
