package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.Integration;

/** An integration of the ecosystem map being edited. */
public final class IntegrationRow extends RecordRow<Integration> {

    private final ObjectProperty<Choice> from;
    private final ObjectProperty<Choice> to;
    private final StringProperty data;
    private final ObjectProperty<Direction> direction;

    IntegrationRow(Integration record, Choice from, Choice to) {
        super(record.id(), List.of("from", "to", "data"));
        this.from = new SimpleObjectProperty<>(from);
        this.to = new SimpleObjectProperty<>(to);
        this.data = new SimpleStringProperty(record.data());
        this.direction = new SimpleObjectProperty<>(record.direction());
    }

    public ObjectProperty<Choice> fromProperty() {
        return from;
    }

    public ObjectProperty<Choice> toProperty() {
        return to;
    }

    public StringProperty dataProperty() {
        return data;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    @Override
    List<Property<?>> editable() {
        return List.of(from, to, data, direction);
    }

    @Override
    String label() {
        return from.get().label() + " → " + to.get().label();
    }

    @Override
    Integration toRecord() {
        return new Integration(id(), from.get().id(), to.get().id(), data.get(), direction.get());
    }
}
