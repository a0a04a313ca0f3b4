package com.scalelab.ui.replay;

import com.scalelab.ui.replay.ReplayDialogs.UnsavedChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Scripted answers instead of real dialogs; records what the user would have been shown. */
public final class FakeReplayDialogs implements ReplayDialogs {
    public Path fileToOpen;
    public Path fileToSave;
    public Path exportFile;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public int unsavedAsked;
    public final List<List<String>> problemsShown = new ArrayList<>();
    public final List<String> errorsShown = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, FileKind kind, Path startDir) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseRunToSave(Window owner, Path startDir, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, String title, String suggestedName, String description,
                                           String extension) {
        return Optional.ofNullable(exportFile);
    }

    @Override
    public UnsavedChoice askToSaveChanges(Window owner, String runName) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public void showProblems(Window owner, String title, String header, List<String> problems) {
        problemsShown.add(List.copyOf(problems));
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errorsShown.add(title + ": " + message);
    }
}
