package com.scalelab.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Carries the theme's looked-up colours (-sl-scale, -sl-text, ...) to a canvas, which cannot use
 * CSS: invisible regions, one per colour name, whose backgrounds a view's stylesheet sets to those
 * colours. When the theme sheet swaps, CSS restyles them and {@code onChange} runs; a view reads
 * {@link #colour} (null where no sheet gave one) and falls back to its built-in set for
 * {@link #isDark}.
 */
public final class ThemeProbes {
    private final List<Region> probes = new ArrayList<>();
    private final Node owner;
    private final Runnable onChange;

    /**
     * @param probeClass  the style class every probe has ("palette-probe")
     * @param namePrefix  each probe's own class is this prefix and its name ("probe-" + "scale")
     */
    public ThemeProbes(Node owner, List<Node> children, String probeClass, String namePrefix, List<String> names,
                       Runnable onChange) {
        this.owner = owner;
        this.onChange = onChange;
        for (String name : names) {
            Region probe = new Region();
            probe.getStyleClass().addAll(probeClass, namePrefix + name);
            probe.setManaged(false);
            probe.setMouseTransparent(true);
            probe.resize(0, 0);
            probe.backgroundProperty().addListener((obs, o, n) -> onChange.run());
            probes.add(probe);
            children.add(probe);
        }
        owner.sceneProperty().addListener((obs, o, n) -> onChange.run());
    }

    /** The colour the stylesheet gave probe {@code i} (in the order of the names), or {@code fallback}. */
    public Color colour(int i, Color fallback) {
        Background b = probes.get(i).getBackground();
        List<BackgroundFill> fills = b == null ? List.of() : b.getFills();
        return !fills.isEmpty() && fills.get(0).getFill() instanceof Color c ? c : fallback;
    }

    /** Whether the owner's scene carries the dark theme sheet: which built-in set to fall back to. */
    public boolean isDark() {
        Scene scene = owner.getScene();
        return scene != null && scene.getStylesheets().stream().anyMatch(s -> s.contains("theme-dark"));
    }
}
