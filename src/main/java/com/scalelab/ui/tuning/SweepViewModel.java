package com.scalelab.ui.tuning;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.tuning.ParameterSweep;
import com.scalelab.engine.tuning.SweepAxis;
import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepFigure;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.ui.app.TaskExecutor;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Sweep view's state, without a toolkit: two fields and their ranges, the figure coloured, the
 * finished grid, and what a click on a cell does (the two values go into the policy being edited
 * as one undoable edit, or into the run being replayed for run fields).
 */
public final class SweepViewModel {
    /** What is swept: the policy in force, the run being replayed and its bars (null bars: nothing to sweep). */
    public record Inputs(ScalingPolicy policy, RunSettings run, BarSeries bars) {
    }

    /** Where a clicked cell's values go: a policy with both policy values set (or null), a run likewise. */
    public interface Target {
        void apply(ScalingPolicy policy, RunSettings run);
    }

    private final Supplier<Inputs> inputs;
    private final Target target;
    private TaskExecutor executor;
    private final int threads;

    private final ObjectProperty<TuningField> xField = new SimpleObjectProperty<>(this, "xField", TuningField.MIN_SPACING_ATR);
    private final ObjectProperty<TuningField> yField = new SimpleObjectProperty<>(this, "yField", TuningField.MAX_ENTRIES);
    private final StringProperty xFrom = new SimpleStringProperty(this, "xFrom", "0.5");
    private final StringProperty xTo = new SimpleStringProperty(this, "xTo", "3");
    private final StringProperty xSteps = new SimpleStringProperty(this, "xSteps", "6");
    private final StringProperty yFrom = new SimpleStringProperty(this, "yFrom", "2");
    private final StringProperty yTo = new SimpleStringProperty(this, "yTo", "8");
    private final StringProperty ySteps = new SimpleStringProperty(this, "ySteps", "7");
    private final ObjectProperty<SweepFigure> figure = new SimpleObjectProperty<>(this, "figure", SweepFigure.PNL);
    private final ReadOnlyObjectWrapper<SweepGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskExecutor.Running job;

    public SweepViewModel(Supplier<Inputs> inputs, Target target, TaskExecutor executor) {
        this.inputs = inputs;
        this.target = target;
        this.executor = executor;
        // one core is left to the FX thread and the replay; the machine may have only two
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        xField.addListener((o, was, f) -> fillDefaults(f, xFrom, xTo, xSteps));
        yField.addListener((o, was, f) -> fillDefaults(f, yFrom, yTo, ySteps));
    }

    public void setTaskExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Both ranges around the current values of the policy and run (the task's examples for spacing and entries). */
    public void resetRanges() {
        fillDefaults(xField.get(), xFrom, xTo, xSteps);
        fillDefaults(yField.get(), yFrom, yTo, ySteps);
    }

    private void fillDefaults(TuningField f, StringProperty from, StringProperty to, StringProperty steps) {
        if (f == null) {
            return;
        }
        Inputs in = inputs.get();
        double[] r = defaultRange(f, in == null ? Double.NaN : f.valueIn(in.policy(), in.run() == null
                ? com.scalelab.ui.replay.RunViewModel.defaults() : in.run()));
        from.set(SweepText.number(r[0]));
        to.set(SweepText.number(r[1]));
        steps.set(Integer.toString((int) r[2]));
    }

    /**
     * A range around the current value v: from v/2 to 3v/2 in 5 steps (whole numbers: v-3..v+3),
     * except minimum spacing (0.5..3 x 6) and maximum entries (2..8 x 7), and 1..5 x 5 where v is unset.
     */
    static double[] defaultRange(TuningField f, double v) {
        switch (f) {
            case MIN_SPACING_ATR:
                return new double[]{0.5, 3, 6};
            case MAX_ENTRIES:
                return new double[]{2, 8, 7};
            default:
                break;
        }
        if (!Double.isFinite(v) || v <= 0) {
            return f.isWholeNumber() ? new double[]{0, 6, 7} : new double[]{1, 5, 5};
        }
        if (f.isWholeNumber()) {
            double lo = Math.max(0, Math.round(v) - 3);
            return new double[]{lo, lo + 6, 7};
        }
        return new double[]{round2(v / 2), round2(v * 1.5), 5};
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Starts the sweep (a re-run cancels one still running); false with a status when the inputs are wrong. */
    public boolean run() {
        Inputs in = inputs.get();
        if (in == null || in.bars() == null || in.run() == null) {
            status.set("Open a run with its bars in the Replay tab first: the sweep replays its bars.");
            return false;
        }
        if (xField.get() == null || yField.get() == null || xField.get() == yField.get()) {
            status.set("Pick two different fields.");
            return false;
        }
        SweepAxis x = axis("x", xField.get(), xFrom.get(), xTo.get(), xSteps.get());
        SweepAxis y = x == null ? null : axis("y", yField.get(), yFrom.get(), yTo.get(), ySteps.get());
        if (x == null || y == null) {
            return false;
        }
        cancel();
        running.set(true);
        progress.set(-1);
        status.set(String.format(Locale.ROOT, "Sweeping %d cells over %,d bars…", x.size() * y.size(), in.bars().size()));
        TaskExecutor.Running[] mine = new TaskExecutor.Running[1];
        mine[0] = executor.run("Sweep", p -> ParameterSweep.run(in.policy(), in.run(), in.bars(), x, y, threads,
                new ReplayProgress() {
                    @Override
                    public boolean isCancelled() {
                        return p.isCancelled();
                    }

                    @Override
                    public void progress(long done, long total) {
                        p.update(done, total);
                    }
                }), new TaskExecutor.Outcome<>(g -> {
                    if (job == mine[0] || job == null) {
                        finish(null);
                        grid.set(g);
                        long invalid = g.cells().stream().filter(c -> !c.isValid()).count();
                        status.set(String.format(Locale.ROOT, "%d cells (%d invalid) over %,d bars. Click a cell to "
                                + "use its values.", g.cells().size(), invalid, in.bars().size()));
                    }
                }, () -> {
                    if (job == mine[0] || job == null) {
                        finish("Sweep cancelled; the map shows the last finished sweep.");
                    }
                }, e -> {
                    if (job == mine[0] || job == null) {
                        finish("The sweep failed: " + e.getMessage());
                    }
                }));
        if (!mine[0].isDone()) {
            job = mine[0];
            progress.bind(job.progressProperty());
        }
        return true;
    }

    private void finish(String message) {
        progress.unbind();
        progress.set(-1);
        job = null;
        running.set(false);
        if (message != null) {
            status.set(message);
        }
    }

    public void cancel() {
        if (job != null) {
            TaskExecutor.Running j = job;
            j.cancel();
            finish("Sweep cancelled; the map shows the last finished sweep.");
        }
    }

    private SweepAxis axis(String name, TuningField f, String from, String to, String steps) {
        try {
            double a = Double.parseDouble(from.trim());
            double b = Double.parseDouble(to.trim());
            int n = Integer.parseInt(steps.trim());
            if (!Double.isFinite(a) || !Double.isFinite(b) || n < 1 || n > 100) {
                status.set(name + " (" + f.path() + "): from and to must be numbers and steps a whole number from 1 "
                        + "to 100; got " + from + ", " + to + ", " + steps);
                return null;
            }
            return SweepAxis.linear(f, a, b, n);
        } catch (RuntimeException e) {
            status.set(name + " (" + f.path() + "): from and to must be numbers and steps a whole number from 1 to "
                    + "100; got " + from + ", " + to + ", " + steps);
            return null;
        }
    }

    /**
     * Puts a cell's two values into the policy being edited and/or the run being replayed, on top of
     * whatever they hold now (other fields edited since the sweep are kept). An invalid cell changes
     * nothing. True when something was applied.
     */
    public boolean pick(int x, int y) {
        SweepGrid g = grid.get();
        if (g == null || x < 0 || y < 0 || x >= g.xAxis().size() || y >= g.yAxis().size()) {
            return false;
        }
        SweepCell c = g.cell(x, y);
        if (!c.isValid()) {
            status.set("That cell is invalid (" + c.invalid() + "): nothing changed.");
            return false;
        }
        Inputs in = inputs.get();
        TuningField fx = g.xAxis().field();
        TuningField fy = g.yAxis().field();
        ScalingPolicy policy = null;
        RunSettings run = null;
        if (fx.isPolicyField() || fy.isPolicyField()) {
            policy = fy.applyTo(fx.applyTo(in.policy(), c.xValue()), c.yValue());
        }
        if (!fx.isPolicyField() || !fy.isPolicyField()) {
            run = fy.applyTo(fx.applyTo(in.run(), c.xValue()), c.yValue());
        }
        target.apply(policy, run);
        status.set(fx.path() + " = " + SweepText.number(c.xValue()) + ", " + fy.path() + " = "
                + SweepText.number(c.yValue()) + " applied; Undo brings the policy back.");
        return true;
    }

    /** Where the policy and run in force now sit on the grid: {x, y}, -1 where a value is not an axis value. */
    public int[] currentPosition() {
        SweepGrid g = grid.get();
        Inputs in = inputs.get();
        if (g == null || in == null || in.run() == null) {
            return new int[]{-1, -1};
        }
        return new int[]{indexOf(g.xAxis(), g.xAxis().field().valueIn(in.policy(), in.run())),
                indexOf(g.yAxis(), g.yAxis().field().valueIn(in.policy(), in.run()))};
    }

    private static int indexOf(SweepAxis axis, double v) {
        for (int i = 0; i < axis.size(); i++) {
            // the same tolerance the sweep itself places the policy with
            if (com.scalelab.engine.Tolerance.equal(axis.value(i), v)) {
                return i;
            }
        }
        return -1;
    }

    public ObjectProperty<TuningField> xFieldProperty() { return xField; }
    public ObjectProperty<TuningField> yFieldProperty() { return yField; }
    public StringProperty xFromProperty() { return xFrom; }
    public StringProperty xToProperty() { return xTo; }
    public StringProperty xStepsProperty() { return xSteps; }
    public StringProperty yFromProperty() { return yFrom; }
    public StringProperty yToProperty() { return yTo; }
    public StringProperty yStepsProperty() { return ySteps; }
    public ObjectProperty<SweepFigure> figureProperty() { return figure; }
    public ReadOnlyObjectProperty<SweepGrid> gridProperty() { return grid.getReadOnlyProperty(); }
    public SweepGrid getGrid() { return grid.get(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
