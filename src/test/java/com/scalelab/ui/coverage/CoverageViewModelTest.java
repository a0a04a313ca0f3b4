package com.scalelab.ui.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.cli.ScaleLabCommand;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.coverage.PolicyCoverage;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.SameThreadTaskExecutor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's coverage of opened packs is the command line's: same items, same counts, no toolkit needed. */
class CoverageViewModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> samplePacks() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("sample-policies/scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void thePacksOpenedInTheAppCoverWhatEvaluateCoverageReports() throws Exception {
        List<Path> packs = samplePacks();
        var inForce = PolicyFiles.load(Path.of("sample-policies/trend-pyramid-conservative.json"));
        CoverageViewModel model = new CoverageViewModel(new SameThreadTaskExecutor(), () -> inForce);
        model.add(packs.subList(0, 10));
        model.add(packs.subList(10, packs.size()));

        List<Object> args = new ArrayList<>(List.of("evaluate", "--coverage"));
        args.addAll(packs);
        StringWriter out = new StringWriter();
        ScaleLabCommand.run(args.stream().map(Object::toString).toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        String[] lines = out.toString().split("\n");
        JsonNode cli = JSON.readTree(lines[lines.length - 1]);

        PolicyCoverage.Report app = model.reportProperty().get();
        assertThat(app.scenarios()).isEqualTo(packs.size()).isEqualTo(cli.get("scenarios").asInt());
        assertThat(app.items()).isEqualTo(cli.get("items").asInt());
        assertThat(app.coveredItems()).isEqualTo(cli.get("covered").asInt());
        assertThat(model.checks()).hasSize(com.scalelab.engine.CheckCatalogue.size());
        assertThat(model.limits()).hasSize(cli.get("limits").size());
        assertThat(model.headlineProperty().get()).startsWith(String.format(java.util.Locale.ROOT, "%.1f%% covered: %d of %d items over %d scenarios",
                app.percent(), app.coveredItems(), app.items(), packs.size()));
    }

    @Test
    void aBrokenFileIsListedAndTheOthersStillCount(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1,");
        CoverageViewModel model = new CoverageViewModel(new SameThreadTaskExecutor(), () -> null);
        model.add(List.of(samplePacks().get(0), broken));
        assertThat(model.reportProperty().get().scenarios()).isEqualTo(1);
        assertThat(model.problems()).hasSize(1);
        assertThat(model.problems().get(0)).startsWith(broken.toString() + ":");
        assertThat(model.headlineProperty().get()).endsWith("(1 problem loading files)");
    }

    @Test
    void theExportIsTheCommandLinesCoverageFile(@TempDir Path dir) throws Exception {
        Path pack = samplePacks().get(0);
        CoverageViewModel model = new CoverageViewModel(new SameThreadTaskExecutor(), () -> null);
        model.add(List.of(pack));
        Path fromApp = dir.resolve("app.json");
        model.exportJson(fromApp);
        Path fromCli = dir.resolve("cli.json");
        ScaleLabCommand.run(new String[]{"evaluate", "--coverage-file", fromCli.toString(), pack.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(Files.readString(fromApp)).isEqualTo(Files.readString(fromCli));
    }

    @Test
    void aCheckRowSaysWhatThePacksNeverMadeItDo() {
        assertThat(CoverageViewModel.missing(new PolicyCoverage.CheckLine(ReasonCode.SIGNAL_TOO_WEAK, 3, 0, 0)))
                .isEqualTo("never seen to fail, decide");
        assertThat(CoverageViewModel.missing(new PolicyCoverage.CheckLine(ReasonCode.SIGNAL_TOO_WEAK, 3, 1, 1)))
                .isEqualTo("✔ covered");
    }
}
