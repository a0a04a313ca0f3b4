package com.scalelab.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: a save-file chooser that remembers the last folder, and a confirmation. */
final class FxAuditDialogs implements AuditDialogs {
    private final Supplier<Window> owner;
    private File lastDirectory;

    FxAuditDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export audit log as " + format.label());
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(format.description(), "*." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public boolean confirmClear(int count) {
        ButtonType clear = new ButtonType("Clear", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The " + NumberFormat.getIntegerInstance(Locale.US).format(count)
                        + " recorded decisions will be removed. Export them first if you need them.",
                clear, ButtonType.CANCEL);
        alert.setTitle("Clear the audit log");
        alert.setHeaderText("Clear the audit log?");
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(b -> b == clear).isPresent();
    }
}
