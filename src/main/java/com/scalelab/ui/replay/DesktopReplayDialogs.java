package com.scalelab.ui.replay;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: system file choosers and modal alerts (problem lists look like the policy's). */
public final class DesktopReplayDialogs implements ReplayDialogs {
    @Override
    public Optional<Path> chooseFileToOpen(Window owner, FileKind kind, Path startDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind.title);
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(kind.description, kind.extensions.stream().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (startDir != null && Files.isDirectory(startDir)) {
            chooser.setInitialDirectory(startDir.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseRunToSave(Window owner, Path startDir, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save run as");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Run files (*.json)", "*.json"));
        if (startDir != null && Files.isDirectory(startDir)) {
            chooser.setInitialDirectory(startDir.toFile());
        }
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String title, String suggestedName, String description,
                                           String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public UnsavedChoice askToSaveChanges(Window owner, String runName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your edits of the run settings will be lost if you don't save them.", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved run");
        alert.setHeaderText("Save changes to the run \"" + runName + "\"?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showProblems(Window owner, String title, String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, Math.max(3, problems.size() + 1)));
        list.setPrefColumnCount(70);
        list.setTooltip(new Tooltip("Each problem as file:line:column: field path: what was expected"));
        alert.getDialogPane().setContent(new VBox(6,
                new Label(problems.size() == 1 ? "1 problem:" : problems.size() + " problems:"), list));
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
