package org.learnops.studio.app.needs;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableIntegerValue;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.NeedsGroup;

/**
 * One finding as the Needs analysis step edits it: the model record copied into properties. Area
 * and session are ids, {@link NeedsAnalysisViewModel#NONE} for none. Votes change only through
 * {@link NeedsAnalysisViewModel#vote}, which keeps them at 0 or above.
 */
public final class FindingRowViewModel {

    private final long id;
    private final StringProperty text;
    private final ObjectProperty<Long> area;
    private final ObjectProperty<NeedsGroup> group;
    private final ObjectProperty<Integer> severity;
    private final ObjectProperty<Integer> frequency;
    private final ObjectProperty<Long> session;
    private final ObjectProperty<FindingStatus> status;
    private final ReadOnlyIntegerWrapper votes;
    private final ObservableIntegerValue score;
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");

    FindingRowViewModel(Finding finding) {
        this.id = finding.id();
        this.text = new SimpleStringProperty(finding.text());
        this.area = new SimpleObjectProperty<>(finding.areaId().orElse(NeedsAnalysisViewModel.NONE));
        this.group = new SimpleObjectProperty<>(finding.group());
        this.severity = new SimpleObjectProperty<>(finding.severity());
        this.frequency = new SimpleObjectProperty<>(finding.frequency());
        this.session = new SimpleObjectProperty<>(finding.sessionId().orElse(NeedsAnalysisViewModel.NONE));
        this.status = new SimpleObjectProperty<>(finding.status());
        this.votes = new ReadOnlyIntegerWrapper(finding.votes());
        this.score = Bindings.createIntegerBinding(() -> toFinding().score(), severity, frequency);
    }

    public long id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The activity area's id, or {@link NeedsAnalysisViewModel#NONE}. */
    public ObjectProperty<Long> areaProperty() {
        return area;
    }

    public ObjectProperty<NeedsGroup> groupProperty() {
        return group;
    }

    public ObjectProperty<Integer> severityProperty() {
        return severity;
    }

    public ObjectProperty<Integer> frequencyProperty() {
        return frequency;
    }

    /** The source session's id, or {@link NeedsAnalysisViewModel#NONE}. */
    public ObjectProperty<Long> sessionProperty() {
        return session;
    }

    public ObjectProperty<FindingStatus> statusProperty() {
        return status;
    }

    public ReadOnlyIntegerProperty votesProperty() {
        return votes.getReadOnlyProperty();
    }

    void setVotes(int value) {
        votes.set(value);
    }

    /** Severity × frequency. */
    public ObservableIntegerValue scoreProperty() {
        return score;
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    void setTextError(String message) {
        textError.set(message);
    }

    Finding toFinding() {
        return new Finding(id, text.get(), NeedsAnalysisViewModel.optional(area.get()),
                group.get() == null ? NeedsGroup.OTHER : group.get(), rating(severity), rating(frequency),
                NeedsAnalysisViewModel.optional(session.get()),
                status.get() == null ? FindingStatus.OPEN : status.get(), votes.get());
    }

    private static int rating(ObjectProperty<Integer> value) {
        return value.get() == null ? 0 : value.get();
    }

    @Override
    public String toString() {
        return "Finding " + id + " " + Optional.ofNullable(text.get()).orElse("");
    }
}
