package com.scalelab.ui.replay;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.DialogService.FileRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The run as a document: the file it came from, its bars, its inline policy, whether the settings
 * have unsaved edits, and the commands Open Run, Open Sample Run, Open Recent, Open Bars, Save and
 * Save As. Every command that would drop unsaved edits asks first (Save / Don't Save / Cancel);
 * each returns true when it went through. A refused file changes nothing.
 */
public final class RunDocument {
    public static final String UNSAVED = "unsaved";

    private final RunViewModel run;
    private final ReplayViewModel replay;
    private final Supplier<RunStore> stores;
    private final Supplier<DialogService> asks;
    private final RecentFiles recent;

    /** Where Save writes; null for a new run or a sample (Save then asks where). */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", UNSAVED);
    private final ReadOnlyObjectWrapper<Path> barsFile = new ReadOnlyObjectWrapper<>(this, "barsFile");
    /** The run file's own policy, kept so Save writes it back; the replay uses the builder's. */
    private final ReadOnlyObjectWrapper<ScalingPolicy> inlinePolicy = new ReadOnlyObjectWrapper<>(this, "inlinePolicy");
    private final StringBinding title;

    /** The store and dialogs are looked up on each use, so tests can swap them after the window is built. */
    public RunDocument(RunViewModel run, ReplayViewModel replay, Supplier<RunStore> store,
                       Supplier<DialogService> dialogs, RecentFiles recent) {
        this.run = run;
        this.replay = replay;
        this.stores = store;
        this.asks = dialogs;
        this.recent = recent;
        title = Bindings.createStringBinding(() -> (run.isDirty() ? "*" : "") + displayName() + " (" + source.get() + ")",
                run.nameProperty(), run.dirtyProperty(), source);
    }

    /** "NAME (FILE or unsaved)", with a leading "*" while the settings have unsaved edits. */
    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> barsFileProperty() {
        return barsFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScalingPolicy> inlinePolicyProperty() {
        return inlinePolicy.getReadOnlyProperty();
    }

    public String displayName() {
        String name = run.nameProperty().get();
        return name == null || name.isBlank() ? "untitled run" : name.trim();
    }

    // Commands

    /** Replay > Open Run…: asks for a file, then opens it. */
    public boolean openRun() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        return dialogs().chooseFileToOpen(new FileRequest("Open run", "run", startDir(), null, "Run files (*.json)", "json"))
                .map(this::readRun).orElse(false);
    }

    /** Opens a given run file (Open Recent, a dropped file), asking first about unsaved edits. */
    public boolean openRun(Path path) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        boolean ok = readRun(path);
        if (!ok && !Files.exists(path)) {
            recent.remove(path);
        }
        return ok;
    }

    /** Opens a sample run (a file on the class path); Save then asks where to write it. */
    public boolean openSample(String fileName, Path path) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        if (!readRun(path)) {
            return false;
        }
        file.set(null);
        source.set(fileName);
        return true;
    }

    /** Replay > Open Bars…: the run keeps its settings and replays over another price history. */
    public boolean openBars() {
        return dialogs().chooseFileToOpen(new FileRequest("Open bars", "bars", startDir(), null,
                        "Bar files (*.csv, *.json)", "csv", List.of("json", "txt")))
                .map(this::openBars).orElse(false);
    }

    /** Replays over these bars; the run's {@code bars} then names them (an edit until saved). */
    public boolean openBars(Path path) {
        RunSettings s = run.getSettings();
        BarSeries bars;
        try {
            bars = store().loadBars(path, s);
        } catch (RunStore.Refused e) {
            dialogs().showProblems("Cannot open bars", path.getFileName()
                    + " was refused; the replay keeps its bars.", e.problems());
            return false;
        }
        barsFile.set(path.toAbsolutePath().normalize());
        run.setBarsPath(barsReference(file.get(), barsFile.get()));
        replay.barsProperty().set(bars);
        return true;
    }

    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : write(target);
    }

    public boolean saveAs() {
        if (refuseInvalid()) {
            return false;
        }
        String suggested = file.get() != null ? file.get().getFileName().toString()
                : UNSAVED.equals(source.get()) ? fileNameFor(displayName()) : source.get();
        return dialogs().chooseFileToSave(new FileRequest("Save run as", "run", startDir(), suggested, "Run files (*.json)",
                "json")).map(this::write).orElse(false);
    }

    /**
     * Before unsaved edits would be lost: nothing to ask when clean; otherwise Save (false if the
     * save did not happen), Don't Save, or Cancel (false).
     */
    public boolean confirmDiscardChanges() {
        if (!run.isDirty()) {
            return true;
        }
        DialogService.SaveChoice answer = dialogs().askToSave("run", displayName());
        return switch (answer) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private DialogService dialogs() {
        return asks.get();
    }

    private RunStore store() {
        return stores.get();
    }

    // Files

    private boolean readRun(Path path) {
        RunStore.RunFile loaded;
        BarSeries bars = null;
        try {
            loaded = store().loadRun(path);
            if (loaded.bars() != null) {
                bars = store().loadBars(loaded.bars(), loaded.settings());
            }
        } catch (RunStore.Refused e) {
            dialogs().showProblems("Cannot open run", path.getFileName()
                    + " was refused; the current run is kept.", e.problems());
            return false;
        }
        run.load(loaded.settings());
        inlinePolicy.set(loaded.policy());
        file.set(path);
        source.set(path.getFileName().toString());
        if (bars != null) {
            barsFile.set(loaded.bars().toAbsolutePath().normalize());
            replay.barsProperty().set(bars);
        }
        if (Files.exists(path) && path.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
            recent.add(path);
        }
        return true;
    }

    private boolean write(Path path) {
        if (refuseInvalid()) {
            return false;
        }
        Path bars = barsFile.get();
        run.setBarsPath(barsReference(path, bars));
        RunSettings settings = run.getSettings();
        try {
            store().saveRun(path, settings, inlinePolicy.get());
        } catch (RunStore.Refused e) {
            dialogs().showError("Cannot save run", String.join("\n", e.problems())
                    + "\nThe previous file, if any, is unchanged.");
            return false;
        }
        run.markSaved(settings);
        file.set(path);
        source.set(path.getFileName().toString());
        recent.add(path);
        return true;
    }

    /** The bars as the run file should name them: relative to the run's folder when it has one. */
    static String barsReference(Path runFile, Path bars) {
        if (bars == null) {
            return null;
        }
        if (runFile == null || runFile.toAbsolutePath().getParent() == null) {
            return bars.toString();
        }
        Path dir = runFile.toAbsolutePath().normalize().getParent();
        try {
            return dir.relativize(bars.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return bars.toString(); // another drive or file system: only an absolute path reaches it
        }
    }

    private boolean refuseInvalid() {
        if (run.isValid()) {
            return false;
        }
        List<String> problems = run.problemsProperty().get().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        dialogs().showProblems("Cannot save run", "The run settings have errors; fix them before saving.",
                problems);
        return true;
    }

    private Path startDir() {
        Path current = file.get();
        if (current == null && !recent.list().isEmpty()) {
            current = recent.list().get(0);
        }
        if (current != null && current.getFileSystem() == java.nio.file.FileSystems.getDefault()
                && current.toAbsolutePath().getParent() != null) {
            return current.toAbsolutePath().getParent();
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** "DAX trend pyramid, daily" -> "dax-trend-pyramid-daily.json". */
    static String fileNameFor(String runName) {
        String base = runName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "run" : base) + ".json";
    }
}
