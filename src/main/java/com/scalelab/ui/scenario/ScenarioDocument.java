package com.scalelab.ui.scenario;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.document.Document;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario's file commands: Open, Save, Save As and Reset position, over the {@link Document}
 * the view-model keeps. Any change of the scenario's inputs, entries or orders makes it dirty, and
 * every command that would drop those edits asks first (Save / Don't Save / Cancel).
 */
public final class ScenarioDocument {

    /** Opens a scenario file's inline policy; false when the user cancelled (the open is then off). */
    @FunctionalInterface
    public interface InlinePolicy {
        boolean open(ScalingPolicy policy, String scenarioFileName);
    }

    private final ScenarioViewModel model;
    private final Document<ScalingContext> doc;
    private DialogService dialogs;
    private ScenarioStore store = new FileScenarioStore();
    private InlinePolicy inlinePolicy;

    ScenarioDocument(ScenarioViewModel model, DialogService dialogs) {
        this.model = model;
        this.doc = model.document();
        this.dialogs = dialogs;
        // On its own (no policy builder beside it) the inline policy simply goes in force.
        this.inlinePolicy = (policy, name) -> {
            model.session().policyProperty().set(policy);
            return true;
        };
    }

    void setDialogs(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    void setStore(ScenarioStore store) {
        this.store = Objects.requireNonNull(store);
    }

    /** Where a scenario file's own policy goes: the main window opens it as its own policy document. */
    public void setInlinePolicy(InlinePolicy inlinePolicy) {
        this.inlinePolicy = Objects.requireNonNull(inlinePolicy);
    }

    /** The state: file, origin, saved content, dirty. */
    public Document<ScalingContext> state() {
        return doc;
    }

    /** How the prompts name the scenario: its file name or origin, else its name. */
    public String displayName() {
        String origin = doc.getOrigin();
        if (!Document.UNSAVED.equals(origin)) {
            return origin;
        }
        String name = model.scenarioNameProperty().get();
        return name == null || name.isBlank() ? "untitled" : name;
    }

    // Commands

    /**
     * Scenario > Open…: offers the edited scenario for saving, asks for a file, reads it, and when
     * it carries its own policy hands that to {@link InlinePolicy} (which may ask about the policy).
     */
    public boolean open() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(request("Open Scenario", null));
        if (file.isEmpty()) {
            return false;
        }
        return read(file.get());
    }

    /**
     * Opens a given scenario file (an exercise left from training mode), asking first about unsaved
     * edits like Open. A file inside the application (a shipped sample) opens with no file behind
     * it, so Save asks where.
     */
    public boolean open(Path path) {
        return confirmDiscardChanges() && read(path);
    }

    private boolean read(Path path) {
        String fileName = path.getFileName().toString();
        ScenarioStore.ScenarioFile loaded;
        try {
            loaded = store.load(path);
        } catch (ScenarioStore.Refused e) {
            model.reportStatus("Could not open " + fileName + ": " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem." : " problems."));
            dialogs.showProblems("Open Scenario", "Could not open " + path, e.problems());
            return false;
        }
        ScalingPolicy inline = loaded.policy();
        if (inline != null && !inlinePolicy.open(inline, fileName)) {
            model.reportStatus("Open " + fileName + " cancelled; nothing changed.");
            return false;
        }
        String name = loaded.name() == null || loaded.name().isBlank() ? fileName : loaded.name();
        model.load(loaded.context(), name);
        model.markSaved();
        boolean onDisk = path.getFileSystem().equals(java.nio.file.FileSystems.getDefault());
        doc.setSource(onDisk ? path : null, onDisk ? null : fileName);
        model.reportStatus("Opened " + fileName
                + (inline != null ? " with its own policy '" + inline.name() + "'." : "."));
        return true;
    }

    /** Saves to the scenario's file, or asks where when it has none (a sample, a new one). */
    public boolean save() {
        Path target = doc.getFile();
        return target == null ? saveAs() : write(target);
    }

    public boolean saveAs() {
        String suggested = doc.getFile() != null ? doc.getFile().getFileName().toString() : suggestedName();
        return dialogs.chooseFileToSave(request("Save Scenario As", suggested)).map(this::write).orElse(false);
    }

    /** Reset position, after asking when it would drop edits of the scenario. */
    public boolean resetPosition() {
        if (model.resetWouldChange() && !confirmDiscardChanges()) {
            return false;
        }
        model.resetPosition();
        return true;
    }

    /**
     * Before the edited scenario would be dropped: nothing to ask when clean; otherwise Save (false
     * if the save did not happen), Don't Save, or Cancel (false).
     */
    public boolean confirmDiscardChanges() {
        if (!doc.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave("scenario", displayName())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private boolean write(Path path) {
        String name = model.scenarioNameProperty().get();
        try {
            store.save(path, new ScenarioStore.ScenarioFile(name, model.toContext(), model.session().getPolicy()));
        } catch (ScenarioStore.Refused e) {
            model.reportStatus("Could not save " + path.getFileName() + "; the previous file, if any, is unchanged.");
            dialogs.showProblems("Save Scenario", "Could not save " + path, e.problems());
            return false;
        }
        model.markSaved();
        doc.setSource(path, null);
        model.reportStatus("Saved " + path.getFileName() + " (with the policy in force inline).");
        return true;
    }

    private String suggestedName() {
        String origin = doc.getOrigin();
        if (origin.endsWith(".json")) {
            return origin;
        }
        String name = model.scenarioNameProperty().get();
        String base = name == null || name.isBlank() ? "scenario"
                : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
        return base.endsWith(".json") ? base : base + ".json";
    }

    private DialogService.FileRequest request(String title, String suggestedName) {
        Path current = doc.getFile();
        Path startDir = current != null && current.toAbsolutePath().getParent() != null
                ? current.toAbsolutePath().getParent() : null;
        return new DialogService.FileRequest(title, "scenario", startDir, suggestedName, "Scenario files (*.json)",
                "json");
    }
}
