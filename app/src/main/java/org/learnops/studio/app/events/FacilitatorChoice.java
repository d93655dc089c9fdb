package org.learnops.studio.app.events;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A facilitator in the session form's multi-select list, ticked or not. */
public final class FacilitatorChoice {

    private final long personId;
    private final String name;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    FacilitatorChoice(long personId, String name) {
        this.personId = personId;
        this.name = name;
    }

    public long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return name;
    }
}
