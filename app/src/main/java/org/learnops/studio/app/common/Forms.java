package org.learnops.studio.app.common;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** The small bindings every form on every step uses. */
public final class Forms {

    private Forms() {
    }

    /** An inline error under a field: shown (and taking space) only while there is a message. */
    public static void showError(Label label, ObservableValue<String> error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows a choice box's values by name; the user picks, never types. */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
