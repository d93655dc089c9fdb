package org.learnops.studio.app.champions;

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
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.domain.stakeholder.Stance;

/** One stakeholder as the register edits it: the model record copied into properties. */
public final class StakeholderRowViewModel {

    /** Fields that can show an inline error. */
    static final List<String> FIELDS = List.of("name", "role", "businessArea", "region", "influence", "interest", "email");

    private final long id;
    private final StringProperty name;
    private final StringProperty role;
    private final ObjectProperty<StakeholderGroup> group;
    private final StringProperty businessArea;
    private final StringProperty region;
    private final ObjectProperty<Integer> influence;
    private final ObjectProperty<Integer> interest;
    private final ObjectProperty<Stance> stance;
    private final StringProperty email;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    StakeholderRowViewModel(Stakeholder stakeholder) {
        this.id = stakeholder.id();
        this.name = new SimpleStringProperty(stakeholder.name());
        this.role = new SimpleStringProperty(stakeholder.role());
        this.group = new SimpleObjectProperty<>(stakeholder.group());
        this.businessArea = new SimpleStringProperty(stakeholder.businessArea());
        this.region = new SimpleStringProperty(stakeholder.region());
        this.influence = new SimpleObjectProperty<>(stakeholder.influence());
        this.interest = new SimpleObjectProperty<>(stakeholder.interest());
        this.stance = new SimpleObjectProperty<>(stakeholder.stance());
        this.email = new SimpleStringProperty(stakeholder.email());
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
    }

    public long id() {
        return id;
    }

    /** Every editable property, for listeners that save and record undo steps. */
    List<Property<?>> editableProperties() {
        return List.of(name, role, group, businessArea, region, influence, interest, stance, email);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<StakeholderGroup> groupProperty() {
        return group;
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** 1 to 5; the grid's vertical position. */
    public ObjectProperty<Integer> influenceProperty() {
        return influence;
    }

    /** 1 to 5; the grid's horizontal position. */
    public ObjectProperty<Integer> interestProperty() {
        return interest;
    }

    public ObjectProperty<Stance> stanceProperty() {
        return stance;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** The inline message for a field ({@code name}, {@code email}, ...); empty when valid. */
    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    /** A warning that does not stop saving, e.g. a probable duplicate; empty when there is none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    void showProblems(List<Problem> problems, Function<Problem, String> describe) {
        errors.values().forEach(error -> error.set(""));
        for (Problem problem : problems) {
            ReadOnlyStringWrapper error = errors.get(problem.field());
            if (error != null && error.get().isEmpty()) {
                error.set(describe.apply(problem));
            }
        }
    }

    void setWarning(String message) {
        warning.set(message);
    }

    /** The grid cell this stakeholder sits in is valid: both ratings within 1 to 5. */
    boolean isOnGrid() {
        return inRange(influence.get()) && inRange(interest.get());
    }

    private static boolean inRange(Integer rating) {
        return rating != null && rating >= StakeholderRules.MIN_RATING && rating <= StakeholderRules.MAX_RATING;
    }

    Stakeholder toStakeholder() {
        return new Stakeholder(id, name.get(), role.get(), group.get(), businessArea.get(), region.get(),
                rating(influence), rating(interest), stance.get(), email.get());
    }

    private static int rating(ObjectProperty<Integer> value) {
        return value.get() == null ? 0 : value.get();
    }
}
