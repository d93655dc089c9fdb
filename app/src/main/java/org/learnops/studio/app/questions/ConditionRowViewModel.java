package org.learnops.studio.app.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.Signal;

/**
 * One done-condition as the screen edits it. The threshold is kept as typed: a value the rules
 * refuse shows its error here and is not stored; the last valid one stays in the workspace.
 */
public final class ConditionRowViewModel {

    private final long id;
    private final KeyQuestion question;
    private final ObjectProperty<Metric> metric;
    private final ObjectProperty<Comparison> comparison;
    private final StringProperty threshold;
    private final ObjectProperty<LocalDate> targetDate;
    private final ObjectProperty<Choice> area;
    private final StringProperty businessArea;
    private final ObjectProperty<Choice> owner;
    private final ReadOnlyStringWrapper thresholdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper businessAreaError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targetDateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Signal> signal = new ReadOnlyObjectWrapper<>(Signal.GREY);

    ConditionRowViewModel(DoneCondition condition, Choice area, Choice owner) {
        this.id = condition.id();
        this.question = condition.question();
        this.metric = new SimpleObjectProperty<>(condition.metric());
        this.comparison = new SimpleObjectProperty<>(condition.comparison());
        this.threshold = new SimpleStringProperty(formatNumber(condition.threshold()));
        this.targetDate = new SimpleObjectProperty<>(condition.targetDate().orElse(null));
        this.area = new SimpleObjectProperty<>(area);
        this.businessArea = new SimpleStringProperty(condition.scope().businessArea());
        this.owner = new SimpleObjectProperty<>(owner);
    }

    /** {@code 80}, {@code 412.75}: no trailing zeros, never an exponent. */
    static String formatNumber(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    public long id() {
        return id;
    }

    public KeyQuestion question() {
        return question;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    /** The threshold as typed, e.g. {@code 80} or {@code 412.50}. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    /** {@code null} when no target date is set. */
    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    /** An activity area, or the "any area" choice. */
    public ObjectProperty<Choice> areaProperty() {
        return area;
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    /** A stakeholder, or the "no owner" choice. */
    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    /** Next to the threshold, e.g. "Enter a value from 0 to 100"; empty when valid. */
    public ReadOnlyStringProperty thresholdErrorProperty() {
        return thresholdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty businessAreaErrorProperty() {
        return businessAreaError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetDateErrorProperty() {
        return targetDateError.getReadOnlyProperty();
    }

    /** E.g. "≥ 80 % by 2027-06-30", as the table shows the target. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The current value with its unit, or "—" when there is no data. */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** "Met", "Not met", "Not met · overdue", "No data yet". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why there is no data, e.g. "training requests arrive with the Operations step for requests"; empty otherwise. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Signal> signalProperty() {
        return signal.getReadOnlyProperty();
    }

    void setErrors(String thresholdMessage, String businessAreaMessage) {
        thresholdError.set(thresholdMessage);
        businessAreaError.set(businessAreaMessage);
    }

    void setTargetDateError(String message) {
        targetDateError.set(message);
    }

    void setSummary(String text) {
        summary.set(text);
    }

    void setEvaluation(String valueText, String statusText, String reasonText, Signal light) {
        value.set(valueText);
        status.set(statusText);
        reason.set(reasonText);
        signal.set(light);
    }

    /** The condition with {@code threshold} in place of the typed text (which may not be a number). */
    DoneCondition toCondition(BigDecimal thresholdValue) {
        Choice chosenArea = area.get();
        Choice chosenOwner = owner.get();
        return new DoneCondition(id, question, metric.get(),
                new MetricScope(chosenArea == null ? Optional.empty() : chosenArea.id(), businessArea.get()),
                comparison.get(), thresholdValue, Optional.ofNullable(targetDate.get()),
                chosenOwner == null ? Optional.empty() : chosenOwner.id());
    }
}
