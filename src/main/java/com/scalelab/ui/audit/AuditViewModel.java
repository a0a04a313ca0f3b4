package com.scalelab.ui.audit;

import com.scalelab.audit.AuditRecord;
import com.scalelab.audit.AuditRecorder;
import com.scalelab.audit.ExportProgress;
import com.scalelab.engine.Decision;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.FxTaskExecutor;
import com.scalelab.ui.app.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the audit log. Records live in one observable list, shown through a
 * FilteredList (the table virtualises rows, so 100,000 records cost only their memory); appending
 * is O(1) amortised with one list listener in all, never one per record. Exports run through the
 * window's {@link TaskExecutor} over a copy of the shown records. Touch it from the FX thread only.
 */
public final class AuditViewModel {
    private final AuditRecorder recorder;
    private TaskExecutor exporter;
    private final ObservableList<AuditRecord> records = FXCollections.observableArrayList();
    private final ObservableList<AuditRecord> readOnlyRecords = FXCollections.unmodifiableObservableList(records);
    private final FilteredList<AuditRecord> shown = new FilteredList<>(records);
    private final ObjectProperty<DecisionFilter> filter = new SimpleObjectProperty<>(this, "filter", DecisionFilter.ALL);
    private final int[] countByDecision = new int[Decision.values().length];
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskExecutor.Running export;

    /**
     * Records keep no 15-check trace: it would take six times the memory (about 290 MB instead of
     * 50 MB for 100,000 decisions), and the exported scenario replays to the same trace.
     */
    public AuditViewModel() {
        this(new AuditRecorder(false), FxTaskExecutor.shared());
    }

    public AuditViewModel(AuditRecorder recorder, TaskExecutor exporter) {
        this.recorder = recorder;
        this.exporter = Objects.requireNonNull(exporter);
        filter.addListener((obs, o, n) -> {
            shown.setPredicate(n == null || n == DecisionFilter.ALL ? null : n.predicate());
            updateCountText();
        });
        updateCountText();
    }

    // Properties

    /** Every recorded decision, oldest first. */
    public ObservableList<AuditRecord> records() {
        return readOnlyRecords;
    }

    /** The decisions the filter lets through, oldest first: the table's items. */
    public ObservableList<AuditRecord> shown() {
        return shown;
    }

    public ObjectProperty<DecisionFilter> filterProperty() {
        return filter;
    }

    /** "1,234 decisions, 56 shown". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** 0..1 while exporting, -1 before the first report (indeterminate). */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    /** The outcome of the last export, in words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public int count(Decision decision) {
        return countByDecision[decision.ordinal()];
    }

    /** Runs exports with the window's executor from now on. */
    public void setTaskExecutor(TaskExecutor exporter) {
        this.exporter = Objects.requireNonNull(exporter);
    }

    // Commands

    public AuditRecord record(LabSession.DecisionSnapshot s) {
        AuditRecord r = recorder.record(s.at(), s.trigger(), s.policy(), s.context(), s.result());
        add(r);
        return r;
    }

    public void add(AuditRecord r) {
        countByDecision[r.decision().ordinal()]++;
        records.add(r);
        updateCountText();
    }

    /** Adds many at once: one change event for the table, however many records. */
    public void addAll(Collection<AuditRecord> batch) {
        for (AuditRecord r : batch) {
            countByDecision[r.decision().ordinal()]++;
        }
        records.addAll(batch);
        updateCountText();
    }

    public void clear() {
        records.clear();
        java.util.Arrays.fill(countByDecision, 0);
        updateCountText();
    }

    /**
     * Starts exporting the shown records to {@code target} through the task executor and returns the
     * running export. Only one export runs at a time; null when one is running.
     */
    public TaskExecutor.Running export(ExportFormat format, Path target) {
        if (exporting.get()) {
            return null;
        }
        List<AuditRecord> snapshot = List.copyOf(shown);
        String what = amount(snapshot.size());
        exporting.set(true);
        status.set("Exporting " + what + " to " + target.getFileName() + "\u2026");
        TaskExecutor.Running running = exporter.run("audit export", progress -> {
            format.export(snapshot, target, new ExportProgress() {
                @Override
                public void update(long done, long total) {
                    progress.update(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            return target;
        }, new TaskExecutor.Outcome<>(
                done -> finish("Exported " + what + " to " + target + "."),
                () -> finish("Export cancelled; " + target.getFileName() + " was not changed."),
                e -> finish("Export failed, " + target.getFileName() + " was not changed: " + describe(e))));
        if (!running.isDone()) {
            export = running;
            exportProgress.bind(running.progressProperty());
        }
        return running;
    }

    public void cancelExport() {
        if (export != null) {
            export.cancel();
        }
    }

    private void finish(String message) {
        exportProgress.unbind();
        exportProgress.set(0);
        exporting.set(false);
        export = null;
        status.set(message);
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage(); // the exporters word their own failures
        }
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }

    private void updateCountText() {
        countText.set(amount(records.size()) + ", " + NumberFormat.getIntegerInstance(Locale.US).format(shown.size())
                + " shown");
    }

    private static String amount(int n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n) + (n == 1 ? " decision" : " decisions");
    }
}
