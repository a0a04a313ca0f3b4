package com.scalelab.ui.landscape;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.AxisRange;
import com.scalelab.engine.landscape.DecisionTrack;
import com.scalelab.engine.landscape.Figures;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.ui.app.VerdictBadge;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Region;

/**
 * A verdict-coloured slider track: the verdict along one input's whole range with every other
 * input held, in the map's colours and patterns, with a tick at the current value. Put it under
 * (or behind) a what-if slider with the same range. A track is a few hundred decisions: computed
 * on the FX thread.
 */
public class DecisionTrackStrip extends Region {
    private final Canvas canvas = new Canvas(200, 10);
    private final Tooltip tooltip = new Tooltip();
    private final PaletteProbes probes;
    private LandscapePalette palette = LandscapePalette.LIGHT;
    private DecisionTrack track;
    private double current = Double.NaN;
    private int priceDecimals = Figures.MIN_PRICE_DECIMALS;

    public DecisionTrackStrip() {
        getStyleClass().add("decision-track");
        getStylesheets().add(DecisionTrackStrip.class.getResource("/styles/landscape.css").toExternalForm());
        getChildren().add(canvas);
        probes = new PaletteProbes(this, getChildren(), p -> {
            palette = p;
            draw();
        });
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> {
            if (track != null && canvas.getWidth() > 0) {
                double v = track.range().min() + e.getX() / canvas.getWidth() * track.range().span();
                ReasonCode r = track.reasonNear(v);
                boolean price = track.input() == WhatIfInput.PRICE || track.input() == WhatIfInput.ATR;
                tooltip.setText(VerdictBadge.text(r.decision()) + " · " + LandscapePalette.reasonWords(r)
                        + " at " + (price ? Figures.price(v, priceDecimals) : DecisionMapView.trim(Math.round(v * 1e4) / 1e4)));
            }
        });
    }

    /** The track of one input over its default range (as the decision map's axes use). */
    public void show(ScalingPolicy policy, ScalingContext ctx, WhatIfInput input) {
        show(policy, ctx, input, AxisRange.defaultFor(input, policy, ctx));
    }

    /** The track of one input over the slider's own range, prices in the what-if panel's decimals. */
    public void show(ScalingPolicy policy, ScalingContext ctx, WhatIfInput input, AxisRange range, int priceDecimals) {
        this.priceDecimals = priceDecimals;
        show(policy, ctx, input, range);
    }

    /** The track of one input over the slider's own range. */
    public void show(ScalingPolicy policy, ScalingContext ctx, WhatIfInput input, AxisRange range) {
        int samples = Math.max(2, (int) Math.max(canvas.getWidth(), 200));
        track = DecisionTrack.compute(policy, ctx, input, range, samples);
        current = WhatIfPoint.of(ctx).get(input);
        draw();
    }

    public DecisionTrack track() {
        return track;
    }

    /** The x (in this strip) where a value of the track's input is drawn. */
    public double xOf(double value) {
        return track == null ? Double.NaN
                : canvas.getLayoutX() + (value - track.range().min()) / track.range().span() * canvas.getWidth();
    }

    private void draw() {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (track == null || w <= 0 || h <= 0) {
            return;
        }
        int[] fill = palette.argbByReason();
        int[] pattern = palette.patternArgbByReason();
        int[] px = new int[w * h];
        for (int x = 0; x < w; x++) {
            int i = Math.min(track.samples() - 1, (int) ((long) x * track.samples() / w));
            int[] col = MapPixels.swatch(track.reasonAt(i), 1, h, fill, pattern);
            for (int y = 0; y < h; y++) {
                px[y * w + x] = col[y];
            }
        }
        g.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        if (Double.isFinite(current) && track.range().contains(current)) {
            double x = xOf(current) - canvas.getLayoutX();
            g.setStroke(palette.text());
            g.setLineWidth(2);
            g.strokeLine(x, 0, x, h);
        }
        g.setStroke(palette.border());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.setLayoutX(snappedLeftInset());
        canvas.setLayoutY(snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 10;
    }
}
