package org.learnops.studio.app.directory;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.domain.operations.Room;

/** One room as the Rooms tab edits it. */
public final class RoomRowViewModel {

    static final List<String> FIELDS = List.of("name", "site", "capacity", "link");

    private final long id;
    private final StringProperty name;
    private final StringProperty site;
    private final ObjectProperty<Integer> capacity;
    private final BooleanProperty virtual;
    private final StringProperty link;
    private final FieldErrors errors = new FieldErrors(FIELDS);
    Autosave<Room> save;

    RoomRowViewModel(Room room) {
        this.id = room.id();
        this.name = new SimpleStringProperty(room.name());
        this.site = new SimpleStringProperty(room.site());
        this.capacity = new SimpleObjectProperty<>(room.capacity());
        this.virtual = new SimpleBooleanProperty(room.virtual());
        this.link = new SimpleStringProperty(room.link());
    }

    public long id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty siteProperty() {
        return site;
    }

    /** Seats (or licences of a virtual room); a value below 1 is refused inline and not stored. */
    public ObjectProperty<Integer> capacityProperty() {
        return capacity;
    }

    public BooleanProperty virtualProperty() {
        return virtual;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public FieldErrors errors() {
        return errors;
    }

    Room toRoom() {
        Integer seats = capacity.get();
        return new Room(id, name.get(), site.get(), seats == null ? 0 : seats, virtual.get(), link.get());
    }
}
