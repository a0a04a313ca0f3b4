package com.scalelab.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** The sample and recent-file submenus of the Policy and Replay menus: one layout for both. */
public final class FileMenus {
    private FileMenus() {
    }

    /** One item per sample name; the first nine get {@code accelerator + (i + 1)}; ids are {@code idPrefix + name}. */
    public static void fillSamples(Menu menu, List<String> names, String accelerator, String idPrefix,
                                   Consumer<String> open) {
        menu.getItems().clear();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            MenuItem item = new MenuItem(name);
            if (i < 9) {
                item.setAccelerator(KeyCombination.keyCombination(accelerator + (i + 1)));
            }
            item.setMnemonicParsing(false);
            item.setId(idPrefix + name);
            item.setOnAction(e -> open.accept(name));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    /** "1  name  —  folder", newest first, each with {@code accelerator + (i + 1)}. */
    public static void fillRecent(Menu menu, List<Path> files, String accelerator, Consumer<Path> open) {
        menu.getItems().clear();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem((i + 1) + "  " + file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setAccelerator(KeyCombination.keyCombination(accelerator + (i + 1)));
            item.setOnAction(e -> open.accept(file));
            menu.getItems().add(item);
        }
        menu.setDisable(files.isEmpty());
    }
}
