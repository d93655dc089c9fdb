package org.learnops.studio.app.needs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;

/** One needs-analysis session as the Sessions tab edits it: the model record copied into properties. */
public final class SessionRowViewModel {

    private final long id;
    private final ObjectProperty<SessionType> type;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<NeedsGroup> group;
    /** Stakeholder ids; the value is replaced (never changed in place), so each change is one undo step. */
    private final ObjectProperty<List<Long>> participants;
    private final StringProperty notes;
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notesError = new ReadOnlyStringWrapper("");

    SessionRowViewModel(NeedsSession session) {
        this.id = session.id();
        this.type = new SimpleObjectProperty<>(session.type());
        this.date = new SimpleObjectProperty<>(session.date());
        this.group = new SimpleObjectProperty<>(session.group());
        this.participants = new SimpleObjectProperty<>(session.participantIds());
        this.notes = new SimpleStringProperty(session.notes());
    }

    public long id() {
        return id;
    }

    public ObjectProperty<SessionType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<NeedsGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<List<Long>> participantsProperty() {
        return participants;
    }

    public boolean hasParticipant(long stakeholderId) {
        return participants.get().contains(stakeholderId);
    }

    /** Adds or removes one participant. */
    public void setParticipant(long stakeholderId, boolean takesPart) {
        if (takesPart == hasParticipant(stakeholderId)) {
            return;
        }
        List<Long> now = new ArrayList<>(participants.get());
        if (takesPart) {
            now.add(stakeholderId);
        } else {
            now.remove(Long.valueOf(stakeholderId));
        }
        participants.set(now.stream().sorted().toList());
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesErrorProperty() {
        return notesError.getReadOnlyProperty();
    }

    void setErrors(String date, String notes) {
        dateError.set(date);
        notesError.set(notes);
    }

    NeedsSession toSession() {
        return new NeedsSession(id, type.get() == null ? SessionType.WORKSHOP : type.get(), date.get(), participants.get(),
                group.get() == null ? NeedsGroup.OTHER : group.get(), notes.get());
    }
}
