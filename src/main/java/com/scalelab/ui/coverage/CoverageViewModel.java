package com.scalelab.ui.coverage;

import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.coverage.PolicyCoverage;
import com.scalelab.io.AtomicFiles;
import com.scalelab.io.CoverageJson;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.ui.app.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coverage the command line's {@code evaluate --coverage} reports, for the scenario packs opened
 * in the app: which checks the packs saw pass, fail and decide, and which limits they sat at or
 * straddled. Scenarios without an inline policy are judged by the policy in force, as
 * {@code --policy} would. Loading and judging run through the task executor, off the UI thread.
 */
public final class CoverageViewModel {
    private final TaskExecutor tasks;
    private final Supplier<ScalingPolicy> policyInForce;
    private final Set<Path> files = new LinkedHashSet<>();
    private final ObjectProperty<PolicyCoverage.Report> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<PolicyCoverage.CheckLine> checks = FXCollections.observableArrayList();
    private final ObservableList<PolicyCoverage.LimitLine> limits = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "No scenario packs yet");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private TaskExecutor.Running running;

    public CoverageViewModel(TaskExecutor tasks, Supplier<ScalingPolicy> policyInForce) {
        this.tasks = tasks;
        this.policyInForce = policyInForce;
    }

    /** The result of one pass over the files: the report and each file that could not be judged. */
    record Pass(PolicyCoverage.Report report, List<String> problems) {
    }

    /** Adds scenario files (a pack) and recomputes the coverage of everything added so far. */
    public void add(List<Path> more) {
        files.addAll(more);
        recompute();
    }

    public void clear() {
        files.clear();
        recompute();
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    private void recompute() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        List<Path> now = List.copyOf(files);
        ScalingPolicy fallback = policyInForce.get();
        busy.set(true);
        running = tasks.run("Coverage of " + now.size() + " scenarios", progress -> judge(now, fallback, progress),
                new TaskExecutor.Outcome<>(this::show, () -> busy.set(false), e -> {
                    busy.set(false);
                    problems.setAll("Could not compute the coverage: " + e.getMessage());
                }));
    }

    static Pass judge(List<Path> files, ScalingPolicy fallback, TaskExecutor.Progress progress) {
        PolicyCoverage coverage = new PolicyCoverage();
        List<String> problems = new ArrayList<>();
        int done = 0;
        for (Path f : files) {
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException();
            }
            try {
                Scenario s = ScenarioFiles.load(f);
                ScalingPolicy p = s.inlinePolicy() != null ? s.inlinePolicy() : fallback;
                coverage.add(p, ScalingEngine.evaluate(p, s.context()));
            } catch (FileRefusedException e) {
                e.problems().forEach(pr -> problems.add(pr.toString()));
            }
            progress.update(++done, files.size());
        }
        return new Pass(coverage.report(), problems);
    }

    private void show(Pass pass) {
        busy.set(false);
        PolicyCoverage.Report r = pass.report();
        report.set(r);
        checks.setAll(r.checks());
        limits.setAll(r.limits());
        problems.setAll(pass.problems());
        headline.set(r.scenarios() == 0 ? "No scenario packs yet"
                : String.format(Locale.ROOT, "%.1f%% covered: %d of %d items over %d scenario%s%s", r.percent(),
                r.coveredItems(), r.items(), r.scenarios(), r.scenarios() == 1 ? "" : "s",
                pass.problems().isEmpty() ? "" : " (" + pass.problems().size() + " problem"
                        + (pass.problems().size() == 1 ? "" : "s") + " loading files)"));
    }

    /** The report as the command line's --coverage-file writes it, atomically. */
    public void exportJson(Path file) throws IOException {
        PolicyCoverage.Report r = report.get();
        if (r != null) {
            AtomicFiles.write(file, CoverageJson.pretty(r));
        }
    }

    public ObjectProperty<PolicyCoverage.Report> reportProperty() {
        return report;
    }

    public ObservableList<PolicyCoverage.CheckLine> checks() {
        return checks;
    }

    public ObservableList<PolicyCoverage.LimitLine> limits() {
        return limits;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What a check row says in its last column: covered, or what the packs never made it do. */
    public static String missing(PolicyCoverage.CheckLine c) {
        List<String> m = new ArrayList<>();
        if (c.passed() == 0) {
            m.add("pass");
        }
        if (c.failed() == 0) {
            m.add("fail");
        }
        if (c.decided() == 0) {
            m.add("decide");
        }
        return m.isEmpty() ? "✔ covered" : "never seen to " + String.join(", ", m);
    }

    public static String missing(PolicyCoverage.LimitLine l) {
        return l.covered() ? "✔ covered" : "never at it, nor on both sides";
    }
}
