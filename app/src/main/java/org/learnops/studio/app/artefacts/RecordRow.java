package org.learnops.studio.app.artefacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.Problem;

/**
 * One artefact record as the screen edits it: the model record copied into properties, with an
 * inline error per field. Subclasses say which properties the user edits and how to build the
 * record back.
 *
 * @param <T> the model record
 */
public abstract class RecordRow<T> {

    private final long id;
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();

    RecordRow(long id, List<String> fields) {
        this.id = id;
        fields.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
    }

    public long id() {
        return id;
    }

    /** The properties the user edits; each change is checked, saved and undoable. */
    abstract List<Property<?>> editable();

    /** How undo descriptions and delete questions name this record. */
    abstract String label();

    abstract T toRecord();

    /** The inline message for a field; empty when valid. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    /** Shows each problem next to its field and clears the others. */
    void showProblems(List<Problem> problems, Messages messages) {
        errors.forEach((field, error) -> error.set(problems.stream().filter(p -> p.field().equals(field)).findFirst()
                .map(messages::describe).orElse("")));
    }
}
