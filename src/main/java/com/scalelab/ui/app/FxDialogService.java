package com.scalelab.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's dialogs: system file choosers that remember a folder per kind of file, and modal alerts. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Map<String, Path> lastFolder = new HashMap<>();

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String what, String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your edits will be lost if you don't save them.",
                save, dontSave, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved " + what);
        alert.setHeaderText("Save changes to the " + what + " \"" + name + "\"?");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        File f = chooser(request).showOpenDialog(owner.get());
        return remember(request, f == null ? null : f.toPath());
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        List<File> files = chooser(request).showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        remember(request, files.get(0).toPath());
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.suggestedName() != null) {
            chooser.setInitialFileName(request.suggestedName());
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (request.extension() != null && !p.getFileName().toString().contains(".")) {
            p = p.resolveSibling(p.getFileName() + "." + request.extension());
        }
        return remember(request, p);
    }

    private FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        if (request.extension() != null) {
            List<String> patterns = new java.util.ArrayList<>();
            patterns.add("*." + request.extension());
            request.alsoAccepted().forEach(e -> patterns.add("*." + e));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.description(), patterns));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        Path start = request.startDir() != null ? request.startDir() : lastFolder.get(request.kind());
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(FileRequest request, Path chosen) {
        if (chosen != null && chosen.toAbsolutePath().getParent() != null) {
            lastFolder.put(request.kind(), chosen.toAbsolutePath().getParent());
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public boolean confirm(String title, String question, String details, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, action, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(question);
        return alert.showAndWait().filter(b -> b == action).isPresent();
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner.get());
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
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        TextArea text = new TextArea(initial == null ? "" : initial);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPrefColumnCount(60);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }
}
