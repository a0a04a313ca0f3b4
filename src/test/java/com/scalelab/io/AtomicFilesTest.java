package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesOldOne() throws Exception {
        Path file = dir.resolve("policy.json");
        AtomicFiles.write(file, "first\n");
        assertThat(Files.readString(file)).isEqualTo("first\n");
        AtomicFiles.write(file, "second, ünïcødé\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("second, ünïcødé\n");
        assertThat(otherFiles(file)).isEmpty();
    }

    @Test
    void failureWhileWritingLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("policy.json");
        AtomicFiles.write(file, "old content\n");
        assertThatThrownBy(() -> AtomicFiles.writeBytes(file, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old content\n");
        assertThat(otherFiles(file)).isEmpty();
    }

    @Test
    void failureToReplaceLeavesTheTargetAsItWas() throws Exception {
        // The target is a non-empty directory: the final move cannot replace it.
        Path target = dir.resolve("taken");
        Files.createDirectories(target.resolve("inside"));
        assertThatThrownBy(() -> AtomicFiles.write(target, "new")).isInstanceOf(IOException.class);
        assertThat(target.resolve("inside")).isDirectory();
        assertThat(otherFiles(target)).isEmpty();
    }

    @Test
    void aMissingFolderIsCreated() throws Exception {
        Path file = dir.resolve("reports/2026/p.json");
        AtomicFiles.write(file, "x");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnErrorNotACrash() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
        assertThatThrownBy(() -> AtomicFiles.write(notAFolder.resolve("p.json"), "x"))
                .isInstanceOf(IOException.class).hasMessage(notAFolder + " is a file, not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file");
    }

    @Test
    void aStreamingBodyThatFailsMidwayLeavesTheOldFile() throws Exception {
        Path target = dir.resolve("audit.csv");
        AtomicFiles.write(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, (Writer out) -> {
            out.write("half a file");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(otherFiles(target)).isEmpty();
    }

    @Test
    void aStreamingBodyThatGivesUpLeavesTheOldFileAndTheCancellationPassesThrough() throws Exception {
        Path target = dir.resolve("audit.jsonl");
        AtomicFiles.write(target, "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, (Writer out) -> {
            // More than the 64 KiB buffer, so part of it has reached the temporary file.
            out.write("x".repeat(200_000));
            throw new CancellationException("export cancelled");
        })).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(otherFiles(target)).isEmpty();
    }

    @Test
    void bytesAreWrittenAsGiven() throws Exception {
        Path target = dir.resolve("map.png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff};
        AtomicFiles.write(target, png);
        assertThat(Files.readAllBytes(target)).containsExactly(png);
    }

    @Test
    void aStreamedTextIsUtf8AndWhole() throws Exception {
        Path target = dir.resolve("audit.csv");
        AtomicFiles.write(target, (Writer out) -> {
            for (int i = 0; i < 10_000; i++) {
                out.write("ligne ünïcødé " + i + "\r\n");
            }
        });
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(10_000);
        assertThat(lines.get(9_999)).isEqualTo("ligne ünïcødé 9999");
    }

    @Test
    void savedFileKeepsTheOldFilesPermissions() throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "old");
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        Path fresh = dir.resolve("fresh.json");
        AtomicFiles.write(fresh, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    private List<Path> otherFiles(Path keep) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(f -> !f.equals(keep)).toList();
        }
    }
}
