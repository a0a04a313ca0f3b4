package com.scalelab.ui.document;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What the user is editing, as a document: the file Save writes to (none for a new policy, a
 * sample or a scenario's inline policy), where it came from in words, the content as last opened
 * or saved, and whether the content on screen differs from it. Dirty is a comparison of values,
 * not a count of edits, so typing the saved value back makes it clean again.
 *
 * @param <T> the content compared: a policy, a scenario's context
 */
public final class Document<T> {
    /** The origin of a document that never had a file or sample behind it. */
    public static final String UNSAVED = "unsaved";

    private final String kind;
    private final ObservableValue<T> content;
    private final ReadOnlyObjectWrapper<T> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", UNSAVED);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    /**
     * @param kind    "policy" or "scenario", for prompts
     * @param content the content as on screen now; null while it does not parse (then it differs
     *                from any saved content, so the document is dirty)
     */
    public Document(String kind, ObservableValue<T> content) {
        this.kind = kind;
        this.content = content;
        InvalidationListener update = o -> dirty.set(!Objects.equals(content.getValue(), saved.get()));
        content.addListener(update);
        saved.addListener(update);
        update.invalidated(null);
    }

    public String kind() {
        return kind;
    }

    /** The content as last opened or saved; the document is dirty when the content differs. */
    public void setSaved(T savedContent) {
        saved.set(savedContent);
    }

    /** Marks the content on screen now as saved. */
    public void markSavedNow() {
        saved.set(content.getValue());
    }

    /**
     * Where the document now lives: a file (Save writes there; the origin is its file name), or none
     * with an origin in words ("trend-pyramid-conservative.json" for a sample, "inline policy of
     * scenario dca.json, not saved"); Save then asks where, like Save As.
     */
    public void setSource(Path newFile, String newOrigin) {
        file.set(newFile);
        origin.set(newFile != null ? newFile.getFileName().toString()
                : newOrigin == null || newOrigin.isBlank() ? UNSAVED : newOrigin);
    }

    public ReadOnlyObjectProperty<T> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public T getSaved() {
        return saved.get();
    }

    public T getContent() {
        return content.getValue();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public String getOrigin() {
        return origin.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
