package org.learnops.studio.app.events;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.learnops.studio.domain.operations.AttendanceMark;

/** One person holding a place, with their mark for the chosen session ({@code null} while not marked). */
public final class AttendanceRow {

    private final long personId;
    private final String name;
    private final ReadOnlyObjectWrapper<AttendanceMark> mark;

    AttendanceRow(long personId, String name, AttendanceMark mark) {
        this.personId = personId;
        this.name = name;
        this.mark = new ReadOnlyObjectWrapper<>(mark);
    }

    public long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<AttendanceMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    void setMark(AttendanceMark value) {
        mark.set(value);
    }
}
