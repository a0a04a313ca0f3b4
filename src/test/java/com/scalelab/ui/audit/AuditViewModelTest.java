package com.scalelab.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.audit.AuditFixtures;
import com.scalelab.audit.AuditRecord;
import com.scalelab.audit.AuditRecorder;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ScalingContext;
import com.scalelab.ui.app.SameThreadTaskExecutor;
import com.scalelab.ui.app.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model's filter, counts and exports, without a toolkit (exports on the same thread). */
class AuditViewModelTest {
    private final AuditRecorder recorder = new AuditRecorder(false, "test");
    private final AuditViewModel vm = new AuditViewModel(recorder, new SameThreadTaskExecutor());

    private AuditRecord record(ScalingContext c) {
        return AuditFixtures.record(recorder, "record", c);
    }

    private void addMix() {
        vm.add(record(AuditFixtures.approvedAdd()));    // SCALE
        vm.add(record(AuditFixtures.tooSoon()));        // SKIP
        vm.add(record(AuditFixtures.ledgerMismatch())); // BLOCK
        vm.add(record(AuditFixtures.zeroAtr()));        // BLOCK (invalid input)
        vm.add(record(AuditFixtures.initialEntry()));   // SCALE
    }

    @Test
    void emptyLogSaysSo() {
        assertThat(vm.countTextProperty().get()).isEqualTo("0 decisions, 0 shown");
        assertThat(vm.shown()).isEmpty();
    }

    @Test
    void newestIsLast() {
        addMix();

        assertThat(vm.shown()).extracting(AuditRecord::decision).containsExactly(Decision.SCALE, Decision.SKIP,
                Decision.BLOCK, Decision.BLOCK, Decision.SCALE);
        assertThat(vm.countTextProperty().get()).isEqualTo("5 decisions, 5 shown");
    }

    @Test
    void filterShowsOneDecisionAndTheCountFollows() {
        addMix();

        vm.filterProperty().set(DecisionFilter.BLOCK);
        assertThat(vm.shown()).extracting(AuditRecord::decision).containsOnly(Decision.BLOCK).hasSize(2);
        assertThat(vm.countTextProperty().get()).isEqualTo("5 decisions, 2 shown");

        vm.filterProperty().set(DecisionFilter.SKIP);
        assertThat(vm.shown()).hasSize(1);
        assertThat(vm.countTextProperty().get()).isEqualTo("5 decisions, 1 shown");

        vm.add(record(AuditFixtures.approvedAdd()));
        assertThat(vm.shown()).hasSize(1);
        assertThat(vm.countTextProperty().get()).isEqualTo("6 decisions, 1 shown");

        vm.add(record(AuditFixtures.tooSoon()));
        assertThat(vm.countTextProperty().get()).isEqualTo("7 decisions, 2 shown");

        vm.filterProperty().set(DecisionFilter.ALL);
        assertThat(vm.shown()).hasSize(7);
        assertThat(vm.count(Decision.SCALE)).isEqualTo(3);
        assertThat(vm.count(Decision.SKIP)).isEqualTo(2);
        assertThat(vm.count(Decision.BLOCK)).isEqualTo(2);
    }

    @Test
    void largeCountsAreGroupedAndSingularIsSingular() {
        vm.add(record(AuditFixtures.tooSoon()));
        assertThat(vm.countTextProperty().get()).isEqualTo("1 decision, 1 shown");

        AuditRecord scale = record(AuditFixtures.approvedAdd());
        List<AuditRecord> batch = new ArrayList<>();
        for (int i = 0; i < 1233; i++) {
            batch.add(scale);
        }
        vm.addAll(batch);
        vm.filterProperty().set(DecisionFilter.SKIP);

        assertThat(vm.countTextProperty().get()).isEqualTo("1,234 decisions, 1 shown");
    }

    @Test
    void clearEmptiesTheLogAndTheCounts() {
        addMix();
        vm.filterProperty().set(DecisionFilter.SCALE);

        vm.clear();

        assertThat(vm.records()).isEmpty();
        assertThat(vm.shown()).isEmpty();
        assertThat(vm.count(Decision.SCALE)).isZero();
        assertThat(vm.countTextProperty().get()).isEqualTo("0 decisions, 0 shown");
        vm.add(record(AuditFixtures.approvedAdd()));
        assertThat(vm.countTextProperty().get()).isEqualTo("1 decision, 1 shown");
    }

    @Test
    void anExportWritesTheShownRecordsAndSaysWhere(@TempDir Path dir) throws Exception {
        addMix();
        vm.filterProperty().set(DecisionFilter.BLOCK);
        Path target = dir.resolve("blocks.csv");

        TaskExecutor.Running export = vm.export(ExportFormat.CSV, target);

        assertThat(export.isDone()).isTrue();
        List<List<String>> rows = com.scalelab.audit.Rfc4180Reader.parse(Files.readString(target));
        assertThat(rows).hasSize(1 + 2); // the header and the two BLOCK records
        assertThat(rows.subList(1, 3)).allMatch(r -> r.get(com.scalelab.audit.AuditCsv.COLUMNS.indexOf("decision")).equals("BLOCK"));
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 2 decisions to " + target + ".");
        assertThat(vm.exportingProperty().get()).isFalse();
    }

    @Test
    void aCancelledExportKeepsLastWeeksFile(@TempDir Path dir) throws Exception {
        SameThreadTaskExecutor later = SameThreadTaskExecutor.deferred();
        AuditViewModel log = new AuditViewModel(recorder, later);
        log.add(record(AuditFixtures.approvedAdd()));
        Path target = Files.writeString(dir.resolve("audit.jsonl"), "last week's export\n");

        log.export(ExportFormat.JSON_LINES, target);
        assertThat(log.exportingProperty().get()).isTrue();
        log.cancelExport();
        later.runPending();

        assertThat(Files.readString(target)).isEqualTo("last week's export\n");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(target);
        }
        assertThat(log.statusProperty().get()).isEqualTo("Export cancelled; audit.jsonl was not changed.");
        assertThat(log.exportingProperty().get()).isFalse();
    }
}
