package org.learnops.studio.app.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.learnops.studio.app.common.Forms;

/** The bindings the Events screen's forms share: pickers that never drop a stored value, fields that save when left. */
final class Pickers {

    private Pickers() {
    }

    /**
     * A list control that shows and sets {@code property}. A {@code null} from the control means its
     * choices were replaced under it, not a choice, so it is ignored and the value shown again.
     */
    static <T> void choose(ComboBox<T> combo, Property<T> property) {
        combo.setValue(property.getValue());
        combo.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                property.setValue(value);
            }
        });
        property.addListener((observable, old, value) -> combo.setValue(value));
        combo.getItems().addListener((ListChangeListener<T>) change -> {
            if (property.getValue() != null) {
                combo.setValue(property.getValue());
            }
        });
    }

    /** Shows each item with {@code label} (the user picks, never types). */
    static <T> void labelled(ComboBox<T> combo, Function<T, String> label) {
        combo.setConverter(Forms.labels(label));
    }

    /** A text field bound to {@code text}; leaving it or pressing Enter runs {@code commit} (which saves). */
    static void commitOnLeave(TextField field, StringProperty text, Runnable commit) {
        field.textProperty().bindBidirectional(text);
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    /**
     * A date picker bound to {@code date}, written and read as 2027-03-31; a date typed but not yet
     * committed is committed when the field is left.
     */
    static void date(DatePicker picker, Property<LocalDate> date) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return EventsContext.date(value);
            }

            @Override
            public LocalDate fromString(String text) {
                String typed = text == null ? "" : text.strip();
                if (typed.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(typed, EventsContext.DATE);
                } catch (DateTimeParseException e) {
                    // Not a date: the picker keeps the stored one and shows it again.
                    Platform.runLater(() -> picker.getEditor().setText(EventsContext.date(date.getValue())));
                    return date.getValue();
                }
            }
        });
        picker.setPromptText("2027-03-31");
        picker.setValue(date.getValue());
        picker.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                date.setValue(value);
            }
        });
        date.addListener((observable, old, value) -> picker.setValue(value));
        picker.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
    }

    /** A table cell showing its item through {@code text}. */
    static <S, T> TableCell<S, T> cell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
