package com.scalelab.ui.scenario;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers for JSON scenario files and an alert listing problems. */
public final class FxScenarioDialogs implements ScenarioDialogs {
    private File lastDirectory;

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner) {
        FileChooser chooser = chooser("Open Scenario");
        File f = chooser.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save Scenario As");
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        return remember(f);
    }

    @Override
    public void showProblems(Window owner, String title, String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, problems.size() + 1)));
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
