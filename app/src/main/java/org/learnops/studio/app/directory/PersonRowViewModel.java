package org.learnops.studio.app.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;

/** One person as the People tab edits them: the record copied into properties. */
public final class PersonRowViewModel {

    static final List<String> FIELDS = List.of("name", "email", "businessArea", "region", "roles");

    private final long id;
    private final StringProperty name;
    private final StringProperty email;
    private final StringProperty businessArea;
    private final StringProperty region;
    private final BooleanProperty facilitator;
    private final BooleanProperty participant;
    private final BooleanProperty coordinator;
    private final FieldErrors errors = new FieldErrors(FIELDS);
    Autosave<Person> save;

    PersonRowViewModel(Person person) {
        this.id = person.id();
        this.name = new SimpleStringProperty(person.name());
        this.email = new SimpleStringProperty(person.email());
        this.businessArea = new SimpleStringProperty(person.businessArea());
        this.region = new SimpleStringProperty(person.region());
        this.facilitator = new SimpleBooleanProperty(person.has(PersonRole.FACILITATOR));
        this.participant = new SimpleBooleanProperty(person.has(PersonRole.PARTICIPANT));
        this.coordinator = new SimpleBooleanProperty(person.has(PersonRole.COORDINATOR));
    }

    public long id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty facilitatorProperty() {
        return facilitator;
    }

    public BooleanProperty participantProperty() {
        return participant;
    }

    public BooleanProperty coordinatorProperty() {
        return coordinator;
    }

    /** The inline message of a field ({@code name}, {@code email}, {@code businessArea}, {@code region}, {@code roles}). */
    public FieldErrors errors() {
        return errors;
    }

    Person toPerson() {
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        if (facilitator.get()) {
            roles.add(PersonRole.FACILITATOR);
        }
        if (participant.get()) {
            roles.add(PersonRole.PARTICIPANT);
        }
        if (coordinator.get()) {
            roles.add(PersonRole.COORDINATOR);
        }
        return new Person(id, name.get(), email.get(), businessArea.get(), region.get(), roles);
    }
}
