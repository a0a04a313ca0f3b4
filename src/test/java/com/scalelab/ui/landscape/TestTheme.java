package com.scalelab.ui.landscape;

import javafx.scene.Parent;

/**
 * The theme's looked-up colours for a view tested on its own (the main window's theme sheets are
 * not loaded here): the same names and values as styles/theme-light.css and theme-dark.css.
 */
record TestTheme(String bg, String panel, String border, String text, String muted, String accent, String scale,
                 String skip, String block, String invalid, String na) {
    static final TestTheme LIGHT = new TestTheme("#f4f5f7", "#ffffff", "#d5d9df", "#1d232b", "#5f6b7a", "#2f6fd0",
            "#1a8a6a", "#b26a00", "#c62f3a", "#7a4fa0", "#8a929c");
    static final TestTheme DARK = new TestTheme("#1c1f24", "#252a31", "#3a414b", "#e4e8ee", "#9aa5b3", "#5b9cf5",
            "#3cc79a", "#f0a93b", "#ff6b6b", "#b58be0", "#7d8793");

    void applyTo(Parent root) {
        root.setStyle("-sl-bg: " + bg + "; -sl-panel: " + panel + "; -sl-border: " + border + "; -sl-text: " + text
                + "; -sl-muted: " + muted + "; -sl-accent: " + accent + "; -sl-scale: " + scale + "; -sl-skip: " + skip
                + "; -sl-block: " + block + "; -sl-invalid: " + invalid + "; -sl-na: " + na + ";"
                + (this == DARK ? " -fx-base: #2e333b; -fx-control-inner-background: #22262c;" : ""));
    }
}
