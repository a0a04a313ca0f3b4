package com.scalelab.ui.policy;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.document.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The policy's file commands: New, Open, Open Recent, Open Sample, a scenario's inline policy, Save
 * and Save As, over the {@link Document} the view-model keeps. Every command that would drop unsaved
 * edits asks first (Save / Don't Save / Cancel). Each returns true when it went through.
 */
public final class PolicyDocument {
    /** What a policy that came from nowhere says in the title. */
    public static final String UNSAVED = Document.UNSAVED;

    private final PolicyViewModel vm;
    private final Document<ScalingPolicy> doc;
    private final DialogService dialogs;
    private final RecentFiles recent;

    public PolicyDocument(PolicyViewModel vm, DialogService dialogs, RecentFiles recent, String initialSource) {
        this.vm = vm;
        this.doc = vm.document();
        this.dialogs = dialogs;
        this.recent = recent;
        doc.setSource(null, initialSource);
    }

    /** The state: file, origin, saved content, dirty. */
    public Document<ScalingPolicy> state() {
        return doc;
    }

    /** How the prompts name the policy: its name, or "untitled". */
    public String displayName() {
        String name = vm.nameProperty().get();
        return name == null || name.isBlank() ? "untitled" : name.trim();
    }

    // Commands

    public boolean newPolicy() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        vm.load(PolicyViewModel.blankPolicy());
        doc.setSource(null, UNSAVED);
        return true;
    }

    /** Policy > Open…: asks for a file, then opens it. */
    public boolean open() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        return dialogs.chooseFileToOpen(request("Open policy", null)).map(this::read).orElse(false);
    }

    /** Opens a given file (Open Recent), asking first about unsaved edits. */
    public boolean open(Path path) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        boolean ok = read(path);
        if (!ok && !Files.exists(path)) {
            recent.remove(path);
        }
        return ok;
    }

    /** Opens a sample policy by file name; Save then asks where to write it. */
    public boolean openSample(String fileName) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        try {
            vm.load(SampleLibrary.policy(fileName));
        } catch (FileRefusedException e) {
            refused("Cannot open sample", fileName + " was refused; the current policy is kept.", e);
            return false;
        }
        doc.setSource(null, fileName);
        return true;
    }

    /**
     * Opens the policy a scenario file carries as its own untitled document: the policy being edited
     * is first offered for saving, and its file is never written with the scenario's policy (Save
     * on this one asks where, like Save As). Not dirty: the scenario file still holds it. When it is
     * the policy already open, unedited, nothing changes.
     */
    public boolean openInline(ScalingPolicy policy, String scenarioFileName) {
        if (!doc.isDirty() && policy.equals(doc.getSaved())) {
            return true; // the very policy already open: it keeps its document and its file
        }
        if (!confirmDiscardChanges()) {
            return false;
        }
        vm.load(policy);
        doc.setSource(null, "inline policy of scenario " + scenarioFileName + ", not saved");
        return true;
    }

    /**
     * Opens the policy a run or scenario file carries as its own untitled document: the policy being
     * edited is first offered for saving, and its file is never written with the carried policy
     * (Save on this one asks where, like Save As).
     */
    public boolean openCarried(ScalingPolicy policy, String fileName) {
        if (!doc.isDirty() && policy.equals(doc.getSaved())) {
            return true;
        }
        if (!confirmDiscardChanges()) {
            return false;
        }
        vm.load(policy);
        doc.setSource(null, "inline policy of " + fileName + ", not saved");
        return true;
    }

    public boolean save() {
        Path target = doc.getFile();
        return target == null ? saveAs() : write(target);
    }

    public boolean saveAs() {
        if (refuseInvalid(null)) {
            return false;
        }
        String origin = doc.getOrigin();
        String suggested = doc.getFile() != null ? doc.getFile().getFileName().toString()
                : origin.endsWith(".json") ? origin : fileNameFor(displayName());
        return dialogs.chooseFileToSave(request("Save policy as", suggested)).map(this::write).orElse(false);
    }

    /**
     * Before unsaved edits would be lost: nothing to ask when clean; otherwise Save (false if the
     * save did not happen), Don't Save, or Cancel (false).
     */
    public boolean confirmDiscardChanges() {
        if (!doc.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave("policy", displayName())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    // Files

    private boolean read(Path path) {
        ScalingPolicy loaded;
        try {
            loaded = PolicyFiles.load(path);
        } catch (FileRefusedException e) {
            refused("Cannot open policy", path.getFileName() + " was refused; the current policy is kept.", e);
            return false;
        }
        vm.load(loaded);
        doc.setSource(path, null);
        recent.add(path);
        return true;
    }

    private boolean write(Path path) {
        if (refuseInvalid(path)) {
            return false;
        }
        ScalingPolicy policy = vm.getDraft();
        try {
            PolicyFiles.save(policy, path);
        } catch (FileRefusedException e) {
            refused("Cannot save policy", "The policy has errors; fix them before saving.", e);
            return false;
        } catch (IOException e) {
            dialogs.showError("Cannot save policy",
                    "Could not write " + path + ": " + e.getMessage() + ". The previous file, if any, is unchanged.");
            return false;
        }
        vm.commitEdit();
        vm.markSaved(policy);
        doc.setSource(path, null);
        recent.add(path);
        return true;
    }

    /** Refuses to save a draft with errors, listing them; true when refused. */
    private boolean refuseInvalid(Path target) {
        List<PolicyProblem> errors = vm.getProblems().stream().filter(PolicyProblem::isError).toList();
        if (errors.isEmpty() && vm.getDraft() != null) {
            return false;
        }
        String where = target != null ? target.getFileName() + ": " : "";
        dialogs.showProblems("Cannot save policy", "The policy has errors; fix them before saving.",
                errors.stream().map(p -> where + p.path() + ": " + p.message()).toList());
        return true;
    }

    private void refused(String title, String header, FileRefusedException e) {
        dialogs.showProblems(title, header, e.problems().stream().map(FileProblem::toString).toList());
    }

    private DialogService.FileRequest request(String title, String suggestedName) {
        return new DialogService.FileRequest(title, "policy", startDir(), suggestedName, "Policy files (*.json)", "json");
    }

    private Path startDir() {
        Path current = doc.getFile();
        if (current == null && !recent.list().isEmpty()) {
            current = recent.list().get(0);
        }
        if (current != null && current.toAbsolutePath().getParent() != null) {
            return current.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** "Trend pyramid (conservative)" -> "trend-pyramid-conservative.json". */
    static String fileNameFor(String policyName) {
        String base = policyName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "policy" : base) + ".json";
    }
}
