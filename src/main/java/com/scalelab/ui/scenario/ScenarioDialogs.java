package com.scalelab.ui.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers and message boxes the scenario view needs; tests put fakes in. */
public interface ScenarioDialogs {

    Optional<Path> chooseScenarioToOpen(Window owner);

    Optional<Path> chooseScenarioToSave(Window owner, String suggestedName);

    /** Tells the user a file was refused, listing every problem (no stack trace). */
    void showProblems(Window owner, String title, String header, List<String> problems);
}
