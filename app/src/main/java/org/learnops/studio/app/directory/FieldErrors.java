package org.learnops.studio.app.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The inline messages of one record's form, one per field; empty while the field is valid. */
public final class FieldErrors {

    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    FieldErrors(List<String> fields) {
        fields.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
    }

    public ReadOnlyStringProperty get(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    void set(String field, String message) {
        errors.get(field).set(message);
    }

    void clear() {
        errors.values().forEach(error -> error.set(""));
    }

    boolean isEmpty() {
        return errors.values().stream().allMatch(error -> error.get().isEmpty());
    }
}
