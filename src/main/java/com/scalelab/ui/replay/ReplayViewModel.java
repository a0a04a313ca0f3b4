package com.scalelab.ui.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The replay as state: the policy in force, the run settings in force and the bars go in; the
 * result comes out. Every change of an input re-runs the walk on a background thread once the
 * changes pause ({@link #DEBOUNCE_MS}); a run made stale by a newer change is cancelled through its
 * {@link ReplayProgress} and its result is never shown. Results and progress are applied through
 * {@code fxThread}, so the FX thread never waits for a walk. Touch it from the FX thread only.
 */
public final class ReplayViewModel {
    /** Quiet time before a re-run: a slider drag or typing gives one replay, not one per key. */
    public static final long DEBOUNCE_MS = 50;
    /** Runs shorter than this show no progress bar (it would only flicker). */
    private static final long PROGRESS_AFTER_MS = 150;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ScheduledExecutorService DEFAULT_WORKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "replay-walk");
        t.setDaemon(true);
        return t;
    });

    /** How a replay is computed: the walk, or a stand-in in tests. */
    @FunctionalInterface
    public interface Walk {
        ReplayResult run(ScalingPolicy policy, RunSettings run, BarSeries bars, ReplayProgress progress);
    }

    private final Walk walk;
    private final ScheduledExecutorService worker;
    private final Executor fxThread;
    private final AtomicLong generation = new AtomicLong();

    private final ObjectProperty<ScalingPolicy> policy = new SimpleObjectProperty<>(this, "policy");
    private final ObjectProperty<RunSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final ObjectProperty<BarSeries> bars = new SimpleObjectProperty<>(this, "bars");
    private final ReadOnlyObjectWrapper<ReplayResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The policy and settings the shown result was computed with. */
    private ScalingPolicy resultPolicy;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper showProgress = new ReadOnlyBooleanWrapper(this, "showProgress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a run or a bar file.");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyObjectWrapper<ReasonCode> highlightedReason = new ReadOnlyObjectWrapper<>(this, "highlightedReason");
    private final ReadOnlyObjectWrapper<BitSet> highlightedBars = new ReadOnlyObjectWrapper<>(this, "highlightedBars", new BitSet());
    private int completedRuns;

    public ReplayViewModel() {
        this(ReplayWalk::run, DEFAULT_WORKER, javafx.application.Platform::runLater);
    }

    public ReplayViewModel(Walk walk, ScheduledExecutorService worker, Executor fxThread) {
        this.walk = walk;
        this.worker = worker;
        this.fxThread = fxThread;
        policy.addListener((obs, o, n) -> schedule());
        settings.addListener((obs, o, n) -> schedule());
        bars.addListener((obs, o, n) -> schedule());
    }

    private void schedule() {
        long gen = generation.incrementAndGet();
        ScalingPolicy p = policy.get();
        RunSettings s = settings.get();
        BarSeries b = bars.get();
        if (b == null) {
            finish(gen, null, null, "Open a bar file (Replay > Open Bars…) or a run.");
            return;
        }
        if (s == null) {
            finish(gen, null, null, "The run settings have errors; fix them to replay.");
            return;
        }
        if (p == null) {
            finish(gen, null, null, "No valid policy in force.");
            return;
        }
        if (b.size() < s.minimumBars()) {
            finish(gen, null, null, "The bars are too few for this run: " + b.size() + " bars, the warm-up needs "
                    + s.minimumBars() + ".");
            return;
        }
        running.set(true);
        showProgress.set(false);
        progress.set(-1);
        status.set("Replaying " + b.size() + " bars…");
        worker.schedule(() -> compute(gen, p, s, b), DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private void compute(long gen, ScalingPolicy p, RunSettings s, BarSeries b) {
        if (gen != generation.get()) {
            return;
        }
        long started = System.nanoTime();
        ReplayProgress watch = new ReplayProgress() {
            private long lastShown;

            @Override
            public boolean isCancelled() {
                return gen != generation.get();
            }

            @Override
            public void progress(long done, long total) {
                long now = System.nanoTime();
                if (now - started < PROGRESS_AFTER_MS * 1_000_000 || now - lastShown < 50_000_000 || total <= 0) {
                    return;
                }
                lastShown = now;
                double fraction = (double) done / total;
                fxThread.execute(() -> {
                    if (gen == generation.get()) {
                        showProgress.set(true);
                        progress.set(fraction);
                    }
                });
            }
        };
        ReplayResult r;
        String message;
        try {
            r = walk.run(p, s, b, watch);
            long ms = (System.nanoTime() - started) / 1_000_000;
            message = describe(r, b, ms);
        } catch (CancellationException e) {
            return; // a newer change is on its way; its run says what happened
        } catch (RuntimeException e) {
            r = null;
            message = "The replay failed: " + e;
        }
        ReplayResult done = r;
        String said = message;
        fxThread.execute(() -> {
            if (finish(gen, done, p, said)) {
                completedRuns++;
            }
        });
    }

    private static String describe(ReplayResult r, BarSeries b, long ms) {
        return String.format(Locale.ROOT, "Replayed %,d bars: %,d decisions, %,d %s (%d ms).", b.size(),
                r.summary().decisions(), r.summary().cycles(), r.summary().cycles() == 1 ? "position" : "positions", ms);
    }

    /** Shows the outcome of generation {@code gen}; false (nothing shown) when a newer one is on its way. */
    private boolean finish(long gen, ReplayResult r, ScalingPolicy p, String message) {
        if (gen != generation.get()) {
            return false;
        }
        int keep = selected.get();
        ReplayDecision was = keep >= 0 && result.get() != null && keep < result.get().decisions().size()
                ? result.get().decisions().get(keep) : null;
        resultPolicy = p;
        result.set(r);
        running.set(false);
        showProgress.set(false);
        progress.set(-1);
        status.set(message);
        // A re-run keeps the selection on the same bar when it still has a decision there.
        selected.set(was == null || r == null ? -1 : indexAtBar(was.bar()));
        highlight(highlightedReason.get());
        return true;
    }

    // Selection and highlighting

    /** Selects decision {@code index} of the result (-1 for none). */
    public void select(int index) {
        ReplayResult r = result.get();
        selected.set(r == null || index < 0 || index >= r.decisions().size() ? -1 : index);
    }

    /** The decision made at {@code bar}, or -1 when the walk proposed nothing there. */
    public int indexAtBar(int bar) {
        ReplayResult r = result.get();
        if (r == null) {
            return -1;
        }
        List<ReplayDecision> ds = r.decisions();
        int lo = 0;
        int hi = ds.size() - 1;
        while (lo <= hi) { // decisions are in bar order, at most one a bar
            int mid = (lo + hi) >>> 1;
            int at = ds.get(mid).bar();
            if (at < bar) {
                lo = mid + 1;
            } else if (at > bar) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Marks on the chart the bars whose decision had this reason (null clears). */
    public void highlight(ReasonCode reason) {
        highlightedReason.set(reason);
        BitSet marks = new BitSet();
        ReplayResult r = result.get();
        if (reason != null && r != null) {
            for (ReplayDecision d : r.decisions()) {
                if (d.reasonCode() == reason) {
                    marks.set(d.bar());
                }
            }
        }
        highlightedBars.set(marks);
    }

    /** One bar of the "why adds were held back" chart. */
    public record ReasonCount(ReasonCode reason, int count) {
        public Decision decision() {
            return reason.decision();
        }
    }

    /**
     * The decisions that did not become entries, by reason, most frequent first (reasons with none
     * left out): the approvals are the entries themselves, counted in the summary.
     */
    public List<ReasonCount> heldBack() {
        ReplayResult r = result.get();
        if (r == null) {
            return List.of();
        }
        List<ReasonCount> out = new ArrayList<>();
        for (ReasonCode code : ReasonCode.values()) {
            Integer n = r.summary().byReason().get(code);
            if (code.decision() != Decision.SCALE && n != null && n > 0) {
                out.add(new ReasonCount(code, n));
            }
        }
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return Collections.unmodifiableList(out);
    }

    // Inspect in the simulator

    /** A replay decision loaded into the simulator: its scenario, its name and what the replay decided. */
    public record Moment(int index, ScalingContext context, String name, ReplayDecision decision) {
    }

    /** The scenario the engine judged for decision {@code index}, named "Replay bar 57, 1991-09-18". */
    public Moment moment(int index) {
        ReplayResult r = result.get();
        if (r == null || index < 0 || index >= r.decisions().size()) {
            return null;
        }
        ReplayDecision d = r.decisions().get(index);
        return new Moment(index, r.contextAt(index), "Replay bar " + d.bar() + ", " + when(d.time()), d);
    }

    /** A daily bar by its date; an intraday one with its minute (UTC). */
    static String when(Instant time) {
        if (time == null) {
            return "";
        }
        boolean midnight = time.atZone(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
        return (midnight ? DAY : MINUTE).format(time);
    }

    // Properties

    public ObjectProperty<ScalingPolicy> policyProperty() { return policy; }
    public ObjectProperty<RunSettings> settingsProperty() { return settings; }
    public ObjectProperty<BarSeries> barsProperty() { return bars; }
    public ReadOnlyObjectProperty<ReplayResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReplayResult getResult() { return result.get(); }
    /** The policy the shown result was replayed with. */
    public ScalingPolicy resultPolicy() { return resultPolicy; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0..1 while a long replay runs; -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** True once a replay has run long enough to deserve a progress bar. */
    public ReadOnlyBooleanProperty showProgressProperty() { return showProgress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ReasonCode> highlightedReasonProperty() { return highlightedReason.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BitSet> highlightedBarsProperty() { return highlightedBars.getReadOnlyProperty(); }
    /** How many walks have finished and been shown (tests wait on it). */
    public int completedRuns() { return completedRuns; }
}
