package org.learnops.studio.app.governance;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A process (matrix row) or role (matrix column): an id, an editable name, its error and its RACI warnings. */
public final class NamedRowViewModel {

    private final long id;
    private final long areaId;
    private final StringProperty name;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    NamedRowViewModel(long id, long areaId, String name) {
        this.id = id;
        this.areaId = areaId;
        this.name = new SimpleStringProperty(name);
    }

    public long id() {
        return id;
    }

    /** The process's activity area (0 for a role). */
    public long areaId() {
        return areaId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Why the typed name cannot be stored; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String value) {
        error.set(value);
    }

    /** The RACI rule checks this row or column breaks, one per line; empty when none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    void setWarning(String value) {
        warning.set(value);
    }

    @Override
    public String toString() {
        return name.get();
    }
}
