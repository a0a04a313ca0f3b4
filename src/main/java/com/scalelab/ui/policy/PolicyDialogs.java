package com.scalelab.ui.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Everything the policy file commands ask the user, behind one interface so tests drive New, Open
 * and Save with fakes instead of real file choosers and modal dialogs.
 */
public interface PolicyDialogs {

    /** The user's answer when unsaved edits would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseFileToOpen(Window owner, Path startDir);

    Optional<Path> chooseFileToSave(Window owner, Path startDir, String suggestedName);

    /** "Save changes to NAME?" with Save / Don't Save / Cancel. */
    UnsavedChoice askToSaveChanges(Window owner, String policyName);

    /** A file or policy was refused: each line is "file:line:col: path: message". */
    void showProblems(Window owner, String title, String header, List<String> problems);

    /** Something outside the user's control failed (disk full, no permission). */
    void showError(Window owner, String title, String message);
}
