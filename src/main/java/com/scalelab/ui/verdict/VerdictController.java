package com.scalelab.ui.verdict;

import com.scalelab.ui.LabSession;
import java.util.List;
import javafx.scene.control.MenuItem;

/** Placeholder until the verdict view lands. */
public class VerdictController {
    private final LabSession session;

    public VerdictController(LabSession session) {
        this.session = session;
    }

    /** Menu items this view adds to the main window's menu of the same name. */
    public List<MenuItem> menuItems() {
        return List.of();
    }
}
