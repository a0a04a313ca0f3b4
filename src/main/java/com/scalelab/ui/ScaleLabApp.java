package com.scalelab.ui;

import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FxDialogService;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application: opens the main window with the default sample policy and scenario
 * already judged, so a verdict shows in the first second with nothing to configure.
 */
public class ScaleLabApp extends Application {
    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 700;

    /** Null until start: the desktop's dialogs need the stage as their owner. */
    private DialogService dialogs;
    private LabSession session;
    private MainController main;

    public ScaleLabApp() {
        this(null);
    }

    /** With other dialogs, e.g. a fake in tests (no real file chooser or modal alert). */
    public ScaleLabApp(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("toolkit up, start()");
        SampleLibrary.Start start = SampleLibrary.start();
        session = new LabSession(start.policy(), start.context());
        StartupClock.mark("samples loaded, first verdict");
        ViewLoader.Loaded<MainController> loaded = new ViewLoader(session).load("main.fxml");
        main = loaded.controller();
        StartupClock.mark("main.fxml loaded");

        LabPreferences prefs = LabPreferences.fromSystemProperty();
        Rectangle2D bounds = prefs.windowBounds().filter(ScaleLabApp::onSomeScreen).orElseGet(ScaleLabApp::defaultBounds);
        Scene scene = new Scene(loaded.root(), bounds.getWidth(), bounds.getHeight());
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        if (dialogs == null) {
            dialogs = new FxDialogService(() -> stage);
        }
        main.attach(stage, dialogs, prefs, start.policySource(), start.scenarioSource(), start.notices());
        StartupClock.mark("window wired");
        stage.setMaximized(prefs.maximized());
        stage.show();
        StartupClock.mark("show() returned");
        buildAfterFirstFrame(() -> {
            StartupClock.mark("first frame drawn");
            main.buildDeferredViews();
            StartupClock.mark("deferred views built");
        });
    }

    /**
     * Runs a job once the window has drawn its first frame: the second pulse starts after the first
     * one rendered, so the window is on screen (with a placeholder) before the landscape is built.
     */
    static void buildAfterFirstFrame(Runnable job) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= 2) {
                    stop();
                    job.run();
                }
            }
        }.start();
    }

    private static boolean onSomeScreen(Rectangle2D r) {
        // Only restore a window the user can still see (a monitor may have been unplugged since).
        return r.getWidth() >= MIN_WIDTH / 2 && r.getHeight() >= MIN_HEIGHT / 2
                && !Screen.getScreensForRectangle(r.getMinX() + 40, r.getMinY() + 10, 80, 20).isEmpty();
    }

    private static Rectangle2D defaultBounds() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1440, screen.getWidth());
        double h = Math.min(900, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    public LabSession session() {
        return session;
    }

    public MainController mainController() {
        return main;
    }
}
