package com.scalelab.ui.landscape;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.app.VerdictBadge;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours the canvases paint with: the theme's verdict colours (-sl-scale, -sl-skip,
 * -sl-block, -sl-invalid) and text colours, with one shade per deciding reason inside each
 * verdict's hue. The views read the theme's looked-up colours through CSS when they can and fall
 * back to these built-in light and dark variants.
 */
public record LandscapePalette(Color scale, Color skip, Color block, Color invalid, Color text, Color muted,
                               Color panel, Color border) {

    public static final LandscapePalette LIGHT = new LandscapePalette(Color.web("#1a8a6a"), Color.web("#b26a00"),
            Color.web("#c62f3a"), Color.web("#7a4fa0"), Color.web("#1d232b"), Color.web("#5f6b7a"),
            Color.web("#ffffff"), Color.web("#d5d9df"));
    public static final LandscapePalette DARK = new LandscapePalette(Color.web("#3cc79a"), Color.web("#f0a93b"),
            Color.web("#ff6b6b"), Color.web("#b58be0"), Color.web("#e4e8ee"), Color.web("#9aa5b3"),
            Color.web("#252a31"), Color.web("#3a414b"));

    /** Brightness steps for the reasons of one verdict: alternating so neighbours in the legend differ. */
    private static final double[] STEPS = {1.0, 0.72, 1.3, 0.55, 1.5, 0.85, 1.15};

    /** The checks of each refusing verdict in catalogue order (the legend's order), input refusal apart. */
    private static final List<ReasonCode> SKIPS = CheckCatalogue.codes().stream()
            .filter(c -> c.decision() == Decision.SKIP).toList();
    private static final List<ReasonCode> BLOCKS = CheckCatalogue.codes().stream()
            .filter(c -> c.decision() == Decision.BLOCK && c != ReasonCode.INVALID_INPUT).toList();

    public boolean isDark() {
        return panel.getBrightness() < 0.5;
    }

    public Color base(Decision d) {
        return switch (d) {
            case SCALE -> scale;
            case SKIP -> skip;
            case BLOCK -> block;
        };
    }

    /** The shade of one deciding reason. */
    public Color colour(ReasonCode reason) {
        if (reason == ReasonCode.INVALID_INPUT) {
            return invalid;
        }
        if (reason == ReasonCode.SCALE_APPROVED) {
            return scale;
        }
        if (reason == ReasonCode.INITIAL_ENTRY) {
            return shade(scale, 1.3);
        }
        // shades repeat after seven: a catalogue with more checks of one verdict still paints
        int i = SKIPS.indexOf(reason);
        if (i >= 0) {
            return shade(skip, STEPS[i % STEPS.length]);
        }
        return shade(block, STEPS[Math.max(0, BLOCKS.indexOf(reason)) % STEPS.length]);
    }

    /** The colour of the pattern lines drawn over a reason's cells (so the verdict reads without colour). */
    public Color patternColour(ReasonCode reason) {
        Color c = colour(reason);
        return c.getBrightness() > 0.55 ? c.deriveColor(0, 1, 0.55, 1) : c.deriveColor(0, 0.8, 1.6, 1);
    }

    /** ARGB ints of {@link #colour} by reason ordinal, for pixel writers. */
    public int[] argbByReason() {
        ReasonCode[] codes = ReasonCode.values();
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = argb(colour(codes[i]));
        }
        return out;
    }

    /** ARGB ints of {@link #patternColour} by reason ordinal. */
    public int[] patternArgbByReason() {
        ReasonCode[] codes = ReasonCode.values();
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = argb(patternColour(codes[i]));
        }
        return out;
    }

    static int argb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    private static Color shade(Color base, double step) {
        if (step <= 1) {
            return base.deriveColor(0, 1, step, 1);
        }
        // lighter: mix towards white rather than saturate past the hue
        return base.interpolate(Color.WHITE, Math.min(0.6, (step - 1) * 0.9));
    }

    /** The glyph and word of a verdict, as every panel shows it ({@link VerdictBadge}). */
    public static String verdictWords(Decision d) {
        return VerdictBadge.text(d);
    }

    /** A deciding reason in a trader's words, short enough for a legend (the catalogue's). */
    public static String reasonWords(ReasonCode r) {
        return CheckCatalogue.words(r).legend();
    }
}
