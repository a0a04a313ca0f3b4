package com.scalelab.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view from /fxml/ and gives every controller in it, included views too, the
 * window's {@link LabSession} through a constructor taking it (or the no-argument one).
 */
public final class ViewLoader {
    private final LabSession session;

    public ViewLoader(LabSession session) {
        this.session = session;
    }

    public <T> Loaded<T> load(String fxmlName) {
        return load(fxmlName, null);
    }

    /** Loads a view whose controller the caller made already (say, over a model that outlives the view). */
    public <T> Loaded<T> load(String fxmlName, T controller) {
        URL url = ViewLoader.class.getResource("/fxml/" + fxmlName);
        if (url == null) {
            throw new IllegalStateException("Failed to load /fxml/" + fxmlName + ": not on the class path");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> controller != null && type.isInstance(controller)
                ? controller : controller(type));
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to load " + url, e);
        }
    }

    private Object controller(Class<?> type) {
        try {
            for (Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == LabSession.class) {
                    return c.newInstance(session);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create controller " + type.getName(), e);
        }
    }

    public LabSession session() {
        return session;
    }

    /** A loaded view and its controller. */
    public record Loaded<T>(Parent root, T controller) {
    }
}
