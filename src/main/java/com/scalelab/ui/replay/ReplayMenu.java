package com.scalelab.ui.replay;

import com.scalelab.ui.app.FileMenus;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.SampleLibrary;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The Replay menu. It exists from the first frame, with every accelerator working, while the
 * Replay tab itself is built on first use: each item asks the supplier for the replay, which
 * builds it then (see {@code MainController.replayController}).
 */
public final class ReplayMenu {
    private final Supplier<ReplayController> replay;
    private final RecentFiles recentRuns;
    private final Menu sampleMenu = new Menu("Open Sample Run");
    private final Menu recentMenu = new Menu("Open Recent Run");
    private final CheckMenuItem maximiseItem = new CheckMenuItem("Maximise Replay");
    private final List<MenuItem> items;

    public ReplayMenu(Supplier<ReplayController> replay, RecentFiles recentRuns) {
        this.replay = replay;
        this.recentRuns = recentRuns;
        MenuItem open = item("Open Run…", "Shortcut+Alt+O", ReplayController::openRun);
        MenuItem bars = item("Open Bars…", "Shortcut+Alt+H", ReplayController::openBars);
        sampleMenu.setId("replay-sample-menu");
        buildSampleMenu();
        MenuItem save = item("Save Run", "Shortcut+Alt+W", ReplayController::saveRun);
        MenuItem saveAs = item("Save Run As…", "Shortcut+Alt+Shift+W", ReplayController::saveRunAs);
        MenuItem jsonl = item("Export Decisions as JSON Lines…", "Shortcut+Alt+J", c -> c.exports().decisionsJsonLines());
        MenuItem csv = item("Export Decisions as CSV…", "Shortcut+Alt+V", c -> c.exports().decisionsCsv());
        MenuItem png = item("Export Chart as PNG…", "Shortcut+Alt+Shift+G", c -> c.exports().chartPng());
        MenuItem cancel = item("Cancel Export", "Shortcut+Alt+Shift+C", c -> c.exports().cancel());
        maximiseItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+R"));
        maximiseItem.setOnAction(e -> {
            boolean wanted = maximiseItem.isSelected(); // read first: building the replay binds the item
            replay.get().maximiseButton().setSelected(wanted);
        });
        recentRuns.files().addListener((Observable o) -> buildRecentMenu());
        buildRecentMenu();
        items = List.of(open, bars, sampleMenu, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), jsonl, csv, png, cancel, new SeparatorMenuItem(), maximiseItem);
    }

    /** The runs opened lately, kept apart from the policies' list. */
    public static RecentFiles recentRuns() {
        return new RecentFiles(new LabPreferences(
                System.getProperty(LabPreferences.NODE_PROPERTY, "scalelab") + "/replay-runs"));
    }

    public List<MenuItem> items() {
        return items;
    }

    public RecentFiles recent() {
        return recentRuns;
    }

    /** Called once the replay is built: Maximise follows its toggle button from then on. */
    public void connect(ReplayController built) {
        maximiseItem.selectedProperty().bindBidirectional(built.maximiseButton().selectedProperty());
    }

    private MenuItem item(String text, String accelerator, Consumer<ReplayController> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.accept(replay.get()));
        return item;
    }

    private void buildSampleMenu() {
        FileMenus.fillSamples(sampleMenu, SampleLibrary.runNames(), "Shortcut+Alt+Shift+", "replay-sample-",
                name -> replay.get().openSample(name));
    }

    private void buildRecentMenu() {
        FileMenus.fillRecent(recentMenu, recentRuns.list(), "Shortcut+Shift+F", f -> replay.get().openRecent(f));
    }
}
