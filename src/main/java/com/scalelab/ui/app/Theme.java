package com.scalelab.ui.app;

import java.net.URL;
import javafx.scene.Scene;

/**
 * The two looks of the window. Each is a scene stylesheet of looked-up colours (-sl-scale, -sl-bg, ...)
 * followed by the shared component sheet, so every view that uses only those colour names follows.
 */
public enum Theme {
    LIGHT("Light", "/styles/theme-light.css"),
    DARK("Dark", "/styles/theme-dark.css");

    public static final String COMPONENTS = "/styles/app.css";

    private final String label;
    private final String sheet;

    Theme(String label, String sheet) {
        this.label = label;
        this.sheet = sheet;
    }

    public String label() {
        return label;
    }

    /** The stylesheet URL of this theme's colours. */
    public String stylesheet() {
        return external(sheet);
    }

    /** Puts this theme's sheets first on the scene, leaving any other sheet a view or library added. */
    public void applyTo(Scene scene) {
        for (Theme t : values()) {
            scene.getStylesheets().remove(t.stylesheet());
        }
        scene.getStylesheets().remove(external(COMPONENTS));
        scene.getStylesheets().addAll(0, java.util.List.of(stylesheet(), external(COMPONENTS)));
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The theme of a stored name, LIGHT for anything unknown (an old or hand-edited preference). */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }

    private static String external(String resource) {
        URL url = Theme.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Stylesheet " + resource + " is not on the class path");
        }
        return url.toExternalForm();
    }
}
