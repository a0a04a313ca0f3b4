package com.scalelab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit exports through the one atomic writer: cancel or fail midway and the old file stays. */
class AuditExportFilesTest {
    @TempDir
    Path dir;

    private final AuditRecorder recorder = new AuditRecorder(true, "test");

    private List<AuditRecord> manyRecords(int n) {
        AuditRecord one = AuditFixtures.record(recorder, "record", AuditFixtures.approvedAdd());
        List<AuditRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(one);
        }
        return out;
    }

    /** Cancels once the export has passed {@code after} records. */
    private static final class CancelAfter implements ExportProgress {
        final long after;
        long lastDone = -1;

        CancelAfter(long after) {
            this.after = after;
        }

        @Override
        public void update(long done, long total) {
            lastDone = done;
        }

        @Override
        public boolean isCancelled() {
            return lastDone >= after;
        }
    }

    private List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @Test
    void cancelledCsvExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("audit.csv");
        Files.writeString(target, "old content");
        CancelAfter progress = new CancelAfter(1000);

        assertThatThrownBy(() -> AuditCsv.export(manyRecords(5000), target, progress))
                .isInstanceOf(CancellationException.class);

        assertThat(progress.lastDone).as("the export had started writing").isGreaterThanOrEqualTo(1000);
        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void cancelledJsonLinesExportLeavesNoFileWhenThereWasNone() throws IOException {
        Path target = dir.resolve("audit.jsonl");

        assertThatThrownBy(() -> AuditJsonLines.export(manyRecords(5000), target, new CancelAfter(512)))
                .isInstanceOf(CancellationException.class);

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void successfulExportReplacesTheOldFileWhole() throws IOException {
        Path target = dir.resolve("audit.csv");
        Files.writeString(target, "old content that is longer than nothing");
        List<AuditRecord> records = manyRecords(3);

        AuditCsv.export(records, target, ExportProgress.NONE);

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(AuditCsv.toCsv(records));
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void exportIntoAMissingFolderCreatesIt() throws IOException {
        Path target = dir.resolve("reports/2026/audit.jsonl");

        AuditJsonLines.export(manyRecords(2), target, ExportProgress.NONE);

        assertThat(Files.readAllLines(target)).hasSize(2);
    }

    @Test
    void progressIsReportedUpToTheTotal() throws IOException {
        List<long[]> updates = new ArrayList<>();
        ExportProgress progress = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        AuditCsv.export(manyRecords(600), dir.resolve("a.csv"), progress);

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(600, 600);
        assertThat(updates).extracting(u -> u[0]).isSorted();
    }
}
