package com.scalelab.ui.landscape;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save an export; a fake in tests, a FileChooser on the desktop. */
@FunctionalInterface
public interface SaveFileChooser {
    /**
     * @param suggestedName a file name to start from ("decision-map.png")
     * @param description   what the file type is called ("PNG image")
     * @param extension     without the dot ("png")
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> choose(Window owner, String title, String suggestedName, String description, String extension);

    /** The desktop's own save dialog. */
    static SaveFileChooser desktop() {
        return (owner, title, suggestedName, description, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
