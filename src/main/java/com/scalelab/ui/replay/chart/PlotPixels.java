package com.scalelab.ui.replay.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;

/**
 * A strip of the canvas painted as pixels: the zoomed-out layers (grid rows, highlighted
 * columns, one-pixel bars or envelope columns, the verdict band, dense positions) are set in an
 * int buffer and handed to the canvas in one {@code setPixels}, instead of thousands of
 * rectangles the renderer would fill one by one. Everything outside the strip's clip (the
 * price pane or the band rows given to each call) is dropped.
 */
final class PlotPixels {
    private static final PixelFormat<java.nio.IntBuffer> ARGB = PixelFormat.getIntArgbInstance();

    private int[] px = new int[0];
    private int width;
    private int height;
    /** Canvas row of the strip's first row. */
    private int top;

    /** A strip {@code width} x {@code height} whose first row is canvas row {@code top}, filled with {@code argb}. */
    void reset(int width, int top, int height, int argb) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.top = top;
        int n = this.width * this.height;
        if (px.length < n) {
            px = new int[n];
        }
        java.util.Arrays.fill(px, 0, n, argb);
    }

    /** Columns x0 (inclusive) to x1 (exclusive), canvas rows y0 to y1 inclusive, kept within rows [clipTop, clipBottom]. */
    void fill(int x0, int x1, int y0, int y1, int clipTop, int clipBottom, int argb) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width, x1);
        int ya = Math.max(Math.max(y0, clipTop), top) - top;
        int yb = Math.min(Math.min(y1, clipBottom), top + height - 1) - top;
        for (int y = ya; y <= yb; y++) {
            int row = y * width;
            for (int x = xa; x < xb; x++) {
                px[row + x] = argb;
            }
        }
    }

    /** Mixes {@code colour} at {@code alpha} into columns x0..x1 (exclusive), canvas rows y0..y1 inclusive. */
    void blend(int x0, int x1, int y0, int y1, Color colour, double alpha) {
        int xa = Math.max(0, x0);
        int xb = Math.min(width, x1);
        int ya = Math.max(y0, top) - top;
        int yb = Math.min(y1, top + height - 1) - top;
        int a = (int) Math.round(alpha * 256);
        int r = (int) Math.round(colour.getRed() * 255) * a;
        int g = (int) Math.round(colour.getGreen() * 255) * a;
        int b = (int) Math.round(colour.getBlue() * 255) * a;
        int keep = 256 - a;
        for (int y = ya; y <= yb; y++) {
            int row = y * width;
            for (int x = xa; x < xb; x++) {
                int p = px[row + x];
                int pr = (((p >> 16) & 0xFF) * keep + r) >> 8;
                int pg = (((p >> 8) & 0xFF) * keep + g) >> 8;
                int pb = ((p & 0xFF) * keep + b) >> 8;
                px[row + x] = 0xFF000000 | (pr << 16) | (pg << 8) | pb;
            }
        }
    }

    void writeTo(GraphicsContext g) {
        if (width > 0 && height > 0) {
            g.getPixelWriter().setPixels(0, top, width, height, ARGB, px, 0, width);
        }
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
