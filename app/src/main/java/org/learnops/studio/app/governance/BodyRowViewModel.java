package org.learnops.studio.app.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.governance.GovernanceBody;

/** One governance body as the form edits it. */
public final class BodyRowViewModel {

    static final List<String> FIELDS = List.of("name", "purpose", "cadence", "decisionRights");

    private final long id;
    private final StringProperty name;
    private final StringProperty purpose;
    private final StringProperty cadence;
    private final ObjectProperty<List<Long>> members;
    private final StringProperty decisionRights;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();

    BodyRowViewModel(GovernanceBody body) {
        this.id = body.id();
        this.name = new SimpleStringProperty(body.name());
        this.purpose = new SimpleStringProperty(body.purpose());
        this.cadence = new SimpleStringProperty(body.cadence());
        this.members = new SimpleObjectProperty<>(body.memberIds());
        this.decisionRights = new SimpleStringProperty(body.decisionRights());
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
    }

    public long id() {
        return id;
    }

    GovernanceBody toBody() {
        return new GovernanceBody(id, name.get(), purpose.get(), cadence.get(), members.get(), decisionRights.get());
    }

    List<Property<?>> editableProperties() {
        return List.of(name, purpose, cadence, members, decisionRights);
    }

    void showProblems(List<Problem> problems, Function<Problem, String> describe) {
        errors.forEach((field, error) -> error.set(problems.stream().filter(p -> p.field().equals(field))
                .findFirst().map(describe).orElse("")));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty cadenceProperty() {
        return cadence;
    }

    /** The stakeholders (ids) who sit on the body, in the order chosen. */
    public ObjectProperty<List<Long>> membersProperty() {
        return members;
    }

    /** Adds or removes one member. */
    public void setMember(long stakeholderId, boolean member) {
        List<Long> now = new java.util.ArrayList<>(members.get());
        if (member && !now.contains(stakeholderId)) {
            now.add(stakeholderId);
        } else if (!member) {
            now.remove(stakeholderId);
        }
        members.set(List.copyOf(now));
    }

    public StringProperty decisionRightsProperty() {
        return decisionRights;
    }

    /** The error of one field ({@link #FIELDS}); empty when it is fine. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name.get();
    }
}
