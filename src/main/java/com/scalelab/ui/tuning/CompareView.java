package com.scalelab.ui.tuning;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.tuning.VerdictDiff;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyDiff;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Compare tab: A (the policy being edited, or a file) against B (its saved version, or a
 * file): differing fields, the scenarios of the packs judged differently, both replays of the
 * run being replayed and the bars where they decide differently, highlighted on the replay chart.
 * A differing bar or scenario opens in the simulator under A or under B; when that policy is not
 * the one being edited it becomes the edit (one undo step brings the previous policy back).
 */
public final class CompareView extends BorderPane {
    /** What the tab needs from the window. */
    public record Host(Supplier<ScalingPolicy> edited, Supplier<ScalingPolicy> saved, Consumer<ScalingPolicy> edit,
                       Supplier<RunSettings> run, Supplier<BarSeries> bars, Consumer<BitSet> highlight,
                       BiConsumer<ScalingContext, String> inspect, Supplier<DialogService> dialogs,
                       TaskExecutor tasks) {
    }

    private final Host host;
    private ScalingPolicy fileA;
    private String fileAName;
    private ScalingPolicy fileB;
    private String fileBName;
    private List<Path> scenarioFiles;
    private PolicyComparison result;
    private TaskExecutor.Running job;

    private final Label aLabel = new Label();
    private final Label bLabel = new Label();
    private final Label packLabel = new Label();
    private final Label status = new Label();
    private final Label summaryA = new Label();
    private final Label summaryB = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button compareButton = new Button("Compare");
    private final TableView<PolicyDiff.FieldChange> fieldsTable = new TableView<>();
    private final TableView<VerdictDiff.ScenarioDifference> scenariosTable = new TableView<>();
    private final TableView<VerdictDiff.BarDifference> barsTable = new TableView<>();

    public CompareView(Host host) {
        this.host = host;
        getStyleClass().add("compare-view");
        setPadding(new Insets(6));
        scenarioFiles = defaultPack();

        Button aEdited = new Button("A = policy being edited");
        aEdited.setOnAction(e -> {
            fileA = null;
            showSources();
        });
        Button aFile = new Button("A from file…");
        aFile.setOnAction(e -> chooseFile(true));
        Button bSaved = new Button("B = its saved version");
        bSaved.setOnAction(e -> {
            fileB = null;
            showSources();
        });
        Button bFile = new Button("B from file…");
        bFile.setId("compareBFile");
        bFile.setOnAction(e -> chooseFile(false));
        Button pack = new Button("Scenario files…");
        pack.setOnAction(e -> choosePack());
        compareButton.setId("compareRun");
        compareButton.setOnAction(e -> compare());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancel());
        progress.setVisible(false);
        progress.setPrefWidth(100);
        aLabel.setId("compareA");
        bLabel.setId("compareB");
        HBox rowA = new HBox(6, bold("A"), aLabel, aEdited, aFile);
        HBox rowB = new HBox(6, bold("B"), bLabel, bSaved, bFile);
        HBox rowP = new HBox(6, bold("Scenarios"), packLabel, pack, compareButton, cancel, progress);
        for (HBox r : List.of(rowA, rowB, rowP)) {
            r.setAlignment(Pos.CENTER_LEFT);
        }
        status.setId("compareStatus");
        status.setWrapText(true);
        setTop(new VBox(4, rowA, rowB, rowP, status));

        column(fieldsTable, "Field", 220, PolicyDiff.FieldChange::path);
        column(fieldsTable, "A", 160, f -> f.a() == null ? "(not set)" : f.a());
        column(fieldsTable, "B", 160, f -> f.b() == null ? "(not set)" : f.b());
        fieldsTable.setPlaceholder(new Label("No field differs."));
        fieldsTable.setId("compareFields");

        column(scenariosTable, "Scenario", 240, VerdictDiff.ScenarioDifference::scenario);
        column(scenariosTable, "A verdict / reason", 230, d -> verdict(d.a()));
        column(scenariosTable, "B verdict / reason", 230, d -> verdict(d.b()));
        column(scenariosTable, "New SCALE", 100, d -> d.isNewScale() ? "NEW SCALE" : "");
        scenariosTable.setPlaceholder(new Label("Every scenario gets the same verdict and reason."));
        scenariosTable.setId("compareScenarios");

        column(barsTable, "Bar", 60, d -> Integer.toString(d.bar()));
        column(barsTable, "Time", 150, d -> d.time() == null ? "" : d.time().toString());
        column(barsTable, "A decided", 200, d -> d.a() == null ? "(no proposal)" : verdict(d.a().reasonCode()));
        column(barsTable, "B decided", 200, d -> d.b() == null ? "(no proposal)" : verdict(d.b().reasonCode()));
        column(barsTable, "A on B's", 180, d -> d.aOnB() == null ? "" : verdict(d.aOnB()));
        column(barsTable, "B on A's", 180, d -> d.bOnA() == null ? "" : verdict(d.bOnA()));
        column(barsTable, "New SCALE", 100, d -> d.isNewScale() ? "NEW SCALE" : "");
        barsTable.setPlaceholder(new Label("No replay compared: open a run in the Replay tab, then Compare."));
        barsTable.setId("compareBars");

        Button underA = new Button("Inspect under A");
        underA.setId("inspectUnderA");
        underA.setOnAction(e -> inspectSelected(true));
        Button underB = new Button("Inspect under B");
        underB.setId("inspectUnderB");
        underB.setOnAction(e -> inspectSelected(false));
        underA.setTooltip(new Tooltip("Opens the selected scenario or bar in the simulator under A"));
        underB.setTooltip(new Tooltip("Opens it under B: B becomes the policy being edited (Undo brings it back)"));
        summaryA.setId("compareSummaryA");
        summaryB.setId("compareSummaryB");
        HBox summaries = new HBox(24, summaryA, summaryB);
        HBox inspect = new HBox(6, new Label("Selected row:"), underA, underB);
        inspect.setAlignment(Pos.CENTER_LEFT);
        VBox replayBox = new VBox(4, bold("Over the run being replayed"), summaries, barsTable, inspect);
        VBox.setVgrow(barsTable, Priority.ALWAYS);
        VBox fieldsBox = new VBox(4, bold("Fields that differ"), fieldsTable);
        VBox.setVgrow(fieldsTable, Priority.ALWAYS);
        VBox scenariosBox = new VBox(4, bold("Scenarios judged differently"), scenariosTable);
        VBox.setVgrow(scenariosTable, Priority.ALWAYS);
        SplitPane top = new SplitPane(fieldsBox, scenariosBox);
        top.setDividerPositions(0.38);
        SplitPane all = new SplitPane(top, replayBox);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.4);
        setCenter(all);
        BorderPane.setMargin(all, new Insets(6, 0, 0, 0));
        // one selection across the two verdict tables: the Inspect buttons act on the last one chosen
        scenariosTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                barsTable.getSelectionModel().clearSelection();
            }
        });
        barsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                scenariosTable.getSelectionModel().clearSelection();
            }
        });
        showSources();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static <T> void column(TableView<T> table, String title, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        table.getColumns().add(c);
    }

    static String verdict(ReasonCode r) {
        return r == null ? "(none)" : r.decision() + " / " + r.name();
    }

    /** The sample scenarios beside the app (sample-policies/scenarios), if they are there. */
    static List<Path> defaultPack() {
        Path dir = Path.of("sample-policies", "scenarios");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private void showSources() {
        aLabel.setText(fileA == null ? "the policy being edited (" + name(host.edited().get()) + ")" : fileAName);
        bLabel.setText(fileB == null ? "the saved version of the policy being edited" : fileBName);
        packLabel.setText(scenarioFiles.size() + " scenario file" + (scenarioFiles.size() == 1 ? "" : "s")
                + (scenarioFiles.isEmpty() ? "" : " (" + scenarioFiles.get(0).getParent() + ")"));
    }

    private static String name(ScalingPolicy p) {
        return p == null || p.name() == null ? "untitled" : p.name();
    }

    private void chooseFile(boolean forA) {
        DialogService d = host.dialogs().get();
        if (d == null) {
            return;
        }
        d.chooseFileToOpen(new DialogService.FileRequest(forA ? "Policy A" : "Policy B", "policy", null, null,
                "Policy files (*.json)", "json")).ifPresent(f -> useFile(forA, f));
    }

    /** Takes a policy file as A or B; a file that does not load is reported and changes nothing. */
    public boolean useFile(boolean forA, Path file) {
        try {
            ScalingPolicy p = PolicyFiles.load(file);
            if (forA) {
                fileA = p;
                fileAName = file.getFileName().toString();
            } else {
                fileB = p;
                fileBName = file.getFileName().toString();
            }
            showSources();
            return true;
        } catch (FileRefusedException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(x -> problems.add(x.toString()));
            status.setText(file.getFileName() + " is not a policy this lab can read: " + String.join("; ", problems));
            return false;
        }
    }

    private void choosePack() {
        DialogService d = host.dialogs().get();
        if (d == null) {
            return;
        }
        List<Path> files = d.chooseFilesToOpen(new DialogService.FileRequest("Scenario files to compare on", "scenario",
                null, null, "Scenario files (*.json)", "json"));
        if (!files.isEmpty()) {
            scenarioFiles = List.copyOf(files);
            showSources();
        }
    }

    public void setScenarioFiles(List<Path> files) {
        scenarioFiles = List.copyOf(files);
        showSources();
    }

    /** Runs the comparison in the background; the result fills the tables and highlights the chart. */
    public void compare() {
        ScalingPolicy a = fileA != null ? fileA : host.edited().get();
        ScalingPolicy b = fileB != null ? fileB : host.saved().get();
        if (a == null || b == null) {
            status.setText("Nothing to compare: B has no saved version; choose a file for B.");
            return;
        }
        cancel();
        RunSettings run = host.run().get();
        BarSeries bars = host.bars().get();
        List<Path> pack = scenarioFiles;
        progress.setVisible(true);
        status.setText("Comparing…");
        TaskExecutor.Running[] mine = new TaskExecutor.Running[1];
        mine[0] = host.tasks().run("Compare policies", p -> PolicyComparison.compare(a, b, pack, run, bars,
                new ReplayProgress() {
                    @Override
                    public boolean isCancelled() {
                        return p.isCancelled();
                    }
                }), new TaskExecutor.Outcome<>(c -> {
                    if (job == mine[0] || job == null) {
                        done();
                        show(c);
                    }
                }, () -> {
                    if (job == mine[0] || job == null) {
                        done();
                        status.setText("Comparison cancelled.");
                    }
                }, e -> {
                    if (job == mine[0] || job == null) {
                        done();
                        status.setText("The comparison failed: " + e.getMessage());
                    }
                }));
        if (!mine[0].isDone()) {
            job = mine[0];
        }
    }

    private void done() {
        job = null;
        progress.setVisible(false);
    }

    public void cancel() {
        if (job != null) {
            job.cancel();
            done();
            status.setText("Comparison cancelled.");
        }
    }

    private void show(PolicyComparison c) {
        result = c;
        fieldsTable.setItems(FXCollections.observableArrayList(c.fields()));
        scenariosTable.setItems(FXCollections.observableArrayList(c.scenarios()));
        barsTable.setItems(FXCollections.observableArrayList(c.bars()));
        summaryA.setText(summary("A", c.replayA() == null ? null : c.replayA().summary()));
        summaryB.setText(summary("B", c.replayB() == null ? null : c.replayB().summary()));
        if (c.replayA() != null) {
            host.highlight().accept(c.differingBars());
        }
        StringBuilder s = new StringBuilder();
        s.append(c.isSame() ? "No differences: " : "").append(c.fields().size()).append(" field(s) differ; ")
                .append(c.scenarios().size()).append(" of ").append(c.scenarioCount()).append(" scenarios judged differently");
        if (c.replayA() != null) {
            s.append("; ").append(c.bars().size()).append(" bar(s) decided differently (highlighted on the replay chart)");
        } else {
            s.append("; no run open in the Replay tab, so no replay compared");
        }
        int fresh = c.newScaleCount();
        s.append(fresh > 0 ? String.format(Locale.ROOT, ". B gives SCALE in %d place%s where A did not.", fresh,
                fresh == 1 ? "" : "s") : ". B gives no new SCALE.");
        if (!c.problems().isEmpty()) {
            s.append(" Skipped: ").append(String.join("; ", c.problems()));
        }
        status.setText(s.toString());
    }

    private static String summary(String who, ReplaySummary s) {
        if (s == null) {
            return who + ": no replay";
        }
        return String.format(Locale.ROOT, "%s: P&L %,.2f   max DD %.2f%%   approved entries %d   cycles %d   "
                + "max risk %.2f%%", who, s.pnl(), s.maxDrawdownPct(), s.approvedEntries(), s.cycles(), s.maxRiskPct());
    }

    /** Opens the selected scenario or bar in the simulator under A (true) or B. */
    public boolean inspectSelected(boolean underA) {
        if (result == null) {
            return false;
        }
        ScalingContext ctx;
        String name;
        VerdictDiff.ScenarioDifference sd = scenariosTable.getSelectionModel().getSelectedItem();
        VerdictDiff.BarDifference bd = barsTable.getSelectionModel().getSelectedItem();
        if (sd != null) {
            ctx = result.scenarioContext(sd.scenario());
            name = sd.scenario();
        } else if (bd != null) {
            ctx = result.barContext(bd);
            name = "bar " + bd.bar() + (bd.time() == null ? "" : " (" + bd.time() + ")");
        } else {
            status.setText("Select a scenario or a bar first.");
            return false;
        }
        ScalingPolicy p = underA ? result.a() : result.b();
        if (!p.equals(host.edited().get())) {
            host.edit().accept(p);
            status.setText((underA ? "A" : "B") + " is now the policy being edited (Edit > Undo brings the previous "
                    + "one back); " + name + " is in the simulator.");
        } else {
            status.setText(name + " is in the simulator under " + (underA ? "A" : "B") + ".");
        }
        host.inspect().accept(ctx, name);
        return true;
    }

    public TableView<PolicyDiff.FieldChange> fieldsTable() {
        return fieldsTable;
    }

    public TableView<VerdictDiff.ScenarioDifference> scenariosTable() {
        return scenariosTable;
    }

    public TableView<VerdictDiff.BarDifference> barsTable() {
        return barsTable;
    }

    public PolicyComparison result() {
        return result;
    }

    public String statusText() {
        return status.getText();
    }
}
