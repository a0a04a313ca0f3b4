package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
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
    void missingDirectoryIsAnErrorNotACrash() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/dir/p.json"), "x"))
                .isInstanceOf(IOException.class);
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
