package com.scalelab.ui.audit;

import com.scalelab.engine.Decision;

/**
 * A decision in words with a shape, so it reads without colour: the glyphs are in DejaVu Sans,
 * the font Linux desktops fall back to.
 */
public final class VerdictBadge {
    private VerdictBadge() {
    }

    public static String glyph(Decision d) {
        return switch (d) {
            case SCALE -> "\u2714";  // heavy check mark
            case SKIP -> "\u2016";   // double bar: a pause
            case BLOCK -> "\u2716";  // heavy cross
        };
    }

    public static String text(Decision d) {
        return glyph(d) + " " + d.name();
    }
}
