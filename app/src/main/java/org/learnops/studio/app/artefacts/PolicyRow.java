package org.learnops.studio.app.artefacts;

import org.learnops.studio.app.common.Choice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.PolicyStatus;

/** A policy or procedure being edited. */
public final class PolicyRow extends RecordRow<Policy> {

    private final StringProperty title;
    private final ObjectProperty<Choice> area;
    private final ObjectProperty<Choice> owner;
    private final ObjectProperty<PolicyStatus> status;
    private final ObjectProperty<LocalDate> reviewDate;
    private final StringProperty body;
    private final ReadOnlyBooleanWrapper reviewOverdue = new ReadOnlyBooleanWrapper();

    PolicyRow(Policy record, Choice area, Choice owner, Supplier<LocalDate> today) {
        super(record.id(), List.of("title", "body"));
        this.title = new SimpleStringProperty(record.title());
        this.area = new SimpleObjectProperty<>(area);
        this.owner = new SimpleObjectProperty<>(owner);
        this.status = new SimpleObjectProperty<>(record.status());
        this.reviewDate = new SimpleObjectProperty<>(record.reviewDate().orElse(null));
        this.body = new SimpleStringProperty(record.body());
        reviewOverdue.bind(Bindings.createBooleanBinding(() -> toRecord().isReviewOverdue(today.get()), status, reviewDate));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Choice> areaProperty() {
        return area;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public ObjectProperty<PolicyStatus> statusProperty() {
        return status;
    }

    /** {@code null} when no review date is set. */
    public ObjectProperty<LocalDate> reviewDateProperty() {
        return reviewDate;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** Past its review date and not retired. */
    public ReadOnlyBooleanProperty reviewOverdueProperty() {
        return reviewOverdue.getReadOnlyProperty();
    }

    @Override
    List<Property<?>> editable() {
        return List.of(title, area, owner, status, reviewDate, body);
    }

    @Override
    String label() {
        return title.get();
    }

    @Override
    Policy toRecord() {
        return new Policy(id(), title.get(), area.get().optionalId(), owner.get().optionalId(), status.get(),
                Optional.ofNullable(reviewDate.get()), body.get());
    }
}
