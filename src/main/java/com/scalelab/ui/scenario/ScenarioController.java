package com.scalelab.ui.scenario;

import com.scalelab.ui.LabSession;
import java.util.List;
import javafx.scene.control.MenuItem;

/** Placeholder until the scenario view lands. */
public class ScenarioController {
    private final LabSession session;

    public ScenarioController(LabSession session) {
        this.session = session;
    }

    /** Menu items this view adds to the main window's menu of the same name. */
    public List<MenuItem> menuItems() {
        return List.of();
    }
}
