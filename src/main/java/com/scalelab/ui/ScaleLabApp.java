package com.scalelab.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application (placeholder until the main window lands). */
public class ScaleLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("ScaleLab");
        stage.show();
    }
}
