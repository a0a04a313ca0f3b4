package com.scalelab.ui.landscape;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A node's snapshot encoded as PNG bytes, without javafx-swing; the caller writes them through
 * AtomicFiles, so a failing encoder or a full disk never leaves half an image over the old one.
 * Snapshot on the FX thread.
 */
final class PngFiles {
    private PngFiles() {
    }

    /** Turns a node into the bytes of a PNG file; a seam so tests can make the encoder fail. */
    @FunctionalInterface
    interface Encoder {
        byte[] encode(Node node) throws IOException;
    }

    static byte[] encode(Node node) throws IOException {
        WritableImage image = node.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(out);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
