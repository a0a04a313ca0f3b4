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
    /** Answers to askText, in order; empty means Cancel. */
    public final java.util.Deque<String> textAnswers = new java.util.ArrayDeque<>();
    public final List<String> textsAsked = new ArrayList<>();
    /** Answer to chooseFilesToOpen; null falls back to fileToOpen. */
    public List<Path> filesToOpen;

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

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        textsAsked.add(title);
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(FileRequest request) {
        fileRequests.add(request);
        if (filesToOpen != null) {
            return filesToOpen;
        }
        return fileToOpen == null ? List.of() : List.of(fileToOpen);
    }

    public int unsavedAsked() {
        return askedToSave.size();
    }

    public List<String> lastProblems() {
        return problemsShown.isEmpty() ? List.of() : problemsShown.get(problemsShown.size() - 1);
    }
}
