package com.scalelab.ui.scenario;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import java.nio.file.Path;
import java.util.List;

/** Reading and writing scenario files, behind an interface so view tests need no disk format. */
public interface ScenarioStore {

    /** A scenario as the view uses it: its label, the context and the inline policy (or null). */
    record ScenarioFile(String name, ScalingContext context, ScalingPolicy policy) {
    }

    /** A file that could not be read or written, with every problem as one line for the user. */
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

    ScenarioFile load(Path file) throws Refused;

    void save(Path file, ScenarioFile scenario) throws Refused;
}
