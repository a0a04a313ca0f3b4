package com.scalelab.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the window asks or tells the user, behind one interface (as JabRef's DialogService):
 * view-models and documents call it, tests answer it with a fake and need no toolkit. The desktop
 * implementation ({@link FxDialogService}) knows the owner window, so no call here takes one.
 */
public interface DialogService {

    /** The answer when unsaved edits would be lost. */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /**
     * What a file chooser is for.
     *
     * @param title         the chooser's title ("Open policy")
     * @param kind          which remembered folder to start in ("policy", "scenario", "export")
     * @param startDir      where to start when known (null: the folder last used for this kind)
     * @param suggestedName a file name to start from, for saving (null when opening)
     * @param description   what the file type is called ("Policy files (*.json)")
     * @param extension     without the dot ("json"); added to a saved name that has none
     * @param alsoAccepted  more extensions the chooser's filter shows when opening (bars: "json", "txt")
     */
    record FileRequest(String title, String kind, Path startDir, String suggestedName, String description,
                       String extension, List<String> alsoAccepted) {
        public FileRequest {
            alsoAccepted = alsoAccepted == null ? List.of() : List.copyOf(alsoAccepted);
        }

        /** A request for one kind of file. */
        public FileRequest(String title, String kind, Path startDir, String suggestedName, String description,
                           String extension) {
            this(title, kind, startDir, suggestedName, description, extension, List.of());
        }
    }

    /**
     * "Save changes to the policy "NAME"?" with Save / Don't Save / Cancel.
     *
     * @param what the kind of document: "policy", "scenario" or "run"
     * @param name how the user knows it (the policy's name, the scenario's file name)
     */
    SaveChoice askToSave(String what, String name);

    Optional<Path> chooseFileToOpen(FileRequest request);

    /** Several files at once (a scenario pack, a class's results); empty when the user cancels. */
    default List<Path> chooseFilesToOpen(FileRequest request) {
        return chooseFileToOpen(request).map(List::of).orElse(List.of());
    }

    Optional<Path> chooseFileToSave(FileRequest request);

    /** A question with the action's own word on its button ("Clear") and Cancel; true for the action. */
    boolean confirm(String title, String question, String details, String actionLabel);

    /** A file or policy was refused: each line is "file:line:col: path: message". */
    void showProblems(String title, String header, List<String> problems);

    /** Something outside the user's control failed (disk full, no permission). */
    void showError(String title, String message);

    void showInfo(String title, String message);

    /**
     * Asks for a line or a paragraph of text (a lesson, a hint); empty when cancelled. The default
     * answers Cancel, for services that never ask.
     */
    default Optional<String> askText(String title, String question, String initial) {
        return Optional.empty();
    }
}
