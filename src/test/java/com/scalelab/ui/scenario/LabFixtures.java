package com.scalelab.ui.scenario;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.ViewLoader;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.verdict.VerdictController;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * A conservative trend pyramid (the contract's example policy) and a LONG position with one entry
 * at 100, ATR 2, stop 95; the proposed add at 101 is only 0.5 ATR away, so the verdict starts SKIP.
 */
public final class LabFixtures {
    public static final Instant FIRST_TIME = Instant.parse("2026-01-05T14:30:00Z");

    private LabFixtures() {
    }

    public static ScalingPolicy conservativePyramid() {
        return com.scalelab.ContractExample.pyramidPolicy();
    }

    public static ScalingContext longOneEntryAt100() {
        return new ScalingContext("ES", 100_000,
                new Position(Direction.LONG, 95.0, List.of(new Entry(100.0, 10, FIRST_TIME, 120))),
                10, List.of(), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 101.0, 5, Instant.parse("2026-01-05T16:00:00Z"), 126, 0.8));
    }

    public static LabSession session() {
        return new LabSession(conservativePyramid(), longOneEntryAt100());
    }

    /**
     * Scenario view beside the verdict view, as the main window shows them. The scenario's dialogs
     * are a fake that answers Don't Save, so a Reset after what-if moves goes through as a user's would.
     */
    public record Views(LabSession session, ScenarioController scenario, VerdictController verdict, Scene scene,
                        FakeDialogService dialogs) {
    }

    public static Views show(Stage stage, LabSession session) {
        ViewLoader loader = new ViewLoader(session);
        ViewLoader.Loaded<ScenarioController> scenario = loader.load("scenario.fxml");
        ViewLoader.Loaded<VerdictController> verdict = loader.load("verdict.fxml");
        SplitPane split = new SplitPane(scenario.root(), verdict.root());
        split.setDividerPositions(0.5);
        Scene scene = new Scene(split, 1280, 800);
        scene.getStylesheets().add(themeUrl());
        stage.setScene(scene);
        stage.show();
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.saveAnswer = DialogService.SaveChoice.DONT_SAVE;
        scenario.controller().setDialogs(dialogs);
        return new Views(session, scenario.controller(), verdict.controller(), scene, dialogs);
    }

    /** The real light theme when it is on the class path, else a stand-in with the same colour names. */
    public static String themeUrl() {
        URL real = LabFixtures.class.getResource("/styles/theme-light.css");
        URL url = real != null ? real : LabFixtures.class.getResource("test-theme.css");
        return url.toExternalForm();
    }

}
