package com.scalelab.ui.scenario;

import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.IntSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Couples a slider (optional) and a text field to one number of the view-model. Dragging updates
 * the number live; typing a valid number moves the slider; a bad entry is marked on the field and
 * changes nothing. The slider's span follows the given range, widened to show a typed value outside
 * it. A finished gesture (mouse released, keyboard nudge) runs {@code onRelease} once.
 */
public final class SliderField {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Slider slider;
    private final TextField field;
    private final DoubleProperty value;
    private final ObservableValue<Range> range;
    private final IntSupplier decimals;
    private final boolean trimZeros;
    private final DoublePredicate domain;
    private final String expected;
    private final String hint;
    private final Runnable onRelease;
    private final Tooltip fieldTip = new Tooltip();

    private boolean syncing;
    private boolean typing;
    /** The value before the current typing began: a refused entry puts it back. */
    private double committed;
    /** A user change on the slider not yet reported by onRelease. */
    private boolean unreported;

    private SliderField(Slider slider, TextField field, DoubleProperty value, ObservableValue<Range> range,
                        IntSupplier decimals, boolean trimZeros, DoublePredicate domain, String expected, String hint,
                        Runnable onRelease) {
        this.trimZeros = trimZeros;
        this.slider = slider;
        this.field = field;
        this.value = value;
        this.range = range;
        this.decimals = decimals;
        this.domain = domain;
        this.expected = expected;
        this.hint = hint;
        this.onRelease = onRelease;
    }

    /**
     * @param decimals  slider moves are rounded to this many decimals (0 = whole numbers, and only whole
     *                  numbers may be typed); the field shows exactly this many unless trimZeros
     * @param trimZeros show the value as it is, up to 6 decimals, without trailing zeros (quantities)
     * @param domain   which typed values are accepted
     * @param expected what to say when a typed value is refused, e.g. "a price above 0"
     * @param hint     the tooltip of slider and field
     */
    public static SliderField bind(Slider slider, TextField field, DoubleProperty value, ObservableValue<Range> range,
                                   IntSupplier decimals, boolean trimZeros, DoublePredicate domain, String expected,
                                   String hint, Runnable onRelease) {
        SliderField f = new SliderField(slider, field, value, range, decimals, trimZeros, domain, expected, hint,
                onRelease == null ? () -> { } : onRelease);
        f.wire();
        return f;
    }

    public boolean isInvalid() {
        return field.getPseudoClassStates().contains(INVALID);
    }

    private void wire() {
        fieldTip.setText(hint);
        field.setTooltip(fieldTip);
        showText(value.get());
        committed = value.get();
        value.addListener((obs, o, n) -> {
            if (!typing) {
                committed = n.doubleValue();
                showText(n.doubleValue());
                mark(null);
            }
            moveSlider();
        });
        field.textProperty().addListener((obs, o, n) -> {
            if (!syncing) {
                typed(n);
            }
        });
        field.setOnAction(e -> finishTyping());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                finishTyping();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setTyped(committed);
                showText(committed);
                mark(null);
            }
        });
        if (slider == null) {
            return;
        }
        slider.setTooltip(new Tooltip(hint));
        if (range != null) {
            range.addListener((obs, o, n) -> moveSlider());
        }
        moveSlider();
        slider.valueProperty().addListener((obs, o, n) -> {
            if (syncing) {
                return;
            }
            unreported = true;
            int d = decimals.getAsInt();
            double v = d <= 0 ? Math.rint(n.doubleValue()) : ScenarioViewModel.round(n.doubleValue(), d);
            if (v != value.get()) {
                value.set(v);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                released();
            }
        });
        // A click on the track does not go through valueChanging; nor do keyboard nudges.
        slider.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released());
        slider.addEventHandler(KeyEvent.KEY_RELEASED, e -> released());
    }

    private void released() {
        if (unreported && !slider.isValueChanging()) {
            unreported = false;
            onRelease.run();
        }
    }

    private void typed(String text) {
        Double v = parse(text);
        if (v == null) {
            // Refused: the number goes back to what it was before this typing began.
            mark("Expected " + expected + ", got '" + text.strip() + "'.");
            setTyped(committed);
            return;
        }
        mark(null);
        setTyped(v);
    }

    private void setTyped(double v) {
        typing = true;
        try {
            value.set(v);
        } finally {
            typing = false;
        }
    }

    private void finishTyping() {
        if (!isInvalid()) {
            committed = value.get();
            showText(value.get());
        }
    }

    private Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || !domain.test(v) || t.endsWith("d") || t.endsWith("f")
                    || t.endsWith("D") || t.endsWith("F")) {
                return null;
            }
            if (decimals.getAsInt() <= 0 && v != Math.rint(v)) {
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void mark(String problem) {
        field.pseudoClassStateChanged(INVALID, problem != null);
        fieldTip.setText(problem == null ? hint : problem + "\n" + hint);
    }

    private void showText(double v) {
        syncing = true;
        try {
            int d = decimals.getAsInt();
            field.setText(trimZeros && Double.isFinite(v) ? ScenarioViewModel.trim(v)
                    : String.format(Locale.ROOT, "%." + Math.max(0, d) + "f", v));
        } finally {
            syncing = false;
        }
    }

    private void moveSlider() {
        if (slider == null) {
            return;
        }
        double v = value.get();
        Range r = range == null ? new Range(slider.getMin(), slider.getMax()) : range.getValue();
        syncing = true;
        try {
            double min = Double.isFinite(v) ? Math.min(r.min(), v) : r.min();
            double max = Double.isFinite(v) ? Math.max(r.max(), v) : r.max();
            // Widen first, then narrow, so the slider never clamps the value on the way.
            slider.setMin(Math.min(min, slider.getMin()));
            slider.setMax(Math.max(max, slider.getMax()));
            slider.setValue(v);
            slider.setMin(min);
            slider.setMax(max);
            slider.setMajorTickUnit(niceStep((max - min) / 4));
            slider.setBlockIncrement(blockIncrement(max - min));
        } finally {
            syncing = false;
        }
    }

    private double blockIncrement(double span) {
        int d = decimals.getAsInt();
        double unit = Math.pow(10, -Math.max(0, d));
        return Math.max(unit, niceStep(span / 100));
    }

    /** 1, 2 or 5 times a power of ten, near the given step. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / pow;
        double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * pow;
    }
}
