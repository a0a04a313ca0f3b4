package com.scalelab.ui.policy;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.document.Document;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The policy builder's state: one property per policy field, as the user typed it. On every edit it
 * builds a draft {@link ScalingPolicy} and judges it with the engine's own rules
 * ({@link ScalingPolicy#problems()}); a valid draft becomes the session's policy in force, an
 * invalid one leaves the last valid policy in force and publishes its problems.
 *
 * <p>Undo history: one step per committed edit. A text field commits when the user presses Enter
 * or leaves it (not on every keystroke, which would make Ctrl+Z walk back one character at a time);
 * toggles, the mode, the "no bound" boxes and a slider release commit at once.
 */
public final class PolicyViewModel {
    public static final String NAME = "name";
    public static final String STRATEGY = "strategy";
    public static final String DESCRIPTION = "description";
    public static final String ENABLED = "scaling.enabled";
    public static final String MODE = "scaling.mode";
    public static final String MAX_ENTRIES = "scaling.maxEntries";
    public static final String MAX_POSITION_PCT = "limits.maxPositionPct";
    public static final String MAX_RISK_PCT = "limits.maxRiskPct";
    public static final String LEDGER_TOLERANCE = "limits.ledgerTolerance";
    public static final String MIN_MINUTES = "qualification.minMinutesBetween";
    public static final String MIN_BARS = "qualification.minBarsBetween";
    public static final String MIN_SIGNAL_QUALITY = "qualification.minSignalQuality";
    public static final String MIN_SPACING_ATR = "qualification.minSpacingAtr";
    public static final String MAX_SPACING_ATR = "qualification.maxSpacingAtr";
    public static final String VOLATILITY = "qualification.volatilityPct";
    public static final String VOLATILITY_MIN = "qualification.volatilityPct.min";
    public static final String VOLATILITY_MAX = "qualification.volatilityPct.max";
    public static final String MAX_SPREAD_BPS = "execution.maxSpreadBps";
    public static final String SCALE = "sizing.scale";

    /** Every path a field of the builder shows messages for, in the order the builder shows them. */
    public static final List<String> FIELD_PATHS = List.of(NAME, STRATEGY, DESCRIPTION, ENABLED, MODE, MAX_ENTRIES,
            MAX_POSITION_PCT, MAX_RISK_PCT, LEDGER_TOLERANCE, MIN_MINUTES, MIN_BARS, MIN_SIGNAL_QUALITY,
            MIN_SPACING_ATR, MAX_SPACING_ATR, VOLATILITY_MIN, VOLATILITY_MAX, MAX_SPREAD_BPS, SCALE);

    private static final int HISTORY_LIMIT = 200;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

    private final LabSession session;

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty strategy = new SimpleStringProperty(this, STRATEGY, "");
    private final StringProperty description = new SimpleStringProperty(this, DESCRIPTION, "");
    private final BooleanProperty scalingEnabled = new SimpleBooleanProperty(this, ENABLED, true);
    private final ObjectProperty<ScalingMode> mode = new SimpleObjectProperty<>(this, MODE, ScalingMode.PYRAMID);
    private final StringProperty maxEntries = new SimpleStringProperty(this, MAX_ENTRIES, "");
    private final StringProperty maxPositionPct = new SimpleStringProperty(this, MAX_POSITION_PCT, "");
    private final StringProperty maxRiskPct = new SimpleStringProperty(this, MAX_RISK_PCT, "");
    private final StringProperty ledgerTolerance = new SimpleStringProperty(this, LEDGER_TOLERANCE, "");
    private final StringProperty minMinutesBetween = new SimpleStringProperty(this, MIN_MINUTES, "");
    private final StringProperty minBarsBetween = new SimpleStringProperty(this, MIN_BARS, "");
    private final StringProperty minSignalQuality = new SimpleStringProperty(this, MIN_SIGNAL_QUALITY, "");
    private final StringProperty minSpacingAtr = new SimpleStringProperty(this, MIN_SPACING_ATR, "");
    private final StringProperty maxSpacingAtr = new SimpleStringProperty(this, MAX_SPACING_ATR, "");
    private final BooleanProperty maxSpacingUnbounded = new SimpleBooleanProperty(this, "maxSpacingUnbounded");
    private final StringProperty volatilityMin = new SimpleStringProperty(this, VOLATILITY_MIN, "");
    private final StringProperty volatilityMax = new SimpleStringProperty(this, VOLATILITY_MAX, "");
    private final BooleanProperty anyVolatility = new SimpleBooleanProperty(this, "anyVolatility");
    private final StringProperty maxSpreadBps = new SimpleStringProperty(this, MAX_SPREAD_BPS, "");
    private final BooleanProperty noSpreadLimit = new SimpleBooleanProperty(this, "noSpreadLimit");
    private final StringProperty scale = new SimpleStringProperty(this, SCALE, "");

    private final ReadOnlyObjectWrapper<ScalingPolicy> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyObjectWrapper<List<PolicyProblem>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final Map<String, ReadOnlyStringWrapper> errorMessages = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> warningMessages = new LinkedHashMap<>();
    /** The policy as a document: its saved state, file, origin and whether the draft differs. */
    private final Document<ScalingPolicy> document = new Document<>("policy", draft);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final StringBinding modeExplanation;

    private final List<ScalingPolicy> history = new ArrayList<>();
    private int historyIndex = -1;
    /** True while fields are filled from a policy: one rebuild at the end instead of one per field. */
    private boolean showing;

    public PolicyViewModel(LabSession session) {
        this.session = session;
        for (String path : FIELD_PATHS) {
            errorMessages.put(path, new ReadOnlyStringWrapper(this, path + ".error", ""));
            warningMessages.put(path, new ReadOnlyStringWrapper(this, path + ".warning", ""));
        }
        modeExplanation = Bindings.createStringBinding(() -> explain(mode.get()), mode);
        for (Observable text : List.of(name, strategy, description, maxEntries, maxPositionPct, maxRiskPct,
                ledgerTolerance, minMinutesBetween, minBarsBetween, minSignalQuality, minSpacingAtr, maxSpacingAtr,
                volatilityMin, volatilityMax, maxSpreadBps, scale)) {
            text.addListener(o -> {
                if (!showing) {
                    rebuild();
                }
            });
        }
        for (Observable choice : List.of(scalingEnabled, mode, maxSpacingUnbounded, anyVolatility, noSpreadLimit)) {
            choice.addListener(o -> {
                if (!showing) {
                    rebuild();
                    commitEdit();
                }
            });
        }
        load(session.getPolicy());
        // No listener on the policy in force: a policy from elsewhere (a scenario's inline one) is
        // opened as its own document through PolicyDocument, never slipped in as an edit of this one.
    }

    // Commands

    /** Shows a policy just opened or created: it becomes the saved state and the start of the history. */
    public void load(ScalingPolicy policy) {
        document.setSaved(policy);
        history.clear();
        history.add(policy);
        historyIndex = 0;
        show(policy);
    }

    /** Records that the draft was written to a file: it is no longer dirty. */
    public void markSaved(ScalingPolicy policy) {
        document.setSaved(policy);
    }

    /** Closes the current edit as one undo step, if it changed the policy and parses. */
    public void commitEdit() {
        ScalingPolicy p = draft.get();
        if (p == null || (historyIndex >= 0 && p.equals(history.get(historyIndex)))) {
            return;
        }
        while (history.size() > historyIndex + 1) {
            history.remove(history.size() - 1);
        }
        history.add(p);
        if (history.size() > HISTORY_LIMIT) {
            history.remove(0);
        }
        historyIndex = history.size() - 1;
        updateUndo();
    }

    /**
     * Replaces the draft with a policy changed elsewhere (a sweep cell sets two fields) as ONE undo
     * step: any edit in progress is closed first, so Undo brings back exactly the policy before.
     */
    public void applyEdit(ScalingPolicy policy) {
        commitEdit();
        show(policy);
        commitEdit();
    }

    public void undo() {
        commitEdit();
        if (historyIndex > 0) {
            historyIndex--;
            show(history.get(historyIndex));
        }
    }

    public void redo() {
        commitEdit();
        if (historyIndex < history.size() - 1) {
            historyIndex++;
            show(history.get(historyIndex));
        }
    }

    /** A fresh policy with the contract's defaults and round, valid limits. */
    public static ScalingPolicy blankPolicy() {
        return new ScalingPolicy("Untitled policy", "", "", new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 3),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0), null, null, null);
    }

    // Building the draft

    private void show(ScalingPolicy p) {
        showing = true;
        try {
            name.set(p.name() == null ? "" : p.name());
            strategy.set(p.strategy());
            description.set(p.description());
            ScalingPolicy.Scaling s = p.scaling() == null ? ScalingPolicy.Scaling.disabled() : p.scaling();
            scalingEnabled.set(s.enabled());
            mode.set(s.mode());
            maxEntries.set(Long.toString(s.maxEntries()));
            if (p.limits() != null) {
                maxPositionPct.set(text(p.limits().maxPositionPct()));
                maxRiskPct.set(text(p.limits().maxRiskPct()));
                ledgerTolerance.set(text(p.limits().ledgerTolerance()));
            }
            ScalingPolicy.Qualification q = p.qualification();
            minMinutesBetween.set(text(q.minMinutesBetween()));
            minBarsBetween.set(Long.toString(q.minBarsBetween()));
            minSignalQuality.set(text(q.minSignalQuality()));
            minSpacingAtr.set(text(q.minSpacingAtr()));
            // An unset bound keeps whatever was typed before, so unticking "unbounded" brings it back.
            maxSpacingUnbounded.set(q.maxSpacingAtr() == null);
            if (q.maxSpacingAtr() != null) {
                maxSpacingAtr.set(text(q.maxSpacingAtr()));
            } else if (maxSpacingAtr.get().isBlank()) {
                maxSpacingAtr.set(text(Math.max(4.0, q.minSpacingAtr())));
            }
            anyVolatility.set(q.volatilityPct() == null);
            if (q.volatilityPct() != null) {
                volatilityMin.set(text(q.volatilityPct().min()));
                volatilityMax.set(text(q.volatilityPct().max()));
            } else if (volatilityMin.get().isBlank() || volatilityMax.get().isBlank()) {
                volatilityMin.set("0.5");
                volatilityMax.set("5");
            }
            Double spread = p.execution().maxSpreadBps();
            noSpreadLimit.set(spread == null);
            if (spread != null) {
                maxSpreadBps.set(text(spread));
            } else if (maxSpreadBps.get().isBlank()) {
                maxSpreadBps.set("20");
            }
            scale.set(text(p.sizing().scale()));
        } finally {
            showing = false;
        }
        rebuild();
        updateUndo();
    }

    /**
     * Parses every field, builds the draft and judges it. A field that does not parse is an error of
     * its own; the other fields are still judged, with the policy in force standing in for it.
     */
    private void rebuild() {
        ScalingPolicy inForce = session.getPolicy();
        List<PolicyProblem> found = new ArrayList<>();
        List<String> unparsed = new ArrayList<>();
        Parser in = new Parser(found, unparsed);

        ScalingPolicy.Scaling fallbackScaling = inForce.scaling() == null ? ScalingPolicy.Scaling.disabled() : inForce.scaling();
        ScalingPolicy.Limits fallbackLimits = inForce.limits() == null ? new ScalingPolicy.Limits(20, 2, 0) : inForce.limits();
        ScalingPolicy.Qualification fq = inForce.qualification();

        int entries = (int) in.whole(MAX_ENTRIES, maxEntries, fallbackScaling.maxEntries(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        ScalingPolicy.Scaling scaling = new ScalingPolicy.Scaling(scalingEnabled.get(), mode.get(), entries);
        ScalingPolicy.Limits limits = new ScalingPolicy.Limits(
                in.number(MAX_POSITION_PCT, maxPositionPct, fallbackLimits.maxPositionPct()),
                in.number(MAX_RISK_PCT, maxRiskPct, fallbackLimits.maxRiskPct()),
                in.number(LEDGER_TOLERANCE, ledgerTolerance, fallbackLimits.ledgerTolerance()));
        double minSpacing = in.number(MIN_SPACING_ATR, minSpacingAtr, fq.minSpacingAtr());
        Double maxSpacing = maxSpacingUnbounded.get() ? null
                : in.number(MAX_SPACING_ATR, maxSpacingAtr, fq.maxSpacingAtr() == null ? Math.max(minSpacing, 4) : fq.maxSpacingAtr());
        ScalingPolicy.Band band = null;
        if (!anyVolatility.get()) {
            ScalingPolicy.Band fb = fq.volatilityPct() == null ? new ScalingPolicy.Band(0, 100) : fq.volatilityPct();
            band = new ScalingPolicy.Band(in.number(VOLATILITY_MIN, volatilityMin, fb.min()),
                    in.number(VOLATILITY_MAX, volatilityMax, fb.max()));
        }
        ScalingPolicy.Qualification qualification = new ScalingPolicy.Qualification(
                in.number(MIN_MINUTES, minMinutesBetween, fq.minMinutesBetween()),
                in.whole(MIN_BARS, minBarsBetween, fq.minBarsBetween(), Long.MIN_VALUE, Long.MAX_VALUE),
                in.number(MIN_SIGNAL_QUALITY, minSignalQuality, fq.minSignalQuality()),
                minSpacing, maxSpacing, band);
        Double spread = noSpreadLimit.get() ? null
                : in.number(MAX_SPREAD_BPS, maxSpreadBps, inForce.execution().maxSpreadBps() == null ? 0 : inForce.execution().maxSpreadBps());
        ScalingPolicy.Sizing sizing = new ScalingPolicy.Sizing(in.number(SCALE, scale, inForce.sizing().scale()));

        ScalingPolicy built = new ScalingPolicy(name.get(), strategy.get(), description.get(), scaling, limits,
                qualification, new ScalingPolicy.Execution(spread), sizing);
        for (PolicyProblem problem : built.problems()) {
            // The stand-in value of a field that did not parse must not be judged as if typed.
            if (!unparsed.contains(problem.path())) {
                found.add(problem);
            }
        }
        List<PolicyProblem> all = List.copyOf(found);
        ScalingPolicy parsedDraft = unparsed.isEmpty() ? built : null;
        draft.set(parsedDraft);
        publishMessages(all); // before the problems, whose listeners read the messages
        problems.set(all);
        session.draftProblemsProperty().set(all);
        if (parsedDraft != null && parsedDraft.isValid()) {
            session.policyProperty().set(parsedDraft);
        }
        updateUndo();
    }

    private void publishMessages(List<PolicyProblem> all) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        for (PolicyProblem problem : all) {
            Map<String, List<String>> target = problem.isError() ? errors : warnings;
            for (String path : fieldsOf(problem.path())) {
                target.computeIfAbsent(path, k -> new ArrayList<>()).add(problem.message());
            }
        }
        errorMessages.forEach((path, message) -> message.set(String.join("; ", errors.getOrDefault(path, List.of()))));
        warningMessages.forEach((path, message) -> message.set(String.join("; ", warnings.getOrDefault(path, List.of()))));
    }

    /** The builder fields a problem path is shown at: the band as a whole belongs to both its ends. */
    public static List<String> fieldsOf(String problemPath) {
        if (VOLATILITY.equals(problemPath)) {
            return List.of(VOLATILITY_MIN, VOLATILITY_MAX);
        }
        return List.of(problemPath);
    }

    private void updateUndo() {
        if (history.isEmpty()) {
            return;
        }
        canUndo.set(historyIndex > 0 || (draft.get() != null && !draft.get().equals(history.get(historyIndex))));
        canRedo.set(historyIndex < history.size() - 1);
    }

    private static String explain(ScalingMode m) {
        if (m == null) {
            return "Choose how this policy adds: into strength (pyramid) or into weakness (average down).";
        }
        return switch (m) {
            case PYRAMID -> "Pyramid: add only after the price has moved in the position's favour since the last entry.";
            case AVERAGE_DOWN -> "Average down: add only after the price has moved against the position since the last entry.";
        };
    }

    /** A number as the user would type it: 60 not 60.0, 0.1 not 0.1000000000000000055. */
    static String text(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    /** Reads typed text into numbers, noting each field that does not parse. */
    private static final class Parser {
        private final List<PolicyProblem> problems;
        private final List<String> unparsed;

        Parser(List<PolicyProblem> problems, List<String> unparsed) {
            this.problems = problems;
            this.unparsed = unparsed;
        }

        double number(String path, StringProperty field, double fallback) {
            String t = field.get() == null ? "" : field.get().trim();
            if (DECIMAL.matcher(t).matches()) {
                return Double.parseDouble(t);
            }
            fail(path, "expected a number, got " + quoted(t));
            return fallback;
        }

        long whole(String path, StringProperty field, long fallback, long min, long max) {
            String t = field.get() == null ? "" : field.get().trim();
            if (WHOLE.matcher(t).matches()) {
                try {
                    return Math.max(min, Math.min(max, Long.parseLong(t)));
                } catch (NumberFormatException tooLong) {
                    return t.startsWith("-") ? min : max;
                }
            }
            fail(path, (DECIMAL.matcher(t).matches() ? "expected a whole number, got " : "expected a number, got ")
                    + quoted(t));
            return fallback;
        }

        private void fail(String path, String message) {
            unparsed.add(path);
            problems.add(new PolicyProblem(path, message, PolicyProblem.Severity.ERROR));
        }

        private static String quoted(String t) {
            return t.isEmpty() ? "nothing" : "\"" + t + "\"";
        }
    }

    // Properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty strategyProperty() {
        return strategy;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty scalingEnabledProperty() {
        return scalingEnabled;
    }

    public ObjectProperty<ScalingMode> modeProperty() {
        return mode;
    }

    public StringBinding modeExplanationBinding() {
        return modeExplanation;
    }

    public StringProperty maxEntriesProperty() {
        return maxEntries;
    }

    public StringProperty maxPositionPctProperty() {
        return maxPositionPct;
    }

    public StringProperty maxRiskPctProperty() {
        return maxRiskPct;
    }

    public StringProperty ledgerToleranceProperty() {
        return ledgerTolerance;
    }

    public StringProperty minMinutesBetweenProperty() {
        return minMinutesBetween;
    }

    public StringProperty minBarsBetweenProperty() {
        return minBarsBetween;
    }

    public StringProperty minSignalQualityProperty() {
        return minSignalQuality;
    }

    public StringProperty minSpacingAtrProperty() {
        return minSpacingAtr;
    }

    public StringProperty maxSpacingAtrProperty() {
        return maxSpacingAtr;
    }

    public BooleanProperty maxSpacingUnboundedProperty() {
        return maxSpacingUnbounded;
    }

    public StringProperty volatilityMinProperty() {
        return volatilityMin;
    }

    public StringProperty volatilityMaxProperty() {
        return volatilityMax;
    }

    public BooleanProperty anyVolatilityProperty() {
        return anyVolatility;
    }

    public StringProperty maxSpreadBpsProperty() {
        return maxSpreadBps;
    }

    public BooleanProperty noSpreadLimitProperty() {
        return noSpreadLimit;
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    /** The policy as typed, or null while a field does not parse as a number. */
    public ReadOnlyObjectProperty<ScalingPolicy> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ScalingPolicy getDraft() {
        return draft.get();
    }

    /** Parse errors, rule errors and warnings of the draft, each with its field path. */
    public ReadOnlyObjectProperty<List<PolicyProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public List<PolicyProblem> getProblems() {
        return problems.get();
    }

    /** The errors shown at one field of the builder (see {@link #FIELD_PATHS}), "" when none. */
    public ReadOnlyStringProperty errorProperty(String fieldPath) {
        return message(errorMessages, fieldPath);
    }

    /** The warnings shown at one field, "" when none. */
    public ReadOnlyStringProperty warningProperty(String fieldPath) {
        return message(warningMessages, fieldPath);
    }

    private static ReadOnlyStringProperty message(Map<String, ReadOnlyStringWrapper> messages, String fieldPath) {
        ReadOnlyStringWrapper w = messages.get(fieldPath);
        if (w == null) {
            throw new IllegalArgumentException("no builder field for " + fieldPath);
        }
        return w.getReadOnlyProperty();
    }

    /** The policy as a document (saved state, file, origin, dirty). */
    public Document<ScalingPolicy> document() {
        return document;
    }

    /** The policy last loaded or saved; the draft is dirty when it differs. */
    public ReadOnlyObjectProperty<ScalingPolicy> savedProperty() {
        return document.savedProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return document.dirtyProperty();
    }

    public boolean isDirty() {
        return document.isDirty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
