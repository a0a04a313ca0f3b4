package com.scalelab.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Scripted answers instead of real dialogs; records what the user would have been shown. */
public final class FakeDialogService implements DialogService {
    public Path fileToOpen;
    /** Answered to a choice of several files; when null, the single fileToOpen is. */
    public List<Path> filesToOpen;
    public Path fileToSave;
    /** When set, chooses the file to save from the request (by extension, say) instead of fileToSave. */
    public Function<FileRequest, Path> saveChooser;
    /** The answer to "Save changes?", unless {@link #answers} has one for the document's kind. */
    public SaveChoice saveAnswer = SaveChoice.CANCEL;
    public final Map<String, SaveChoice> answers = new HashMap<>();
    public boolean confirmAnswer;
    /** Each "Save changes?" asked, as "kind: name". */
    public final List<String> askedToSave = new ArrayList<>();
    public final List<FileRequest> fileRequests = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> problemTitles = new ArrayList<>();
    public final List<String> problemHeaders = new ArrayList<>();
    public final List<List<String>> problemsShown = new ArrayList<>();
    public final List<String> errorsShown = new ArrayList<>();
    public final List<String> infosShown = new ArrayList<>();

    @Override
    public SaveChoice askToSave(String what, String name) {
        askedToSave.add(what + ": " + name);
        return answers.getOrDefault(what, saveAnswer);
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        fileRequests.add(request);
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        if (filesToOpen == null) {
            return DialogService.super.chooseFilesToOpen(request);
        }
        fileRequests.add(request);
        return List.copyOf(filesToOpen);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        fileRequests.add(request);
        return Optional.ofNullable(saveChooser != null ? saveChooser.apply(request) : fileToSave);
    }

    @Override
    public boolean confirm(String title, String question, String details, String actionLabel) {
        confirmations.add(question + " " + details);
        return confirmAnswer;
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        problemTitles.add(title);
        problemHeaders.add(header);
        problemsShown.add(List.copyOf(problems));
    }

    @Override
    public void showError(String title, String message) {
        errorsShown.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infosShown.add(title + ": " + message);
    }

    public int unsavedAsked() {
        return askedToSave.size();
    }

    public List<String> lastProblems() {
        return problemsShown.isEmpty() ? List.of() : problemsShown.get(problemsShown.size() - 1);
    }
}
