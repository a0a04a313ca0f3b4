package com.scalelab.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The policy files opened or saved last, newest first, remembered in the preferences. */
public final class RecentFiles {
    public static final int LIMIT = 8;

    private final LabPreferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(LabPreferences prefs) {
        this.prefs = prefs;
        files.setAll(prefs.recentFiles());
    }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        if (files.size() > LIMIT) {
            files.remove(LIMIT, files.size());
        }
        prefs.setRecentFiles(files);
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        prefs.setRecentFiles(files);
    }

    public ObservableList<Path> files() {
        return readOnly;
    }

    public List<Path> list() {
        return List.copyOf(files);
    }
}
