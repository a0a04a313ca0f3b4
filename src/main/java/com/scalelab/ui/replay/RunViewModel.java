package com.scalelab.ui.replay;

import com.scalelab.engine.Direction;
import com.scalelab.engine.PolicyProblem;
import com.scalelab.io.RunFiles;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The run settings form as properties: what the user types, the problems of what is typed (by the
 * run file's field path, worded as the file loader words them), and the settings in force, always
 * the last valid ones, so a half-typed number never re-runs the replay on nonsense. Dirty means
 * the typed settings differ from the ones last loaded or saved.
 */
public final class RunViewModel {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty symbol = new SimpleStringProperty(this, "symbol", "");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.LONG);
    private final StringProperty equity = new SimpleStringProperty(this, "equity", "");
    private final StringProperty atrPeriod = new SimpleStringProperty(this, "atrPeriod", "");
    private final StringProperty spreadBps = new SimpleStringProperty(this, "spreadBps", "");
    private final ObjectProperty<OpenRule> openRule = new SimpleObjectProperty<>(this, "openRule", OpenRule.BREAKOUT);
    private final StringProperty lookback = new SimpleStringProperty(this, "lookback", "");
    private final StringProperty notionalPct = new SimpleStringProperty(this, "notionalPct", "");
    private final StringProperty signalQuality = new SimpleStringProperty(this, "signalQuality", "");
    private final StringProperty stopAtr = new SimpleStringProperty(this, "stopAtr", "");
    private final ObjectProperty<StopMode> stopMode = new SimpleObjectProperty<>(this, "stopMode", StopMode.FIXED);
    private final StringProperty takeProfitPct = new SimpleStringProperty(this, "takeProfitPct", "");

    private final ReadOnlyObjectWrapper<Map<String, String>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", Map.of());
    private final ReadOnlyObjectWrapper<RunSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final BooleanBinding lookbackDisabled = Bindings.createBooleanBinding(
            () -> openRule.get() == OpenRule.EVERY_BAR, openRule);

    /** The settings as last loaded or saved; null before any run was opened. */
    private RunSettings saved;
    /** The bars path as written in the run file; kept through edits (the form does not edit it). */
    private String barsPath;
    private boolean loading;

    public RunViewModel() {
        for (Observable o : List.<Observable>of(name, symbol, direction, equity, atrPeriod, spreadBps, openRule,
                lookback, notionalPct, signalQuality, stopAtr, stopMode, takeProfitPct)) {
            o.addListener(x -> {
                if (!loading) {
                    revalidate();
                }
            });
        }
        load(defaults());
    }

    /** A run to start from before any file is opened: long breakout, the contract's defaults. */
    public static RunSettings defaults() {
        return new RunSettings("", "", Direction.LONG, null, 100_000, RunSettings.DEFAULT_ATR_PERIOD,
                RunSettings.DEFAULT_SPREAD_BPS, OpenRule.BREAKOUT, 20, 5.0, RunSettings.DEFAULT_SIGNAL_QUALITY, 3.0,
                StopMode.FIXED, null);
    }

    /** Shows these settings in the form; they become the saved state (not dirty). */
    public void load(RunSettings run) {
        loading = true;
        try {
            barsPath = run.bars();
            name.set(run.name());
            symbol.set(run.symbol());
            direction.set(run.direction());
            equity.set(number(run.equity()));
            atrPeriod.set(Integer.toString(run.atrPeriod()));
            spreadBps.set(number(run.spreadBps()));
            openRule.set(run.openRule());
            lookback.set(run.lookback() == null ? "" : Integer.toString(run.lookback()));
            notionalPct.set(number(run.notionalPct()));
            signalQuality.set(number(run.signalQuality()));
            stopAtr.set(number(run.stopAtr()));
            stopMode.set(run.stopMode());
            takeProfitPct.set(run.takeProfitPct() == null ? "" : number(run.takeProfitPct()));
        } finally {
            loading = false;
        }
        saved = null;
        revalidate();
        saved = settings.get();
        dirty.set(false);
    }

    /** After a save: what is typed is now the file's content. */
    public void markSaved(RunSettings run) {
        saved = run;
        revalidate();
    }

    /** The bars path to write into the run file (relative to it), or null. */
    public String barsPath() {
        return barsPath;
    }

    public void setBarsPath(String path) {
        barsPath = path;
        revalidate();
    }

    private void revalidate() {
        // Typing errors here; the contract's value rules are the run file loader's (RunFiles.problems),
        // so the form and a file refuse the same settings with the same words.
        Map<String, String> found = new LinkedHashMap<>();
        Double eq = number(found, "account.equity", equity.get());
        Integer period = integer(found, "market.atrPeriod", atrPeriod.get());
        Double spread = blank(spreadBps.get()) ? RunSettings.DEFAULT_SPREAD_BPS
                : number(found, "market.spreadBps", spreadBps.get());
        Integer look = openRule.get() == OpenRule.EVERY_BAR || blank(lookback.get()) ? null
                : integer(found, "open.lookback", lookback.get());
        Double notional = number(found, "open.notionalPct", notionalPct.get());
        Double signal = blank(signalQuality.get()) ? RunSettings.DEFAULT_SIGNAL_QUALITY
                : number(found, "adds.signalQuality", signalQuality.get());
        Double stop = number(found, "stop.atr", stopAtr.get());
        Double tp = blank(takeProfitPct.get()) ? null : number(found, "exit.takeProfitPct", takeProfitPct.get());
        if (found.isEmpty()) {
            RunSettings typed = new RunSettings(name.get().trim(), symbol.get().trim(), direction.get(), barsPath, eq,
                    period, spread, openRule.get(), look, notional, signal, stop, stopMode.get(), tp);
            for (PolicyProblem p : RunFiles.problems(typed)) {
                found.putIfAbsent(p.path(), p.message());
            }
            if (found.isEmpty()) {
                settings.set(typed);
            }
        }
        problems.set(Map.copyOf(found));
        dirty.set(!found.isEmpty() || !Objects.equals(settings.get(), saved));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Double number(Map<String, String> found, String path, String text) {
        if (blank(text)) {
            found.put(path, "expected a number, found nothing");
            return null;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                found.put(path, "expected a finite number");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            found.put(path, "expected a number, found \"" + text.trim() + "\"");
            return null;
        }
    }

    private static Integer integer(Map<String, String> found, String path, String text) {
        if (blank(text)) {
            found.put(path, "expected a whole number, found nothing");
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            found.put(path, "expected a whole number, found \"" + text.trim() + "\"");
            return null;
        }
    }

    /** 100000.0 -> "100000", 2.5 -> "2.5": what a user would have typed. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    // Properties

    public StringProperty nameProperty() { return name; }
    public StringProperty symbolProperty() { return symbol; }
    public ObjectProperty<Direction> directionProperty() { return direction; }
    public StringProperty equityProperty() { return equity; }
    public StringProperty atrPeriodProperty() { return atrPeriod; }
    public StringProperty spreadBpsProperty() { return spreadBps; }
    public ObjectProperty<OpenRule> openRuleProperty() { return openRule; }
    public StringProperty lookbackProperty() { return lookback; }
    public StringProperty notionalPctProperty() { return notionalPct; }
    public StringProperty signalQualityProperty() { return signalQuality; }
    public StringProperty stopAtrProperty() { return stopAtr; }
    public ObjectProperty<StopMode> stopModeProperty() { return stopMode; }
    public StringProperty takeProfitPctProperty() { return takeProfitPct; }

    /** True for EVERY_BAR: the contract refuses a lookback there. */
    public BooleanBinding lookbackDisabledProperty() { return lookbackDisabled; }

    /** Problems of the typed values by field path ("account.equity" -> "expected a number > 0"). */
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() { return problems.getReadOnlyProperty(); }

    /** The settings in force: the last valid ones typed. */
    public ReadOnlyObjectProperty<RunSettings> settingsProperty() { return settings.getReadOnlyProperty(); }

    public RunSettings getSettings() { return settings.get(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    public boolean isValid() { return problems.get().isEmpty(); }
}
