package com.scalelab.ui.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Everything the replay commands ask the user, behind one interface so tests drive Open, Save and
 * the exports with scripted answers instead of real file choosers and modal alerts.
 */
public interface ReplayDialogs {
    /** The user's answer when unsaved run edits would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** What a file chooser asks for. */
    enum FileKind {
        RUN("Open run", "Run files (*.json)", "json"),
        BARS("Open bars", "Bar files (*.csv, *.json)", "csv", "json", "txt");

        final String title;
        final String description;
        final List<String> extensions;

        FileKind(String title, String description, String... extensions) {
            this.title = title;
            this.description = description;
            this.extensions = List.of(extensions);
        }
    }

    Optional<Path> chooseFileToOpen(Window owner, FileKind kind, Path startDir);

    /** Where to save a run ("Save run as"), starting from {@code suggestedName}. */
    Optional<Path> chooseRunToSave(Window owner, Path startDir, String suggestedName);

    /** Where to write an export; {@code extension} without the dot. */
    Optional<Path> chooseExportFile(Window owner, String title, String suggestedName, String description,
                                    String extension);

    /** "Save changes to RUN?" with Save / Don't Save / Cancel. */
    UnsavedChoice askToSaveChanges(Window owner, String runName);

    /** A file was refused: each line is "file:line:col: path: message". */
    void showProblems(Window owner, String title, String header, List<String> problems);

    /** Something outside the user's control failed (disk full, no permission). */
    void showError(Window owner, String title, String message);
}
