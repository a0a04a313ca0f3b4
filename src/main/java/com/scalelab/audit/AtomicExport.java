package com.scalelab.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

/**
 * Writes a possibly large export without ever leaving a half-written file: the text streams into a
 * temporary file in the target's directory (so the final move stays on one file system), which is
 * flushed to disk and then moved over the target in one step. On failure or cancellation the
 * temporary file is deleted and any previous target is left untouched.
 */
public final class AtomicExport {
    private AtomicExport() {
    }

    /** The body that streams the content. It may throw CancellationException to give up. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** The text a body writes, in memory: for small logs and tests (exports stream instead). */
    static String render(Body body) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void write(Path target, Body body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a folder");
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new IOException("cannot write in " + dir + ": " + reason(e), e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 Writer out = new BufferedWriter(
                         new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                         1 << 16)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Throws CancellationException when the user cancelled; called by bodies between records. */
    static void checkCancelled(ExportProgress progress) {
        if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("export cancelled");
        }
    }
}
