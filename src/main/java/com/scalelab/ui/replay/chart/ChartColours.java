package com.scalelab.ui.replay.chart;

import com.scalelab.ui.app.ThemeProbes;
import com.scalelab.ui.landscape.LandscapePalette;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
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

        private final ThemeProbes probes;
        private final Consumer<ChartColours> onChange;
        private ChartColours colours = LIGHT;

        Probes(Node owner, ObservableList<Node> children, Consumer<ChartColours> onChange) {
            this.onChange = onChange;
            this.probes = new ThemeProbes(owner, children, "chart-probe", "chart-probe-", NAMES, this::update);
        }

        ChartColours colours() {
            return colours;
        }

        private void update() {
            if (probes == null) {
                return; // a restyle during construction: the first pulse reads the colours
            }
            ChartColours f = probes.isDark() ? DARK : LIGHT;
            LandscapePalette v = f.verdicts;
            ChartColours next = new ChartColours(new LandscapePalette(probes.colour(0, v.scale()),
                    probes.colour(1, v.skip()), probes.colour(2, v.block()), probes.colour(3, v.invalid()),
                    probes.colour(4, v.text()), probes.colour(5, v.muted()), probes.colour(6, v.panel()),
                    probes.colour(7, v.border())), probes.colour(8, f.up), probes.colour(9, f.down),
                    probes.colour(10, f.average), probes.colour(11, f.highlight), probes.colour(12, f.accent),
                    probes.colour(13, f.grid));
            if (!next.equals(colours)) {
                colours = next;
                onChange.accept(next);
            }
        }
    }
}
