package com.scalelab.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Reads the theme's looked-up colours (-sl-scale, -sl-text, ...) for a canvas: invisible regions
 * styled by landscape.css with those colours as backgrounds. When the theme sheet swaps, CSS
 * restyles them and the view gets the new palette; without a theme the built-in one stays.
 */
final class PaletteProbes {
    private static final List<String> NAMES = List.of("scale", "skip", "block", "invalid", "text", "muted", "panel",
            "border");

    private final List<Region> probes = new ArrayList<>();
    private final Node owner;
    private final Consumer<LandscapePalette> onChange;
    private LandscapePalette palette = LandscapePalette.LIGHT;

    PaletteProbes(Node owner, List<Node> children, Consumer<LandscapePalette> onChange) {
        this.owner = owner;
        this.onChange = onChange;
        for (String name : NAMES) {
            Region probe = new Region();
            probe.getStyleClass().addAll("palette-probe", "probe-" + name);
            probe.setManaged(false);
            probe.setMouseTransparent(true);
            probe.resize(0, 0);
            probe.backgroundProperty().addListener((obs, o, n) -> update());
            probes.add(probe);
            children.add(probe);
        }
        owner.sceneProperty().addListener((obs, o, n) -> update());
    }

    LandscapePalette palette() {
        return palette;
    }

    private void update() {
        Color[] c = new Color[probes.size()];
        for (int i = 0; i < c.length; i++) {
            Background b = probes.get(i).getBackground();
            List<BackgroundFill> fills = b == null ? List.of() : b.getFills();
            if (!fills.isEmpty() && fills.get(0).getFill() instanceof Color colour) {
                c[i] = colour;
            }
        }
        Scene scene = owner.getScene();
        LandscapePalette fallback = scene != null && scene.getStylesheets().stream().anyMatch(s -> s.contains("theme-dark"))
                ? LandscapePalette.DARK : LandscapePalette.LIGHT;
        LandscapePalette next = new LandscapePalette(or(c[0], fallback.scale()), or(c[1], fallback.skip()),
                or(c[2], fallback.block()), or(c[3], fallback.invalid()), or(c[4], fallback.text()),
                or(c[5], fallback.muted()), or(c[6], fallback.panel()), or(c[7], fallback.border()));
        if (!next.equals(palette)) {
            palette = next;
            onChange.accept(next);
        }
    }

    private static Color or(Color c, Color fallback) {
        return c == null ? fallback : c;
    }
}
