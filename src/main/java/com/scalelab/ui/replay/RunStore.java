package com.scalelab.ui.replay;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.RunSettings;
import java.nio.file.Path;
import java.util.List;

/** Reading and writing run and bar files, behind an interface so view tests need no disk format. */
public interface RunStore {

    /**
     * A run as the view uses it: its settings, its inline policy (or null) and its bar file
     * resolved against the run file's folder (null when the run names none).
     */
    record RunFile(RunSettings settings, ScalingPolicy policy, Path bars) {
    }

    /** A file that could not be read or written, every problem as one line for the user. */
    final class Refused extends Exception {
        private final List<String> problems;

        public Refused(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    RunFile loadRun(Path file) throws Refused;

    /** The bars of a file, refused when fewer than the run's warm-up needs ({@code run} null: at least one). */
    BarSeries loadBars(Path file, RunSettings run) throws Refused;

    /** Writes the run in the canonical format, atomically; {@code policy} null writes none. */
    void saveRun(Path file, RunSettings settings, ScalingPolicy policy) throws Refused;
}
