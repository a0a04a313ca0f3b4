package com.scalelab.ui.scenario;

/** A slider's span, from the scenario and policy; the slider widens it to show a value typed outside. */
public record Range(double min, double max) {
    public Range {
        if (!(max >= min)) {
            max = min;
        }
    }

    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
