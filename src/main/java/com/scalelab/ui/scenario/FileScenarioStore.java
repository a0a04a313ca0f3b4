package com.scalelab.ui.scenario;

import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Scenario files in the contract's format, through {@link ScenarioFiles}. */
public final class FileScenarioStore implements ScenarioStore {

    @Override
    public ScenarioFile load(Path file) throws Refused {
        try {
            Scenario s = ScenarioFiles.load(file);
            return new ScenarioFile(s.name(), s.context(), s.inlinePolicy());
        } catch (FileRefusedException e) {
            throw new Refused(e.problems().stream().map(FileProblem::toString).toList());
        }
    }

    @Override
    public void save(Path file, ScenarioFile scenario) throws Refused {
        try {
            // No expectation: the author's expected verdict is not ours to state.
            ScenarioFiles.save(new Scenario(blankToNull(scenario.name()), scenario.context(), scenario.policy(), null), file);
        } catch (IOException e) {
            throw new Refused(List.of(file + ": could not write the file (" + e.getMessage() + ")"));
        } catch (RuntimeException e) {
            throw new Refused(List.of(file + ": could not write the scenario (" + e.getMessage() + ")"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
