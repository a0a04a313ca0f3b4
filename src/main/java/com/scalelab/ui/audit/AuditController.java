package com.scalelab.ui.audit;

import com.scalelab.ui.LabSession;
import java.util.List;
import javafx.scene.control.MenuItem;

/** Placeholder until the audit view lands. */
public class AuditController {
    private final LabSession session;

    public AuditController(LabSession session) {
        this.session = session;
    }

    /** Menu items this view adds to the main window's menu of the same name. */
    public List<MenuItem> menuItems() {
        return List.of();
    }
}
