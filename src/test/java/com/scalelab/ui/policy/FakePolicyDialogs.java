package com.scalelab.ui.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Scripted answers instead of real dialogs; records what the user would have been shown. */
public final class FakePolicyDialogs implements PolicyDialogs {
    public Path fileToOpen;
    public Path fileToSave;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
    public int unsavedAsked;
    public final List<String> problemTitles = new ArrayList<>();
    public final List<List<String>> problemsShown = new ArrayList<>();
    public final List<String> errorsShown = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, Path startDir) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, Path startDir, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public UnsavedChoice askToSaveChanges(Window owner, String policyName) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public void showProblems(Window owner, String title, String header, List<String> problems) {
        problemTitles.add(title);
        problemsShown.add(List.copyOf(problems));
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errorsShown.add(title + ": " + message);
    }

    public List<String> lastProblems() {
        return problemsShown.isEmpty() ? List.of() : problemsShown.get(problemsShown.size() - 1);
    }
}
