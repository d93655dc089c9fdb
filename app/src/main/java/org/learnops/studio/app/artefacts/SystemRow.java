package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.SystemType;

/** A system of the ecosystem map being edited, with its box's place on the diagram. */
public final class SystemRow extends RecordRow<LearningSystem> {

    private final StringProperty name;
    private final ObjectProperty<SystemType> type;
    private final ObjectProperty<Choice> owner;
    private final StringProperty notes;
    private final IntegerProperty x;
    private final IntegerProperty y;

    SystemRow(LearningSystem record, Choice owner) {
        super(record.id(), List.of("name", "notes", "position"));
        this.name = new SimpleStringProperty(record.name());
        this.type = new SimpleObjectProperty<>(record.type());
        this.owner = new SimpleObjectProperty<>(owner);
        this.notes = new SimpleStringProperty(record.notes());
        this.x = new SimpleIntegerProperty(record.x());
        this.y = new SimpleIntegerProperty(record.y());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SystemType> typeProperty() {
        return type;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Left edge of the box on the map; change it with {@link ArtefactsViewModel#moveSystem}. */
    public IntegerProperty xProperty() {
        return x;
    }

    /** Top edge of the box on the map. */
    public IntegerProperty yProperty() {
        return y;
    }

    /** Moves are saved but made undoable as one step by the ViewModel, not per coordinate. */
    @Override
    List<Property<?>> editable() {
        return List.of(name, type, owner, notes);
    }

    @Override
    String label() {
        return name.get();
    }

    @Override
    LearningSystem toRecord() {
        return new LearningSystem(id(), name.get(), type.get(), owner.get().optionalId(), notes.get(), x.get(), y.get());
    }
}
