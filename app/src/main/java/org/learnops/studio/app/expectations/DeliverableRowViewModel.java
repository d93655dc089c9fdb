package org.learnops.studio.app.expectations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableKind;
import org.learnops.studio.domain.expectations.DeliverableStatus;

/** One deliverable as the Expectations step edits it: the model record copied into properties. */
public final class DeliverableRowViewModel {

    /** The fields that can show an inline error. */
    static final List<String> FIELDS = List.of("title", "purpose", "audience", "dueDate", "notes");

    private final long id;
    private final DeliverableKind kind;
    private final StringProperty customTitle;
    private final BooleanProperty included;
    private final StringProperty purpose;
    private final StringProperty audience;
    private final ObjectProperty<OwnerChoice> owner;
    private final ObjectProperty<LocalDate> dueDate;
    private final ObjectProperty<DeliverableStatus> status;
    private final StringProperty notes;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper overdue = new ReadOnlyBooleanWrapper();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();

    /**
     * @param kindName the display name of one of the eight (ignored for a custom deliverable)
     * @param today    what day it is now, for the overdue flag
     */
    DeliverableRowViewModel(Deliverable deliverable, String kindName, OwnerChoice owner, Supplier<LocalDate> today) {
        this.id = deliverable.id();
        this.kind = deliverable.kind();
        this.customTitle = new SimpleStringProperty(deliverable.customTitle());
        this.included = new SimpleBooleanProperty(deliverable.included());
        this.purpose = new SimpleStringProperty(deliverable.purpose());
        this.audience = new SimpleStringProperty(deliverable.audience());
        this.owner = new SimpleObjectProperty<>(owner);
        this.dueDate = new SimpleObjectProperty<>(deliverable.dueDate().orElse(null));
        this.status = new SimpleObjectProperty<>(deliverable.status());
        this.notes = new SimpleStringProperty(deliverable.notes());
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
        if (kind == null) {
            title.bind(customTitle);
        } else {
            title.set(kindName);
        }
        overdue.bind(Bindings.createBooleanBinding(() -> toDeliverable().isOverdue(today.get()), included, dueDate, status));
    }

    public long id() {
        return id;
    }

    /** A stable key for this row: the kind's name, or {@code custom-<id>}. */
    public String key() {
        return kind == null ? "custom-" + id : kind.name();
    }

    public boolean isCustom() {
        return kind == null;
    }

    /** One of the eight, or {@code null} for a custom deliverable. */
    public DeliverableKind kind() {
        return kind;
    }

    /** Editable for custom deliverables only. */
    public StringProperty customTitleProperty() {
        return customTitle;
    }

    /** What the list shows: the name of one of the eight, or the custom title. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** Why it helps this organisation. */
    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    /** Never {@code null}: "no owner" is a choice of its own. */
    public ObjectProperty<OwnerChoice> ownerProperty() {
        return owner;
    }

    /** {@code null} when no due date is set. */
    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<DeliverableStatus> statusProperty() {
        return status;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Included, due before today and not done: see {@link Deliverable#isOverdue}. */
    public ReadOnlyBooleanProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** The inline message for a field ({@code title}, {@code purpose}, {@code audience}, {@code dueDate}, {@code notes}); empty when valid. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    void setError(String field, String message) {
        errors.get(field).set(message);
    }

    Deliverable toDeliverable() {
        OwnerChoice chosen = owner.get();
        return new Deliverable(id, kind, customTitle.get(), included.get(), purpose.get(), audience.get(),
                chosen == null ? Optional.empty() : chosen.stakeholderId(), Optional.ofNullable(dueDate.get()),
                status.get(), notes.get());
    }
}
