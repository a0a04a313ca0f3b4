package com.scalelab.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way ScaleLab writes a file (policy, scenario, audit exports, ladder CSV, PNG): readers
 * see either the old content or the new, never half of it. The content goes to a temporary file in
 * the target's folder (same file system, so the move can be atomic), is flushed to disk, then moved
 * over the target. If anything fails, or a streaming body gives up with a CancellationException,
 * the temporary file is deleted and the old file is left as it was.
 *
 * <p>A missing folder is created (an export to "reports/2026/audit.jsonl" should just work); a
 * file standing where a folder is needed is an IOException saying so.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Streams text into the file; may fail midway, or throw CancellationException to give up. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;

        /** The text a body writes, in memory: for small logs and tests (files stream instead). */
        static String render(Body body) {
            StringWriter out = new StringWriter();
            try {
                body.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
    }

    /** Produces raw bytes into a stream; may fail midway. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes UTF-8 text atomically. */
    public static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeBytes(file, out -> out.write(bytes));
    }

    /** Writes bytes (an encoded PNG, say) atomically. */
    public static void write(Path file, byte[] bytes) throws IOException {
        writeBytes(file, out -> out.write(bytes));
    }

    /** Streams UTF-8 text atomically, buffered: for exports too large to build in memory first. */
    public static void write(Path file, Body body) throws IOException {
        writeBytes(file, out -> {
            // Not closed here: closing would close the channel before it is forced to disk.
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(writer);
            writer.flush();
        });
    }

    static void writeBytes(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null) {
            throw new IOException(file + ": has no folder to write in");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file, not a folder");
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write in " + dir + ": " + reason(e), e);
        }
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true); // on disk before it replaces the old file
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
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

    /**
     * A temporary file is private (rw-------); the saved file should keep the old file's permissions,
     * or be readable like any new file, so a service reading the policy still can.
     */
    private static void keepPermissions(Path target, Path temp) {
        try {
            if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return;
            }
            Set<PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // Permissions are a courtesy; the content is what must be saved.
        }
    }
}
