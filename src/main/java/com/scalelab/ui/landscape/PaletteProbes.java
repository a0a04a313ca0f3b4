package com.scalelab.ui.landscape;

import com.scalelab.ui.app.ThemeProbes;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Reads the theme's looked-up colours (-sl-scale, -sl-text, ...) for a canvas: invisible regions
 * styled by landscape.css with those colours as backgrounds. When the theme sheet swaps, CSS
 * restyles them and the view gets the new palette; without a theme the built-in one stays.
 */
final class PaletteProbes {
    private static final List<String> NAMES = List.of("scale", "skip", "block", "invalid", "text", "muted", "panel",
            "border");

    private final ThemeProbes probes;
    private final Consumer<LandscapePalette> onChange;
    private LandscapePalette palette = LandscapePalette.LIGHT;

    PaletteProbes(Node owner, List<Node> children, Consumer<LandscapePalette> onChange) {
        this.onChange = onChange;
        this.probes = new ThemeProbes(owner, children, "palette-probe", "probe-", NAMES, this::update);
    }

    LandscapePalette palette() {
        return palette;
    }

    private void update() {
        if (probes == null) {
            return; // a restyle during construction: the first pulse reads the colours
        }
        LandscapePalette f = probes.isDark() ? LandscapePalette.DARK : LandscapePalette.LIGHT;
        LandscapePalette next = new LandscapePalette(probes.colour(0, f.scale()), probes.colour(1, f.skip()),
                probes.colour(2, f.block()), probes.colour(3, f.invalid()), probes.colour(4, f.text()),
                probes.colour(5, f.muted()), probes.colour(6, f.panel()), probes.colour(7, f.border()));
        if (!next.equals(palette)) {
            palette = next;
            onChange.accept(next);
        }
    }
}
