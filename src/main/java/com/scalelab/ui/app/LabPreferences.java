package com.scalelab.ui.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * What the window remembers between runs (java.util.prefs): size and position, theme, recent
 * files. The node name comes from the system property {@code scalelab.prefs.node} (default
 * "scalelab"), so tests write to their own node and never touch the user's.
 */
public final class LabPreferences {
    public static final String NODE_PROPERTY = "scalelab.prefs.node";
    private static final String THEME = "theme";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String RECENT = "recent.";

    private final Preferences node;

    public LabPreferences(String nodeName) {
        this.node = Preferences.userRoot().node(nodeName);
    }

    /** The node named by {@value #NODE_PROPERTY}, "scalelab" when unset. */
    public static LabPreferences fromSystemProperty() {
        return new LabPreferences(System.getProperty(NODE_PROPERTY, "scalelab"));
    }

    public Theme theme() {
        return Theme.named(node.get(THEME, Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /** The last window bounds, if any were saved and they make sense. */
    public Optional<Rectangle2D> windowBounds() {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (!(w > 0 && h > 0 && Double.isFinite(x) && Double.isFinite(y))) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(x, y, w, h));
    }

    public boolean maximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    public void setWindow(Rectangle2D bounds, boolean maximized) {
        node.putDouble(X, bounds.getMinX());
        node.putDouble(Y, bounds.getMinY());
        node.putDouble(WIDTH, bounds.getWidth());
        node.putDouble(HEIGHT, bounds.getHeight());
        node.putBoolean(MAXIMIZED, maximized);
        flush();
    }

    public void setMaximized(boolean maximized) {
        node.putBoolean(MAXIMIZED, maximized);
        flush();
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RecentFiles.LIMIT; i++) {
            String p = node.get(RECENT + i, null);
            if (p == null) {
                break;
            }
            try {
                out.add(Path.of(p));
            } catch (InvalidPathException ignored) {
                // a path from another machine or a hand edit: drop it rather than fail the start
            }
        }
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < RecentFiles.LIMIT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** Forgets everything (tests start from a clean node). */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a comfort; the app works without them
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a comfort; the app works without them
        }
    }
}
