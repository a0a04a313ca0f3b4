package com.scalelab.ui.coverage;

import com.scalelab.ui.ViewLoader;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.Theme;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The coverage window: one per main window, kept (with its packs) between openings. */
public final class CoverageWindow {
    private final Stage stage = new Stage();
    private final CoverageController controller;
    private final CoverageViewModel model;

    public CoverageWindow(Window owner, ViewLoader views, CoverageViewModel model, DialogService dialogs) {
        this.model = model;
        ViewLoader.Loaded<CoverageController> loaded = views.load("coverage.fxml");
        controller = loaded.controller();
        controller.attach(model, dialogs);
        stage.initOwner(owner);
        stage.setTitle("ScaleLab — Coverage of scenario packs");
        stage.setScene(new Scene(loaded.root()));
    }

    public void show(Theme theme) {
        theme.applyTo(stage.getScene());
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public CoverageController controller() {
        return controller;
    }

    public CoverageViewModel model() {
        return model;
    }
}
