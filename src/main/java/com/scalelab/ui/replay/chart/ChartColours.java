package com.scalelab.ui.replay.chart;

import com.scalelab.ui.landscape.LandscapePalette;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours a replay chart paints with: the decision map's verdict palette (so the verdict band
 * reads like the map, one shade per reason) plus the chart's own: rising and falling candles, the
 * average price line, the highlight shade, the accent. The canvas cannot use CSS, so invisible
 * probe regions styled by replay-chart.css carry the theme's looked-up colours to it; without a
 * theme the built-in light or dark set stays.
 */
record ChartColours(LandscapePalette verdicts, Color up, Color down, Color average, Color highlight, Color accent,
                    Color grid) {

    static final ChartColours LIGHT = new ChartColours(LandscapePalette.LIGHT, Color.web("#2f6fd0"),
            Color.web("#1d232b"), Color.web("#7a4fa0"), Color.web("#2f6fd0"), Color.web("#2f6fd0"),
            Color.web("#d5d9df"));
    static final ChartColours DARK = new ChartColours(LandscapePalette.DARK, Color.web("#5b9cf5"),
            Color.web("#e4e8ee"), Color.web("#b58be0"), Color.web("#5b9cf5"), Color.web("#5b9cf5"),
            Color.web("#3a414b"));

    Color text() {
        return verdicts.text();
    }

    Color muted() {
        return verdicts.muted();
    }

    Color panel() {
        return verdicts.panel();
    }

    Color border() {
        return verdicts.border();
    }

    /** Follows the theme's colours through probe regions added to {@code children}. */
    static final class Probes {
        private static final List<String> NAMES = List.of("scale", "skip", "block", "invalid", "text", "muted",
                "panel", "border", "up", "down", "average", "highlight", "accent", "grid");

        private final List<Region> probes = new ArrayList<>();
        private final Node owner;
        private final Consumer<ChartColours> onChange;
        private ChartColours colours = LIGHT;

        Probes(Node owner, ObservableList<Node> children, Consumer<ChartColours> onChange) {
            this.owner = owner;
            this.onChange = onChange;
            for (String name : NAMES) {
                Region probe = new Region();
                probe.getStyleClass().addAll("chart-probe", "chart-probe-" + name);
                probe.setManaged(false);
                probe.setMouseTransparent(true);
                probe.resize(0, 0);
                probe.backgroundProperty().addListener((obs, o, n) -> update());
                probes.add(probe);
                children.add(probe);
            }
            owner.sceneProperty().addListener((obs, o, n) -> update());
        }

        ChartColours colours() {
            return colours;
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
            ChartColours f = scene != null && scene.getStylesheets().stream().anyMatch(s -> s.contains("theme-dark"))
                    ? DARK : LIGHT;
            LandscapePalette v = f.verdicts;
            ChartColours next = new ChartColours(new LandscapePalette(or(c[0], v.scale()), or(c[1], v.skip()),
                    or(c[2], v.block()), or(c[3], v.invalid()), or(c[4], v.text()), or(c[5], v.muted()),
                    or(c[6], v.panel()), or(c[7], v.border())), or(c[8], f.up), or(c[9], f.down),
                    or(c[10], f.average), or(c[11], f.highlight), or(c[12], f.accent), or(c[13], f.grid));
            if (!next.equals(colours)) {
                colours = next;
                onChange.accept(next);
            }
        }

        private static Color or(Color c, Color fallback) {
            return c == null ? fallback : c;
        }
    }
}
