package com.scalelab.ui.policy;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/**
 * The policy as a document: the file it came from, whether it has unsaved edits, and the commands
 * New, Open, Open Recent, Open Sample, Save and Save As. Every command that would drop unsaved
 * edits asks first (Save / Don't Save / Cancel). Each returns true when it went through.
 */
public final class PolicyDocument {
    public static final String UNSAVED = "unsaved";

    private final PolicyViewModel vm;
    private final PolicyDialogs dialogs;
    private final RecentFiles recent;
    private final Supplier<Window> owner;
    /** Where Save writes; null for a new policy or a sample (Save then asks where, like Save As). */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** What the title shows in brackets: the file name, or "unsaved". */
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", UNSAVED);
    private final StringBinding title;

    public PolicyDocument(PolicyViewModel vm, PolicyDialogs dialogs, RecentFiles recent, Supplier<Window> owner,
                          String initialSource) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.recent = recent;
        this.owner = owner;
        source.set(initialSource == null ? UNSAVED : initialSource);
        title = Bindings.createStringBinding(
                () -> (vm.isDirty() ? "*" : "") + "ScaleLab — " + displayName() + " (" + source.get() + ")",
                vm.nameProperty(), vm.dirtyProperty(), source);
    }

    /** "ScaleLab — NAME (FILE or unsaved)", with a leading "*" while there are unsaved edits. */
    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    private String displayName() {
        String name = vm.nameProperty().get();
        return name == null || name.isBlank() ? "untitled" : name.trim();
    }

    // Commands

    public boolean newPolicy() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        vm.load(PolicyViewModel.blankPolicy());
        file.set(null);
        source.set(UNSAVED);
        return true;
    }

    /** Policy > Open…: asks for a file, then opens it. */
    public boolean open() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        return dialogs.chooseFileToOpen(owner.get(), startDir()).map(this::read).orElse(false);
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
        file.set(null);
        source.set(fileName);
        return true;
    }

    /**
     * Opens the policy a run or scenario file carries as its own untitled document: the policy being
     * edited is first offered for saving, and its file is never written with the carried policy
     * (Save on this one asks where, like Save As).
     */
    public boolean openInline(ScalingPolicy policy, String fileName) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        vm.load(policy);
        file.set(null);
        source.set("inline policy of " + fileName + ", not saved");
        return true;
    }

    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : write(target);
    }

    public boolean saveAs() {
        if (refuseInvalid(null)) {
            return false;
        }
        String suggested = file.get() != null ? file.get().getFileName().toString()
                : UNSAVED.equals(source.get()) ? fileNameFor(displayName()) : source.get();
        return dialogs.chooseFileToSave(owner.get(), startDir(), suggested).map(this::write).orElse(false);
    }

    /**
     * Before unsaved edits would be lost: nothing to ask when clean; otherwise Save (false if the
     * save did not happen), Don't Save, or Cancel (false).
     */
    public boolean confirmDiscardChanges() {
        if (!vm.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(owner.get(), displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
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
        file.set(path);
        source.set(path.getFileName().toString());
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
            dialogs.showError(owner.get(), "Cannot save policy",
                    "Could not write " + path + ": " + e.getMessage() + ". The previous file, if any, is unchanged.");
            return false;
        }
        vm.commitEdit();
        vm.markSaved(policy);
        file.set(path);
        source.set(path.getFileName().toString());
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
        dialogs.showProblems(owner.get(), "Cannot save policy", "The policy has errors; fix them before saving.",
                errors.stream().map(p -> where + p.path() + ": " + p.message()).toList());
        return true;
    }

    private void refused(String title, String header, FileRefusedException e) {
        dialogs.showProblems(owner.get(), title, header, e.problems().stream().map(FileProblem::toString).toList());
    }

    private Path startDir() {
        Path current = file.get();
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
