package com.scalelab.ui.app;

import com.scalelab.engine.Decision;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The one way a verdict is shown, in every panel (verdict badge, map legend and hover, strips,
 * ladder, audit table): a glyph and the word, so it reads without colour, and the pseudo-classes
 * :scale, :skip, :block the themes colour. The glyphs are in DejaVu Sans, the font Linux desktops
 * fall back to (⏸ and ⛔ are not, and would draw as boxes).
 */
public final class VerdictBadge {
    /** Style class of a node that shows a verdict; the pseudo-classes below say which. */
    public static final String STYLE_CLASS = "verdict-badge";
    public static final PseudoClass SCALE = PseudoClass.getPseudoClass("scale");
    public static final PseudoClass SKIP = PseudoClass.getPseudoClass("skip");
    public static final PseudoClass BLOCK = PseudoClass.getPseudoClass("block");

    private VerdictBadge() {
    }

    public static String glyph(Decision d) {
        return switch (d) {
            case SCALE -> "\u2714";  // heavy check mark
            case SKIP -> "\u2016";   // double bar: a pause
            case BLOCK -> "\u2716";  // heavy cross
        };
    }

    /** "✔ SCALE", "‖ SKIP", "✖ BLOCK". */
    public static String text(Decision d) {
        return glyph(d) + " " + d.name();
    }

    /** Marks a node as showing this verdict (null: none), for the theme's colours. */
    public static void mark(Node node, Decision d) {
        if (!node.getStyleClass().contains(STYLE_CLASS)) {
            node.getStyleClass().add(STYLE_CLASS);
        }
        node.pseudoClassStateChanged(SCALE, d == Decision.SCALE);
        node.pseudoClassStateChanged(SKIP, d == Decision.SKIP);
        node.pseudoClassStateChanged(BLOCK, d == Decision.BLOCK);
    }
}
