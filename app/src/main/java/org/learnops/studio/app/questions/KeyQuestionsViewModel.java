package org.learnops.studio.app.questions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.questions.ConditionRules;
import org.learnops.studio.domain.questions.ConditionStatus;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.Evaluation;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricUnit;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Key questions step (S6): the four questions, one shown at a time, each with a narrative
 * answer and done-conditions. Every valid change is saved at once and can be undone; a threshold
 * outside its metric's range is shown next to the field and not stored. Each condition shows its
 * current value and status from the model's evaluation engine.
 */
public final class KeyQuestionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(KeyQuestionsViewModel.class);

    /** Dates are shown and typed as 2027-03-31. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

    private final KeyQuestionsService service;
    private final ScopeService scope;
    private final StakeholderService stakeholders;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final Map<KeyQuestion, QuestionViewModel> questions = new EnumMap<>(KeyQuestion.class);
    private final ObservableList<QuestionViewModel> questionList = FXCollections.observableArrayList();
    private final Map<KeyQuestion, Autosave<String>> answerSaves = new EnumMap<>(KeyQuestion.class);
    private final Map<ConditionRowViewModel, Autosave<DoneCondition>> conditionSaves = new HashMap<>();
    private final ObjectProperty<QuestionViewModel> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ConditionRowViewModel> selectedCondition = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> newMetric = new SimpleObjectProperty<>(Metric.EVENT_FILL_RATE);

    private final Choice noOwner;
    private final Choice anyArea;
    private final Map<Long, Choice> owners = new LinkedHashMap<>();
    private final Map<Long, Choice> areas = new LinkedHashMap<>();
    private final ObservableList<Choice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> areaChoices = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public KeyQuestionsViewModel(KeyQuestionsService service, ScopeService scope, StakeholderService stakeholders,
                                 TaskRunner tasks, DialogService dialogs, Messages messages, SaveTracker saves,
                                 UndoManager undo) {
        this.service = service;
        this.scope = scope;
        this.stakeholders = stakeholders;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.noOwner = new Choice(null, messages.get("questions.owner.nobody"));
        this.anyArea = new Choice(null, messages.get("questions.area.any"));
        for (KeyQuestion question : KeyQuestion.values()) {
            QuestionViewModel model = new QuestionViewModel(question);
            questions.put(question, model);
            questionList.add(model);
            answerSaves.put(question, new Autosave<>(tasks, saves, text -> service.saveAnswer(question, text), this::saveFailed));
            model.answerProperty().addListener((observable, before, after) -> {
                if (!loaded.get() || Objects.equals(before, after)) {
                    return;
                }
                answerSaves.get(question).submit(after);
                undo.recordChange(List.of(question, "answer"), messages.get("undo.questions.answer", question.number()),
                        before, after, model.answerProperty()::set);
            });
        }
        selected.set(questionList.get(0));
        selected.addListener((observable, old, now) -> selectedCondition.set(null));
        ownerChoices.setAll(noOwner);
        areaChoices.setAll(anyArea);
    }

    private record Loaded(Map<KeyQuestion, String> answers, List<Evaluation> evaluations, List<Stakeholder> stakeholders,
                          List<ActivityArea> areas) {
    }

    private record Others(List<Stakeholder> stakeholders, List<ActivityArea> areas) {
    }

    /** Reads the answers, the conditions with their evaluation, the owners and the areas, in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.answers(), service.evaluateAll(), stakeholders.list(), scope.load().areas()), data -> {
            busy.set(false);
            loaded.set(false);
            setChoices(data.stakeholders(), data.areas());
            for (QuestionViewModel question : questionList) {
                question.answerProperty().set(data.answers().getOrDefault(question.question(), ""));
                question.conditions().clear();
            }
            conditionSaves.clear();
            for (Evaluation evaluation : data.evaluations()) {
                ConditionRowViewModel row = addRow(evaluation.condition());
                show(row, evaluation);
            }
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            LOG.error("Could not load the key questions", failure);
            dialogs.showError(messages.get("questions.loadFailed.title"), messages.describe(failure));
        });
    }

    /** Reads the stakeholders and activity areas again: another step may have changed them. */
    public void refreshFromOtherSteps() {
        if (!loaded.get()) {
            return;
        }
        tasks.run(() -> new Others(stakeholders.list(), scope.load().areas()), data -> {
            setChoices(data.stakeholders(), data.areas());
            for (QuestionViewModel question : questionList) {
                for (ConditionRowViewModel row : question.conditions()) {
                    row.ownerProperty().set(owner(row.ownerProperty().get().id()));
                    row.areaProperty().set(area(row.areaProperty().get().id()));
                }
            }
        }, failure -> LOG.warn("Could not refresh the owners and areas of done-conditions", failure));
    }

    private void setChoices(List<Stakeholder> people, List<ActivityArea> activityAreas) {
        owners.clear();
        people.forEach(person -> owners.put(person.id(), new Choice(person.id(), person.name())));
        ownerChoices.setAll(noOwner);
        ownerChoices.addAll(owners.values());
        areas.clear();
        for (ActivityArea activityArea : activityAreas) {
            String name = activityArea.isCustom() ? activityArea.customName() : messages.get(activityArea.builtIn().messageKey());
            areas.put(activityArea.id(), new Choice(activityArea.id(), name));
        }
        areaChoices.setAll(anyArea);
        areaChoices.addAll(areas.values());
    }

    private Choice owner(Optional<Long> id) {
        return id.map(value -> owners.getOrDefault(value, new Choice(value, messages.get("questions.owner.removed"))))
                .orElse(noOwner);
    }

    private Choice area(Optional<Long> id) {
        return id.map(value -> areas.getOrDefault(value, new Choice(value, messages.get("questions.area.removed"))))
                .orElse(anyArea);
    }

    private ConditionRowViewModel addRow(DoneCondition condition) {
        ConditionRowViewModel row = new ConditionRowViewModel(condition, area(condition.scope().activityAreaId()),
                owner(condition.ownerId()));
        conditionSaves.put(row, new Autosave<>(tasks, saves, service::save, this::saveFailed));
        for (Property<?> property : List.of(row.metricProperty(), row.comparisonProperty(), row.thresholdProperty(),
                row.targetDateProperty(), row.areaProperty(), row.businessAreaProperty(), row.ownerProperty())) {
            watch(row, property);
        }
        row.targetDateProperty().addListener(changed -> row.setTargetDateError(""));
        row.setSummary(summary(condition));
        questions.get(condition.question()).conditions().add(row);
        return row;
    }

    private <T> void watch(ConditionRowViewModel row, Property<T> property) {
        property.addListener((observable, before, after) -> {
            if (Objects.equals(before, after)) {
                return; // e.g. an owner relabelled by refreshFromOtherSteps()
            }
            rowChanged(row);
            undo.recordChange(List.of(row, property), messages.get("undo.questions.change",
                    messages.get(row.metricProperty().get().messageKey())), before, after, property::setValue);
        });
    }

    /** Checks the row as it stands; stores it when valid, shows the problems next to their fields otherwise. */
    private void rowChanged(ConditionRowViewModel row) {
        Optional<BigDecimal> threshold = parseNumber(row.thresholdProperty().get());
        if (threshold.isEmpty()) {
            row.setErrors(messages.get("questions.error.notANumber", rangeText(row.metricProperty().get().unit())), "");
            return;
        }
        DoneCondition condition = row.toCondition(threshold.get());
        List<Problem> problems = ConditionRules.check(condition);
        row.setErrors(message(problems, "threshold"), message(problems, "businessArea"));
        if (!problems.isEmpty()) {
            return;
        }
        row.setSummary(summary(condition));
        conditionSaves.get(row).submit(condition);
        tasks.run(() -> service.evaluate(condition), evaluation -> show(row, evaluation),
                failure -> LOG.warn("Could not evaluate a done-condition", failure));
    }

    private String message(List<Problem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(messages::describe).orElse("");
    }

    /** A number as typed: {@code 80}, {@code 80.5}, {@code 80 %}; empty when it is not one. */
    static Optional<BigDecimal> parseNumber(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.endsWith("%")) {
            typed = typed.substring(0, typed.length() - 1).strip();
        }
        if (typed.isEmpty() || !typed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(typed));
    }

    /** E.g. "0 to 100 %", "0 or more", for the hint next to the threshold. */
    public String rangeText(MetricUnit unit) {
        return unit.max().isPresent()
                ? messages.get("questions.range.between", unit.min().toPlainString(), unit.max().get().toPlainString())
                : messages.get(unit.isWhole() ? "questions.range.whole" : "questions.range.atLeast", unit.min().toPlainString());
    }

    /** The value with its unit: {@code 80 %}, {@code 412.5 (money)}, {@code 3}. */
    public String withUnit(Metric metric, BigDecimal number) {
        return messages.get(metric.unit().messageKey(), ConditionRowViewModel.formatNumber(number));
    }

    private String summary(DoneCondition condition) {
        String target = condition.comparison().symbol() + " " + withUnit(condition.metric(), condition.threshold());
        return condition.targetDate()
                .map(date -> messages.get("questions.condition.targetBy", target, DATE_FORMAT.format(date)))
                .orElse(target);
    }

    private void show(ConditionRowViewModel row, Evaluation evaluation) {
        Metric metric = evaluation.condition().metric();
        String value = evaluation.value().map(number -> withUnit(metric, number)).orElse(messages.get("questions.value.none"));
        String status = messages.get(evaluation.status().messageKey());
        if (evaluation.overdue() && evaluation.status() == ConditionStatus.NOT_MET) {
            status = messages.get("questions.status.overdue", status);
        }
        String reason = evaluation.status() == ConditionStatus.NO_DATA ? messages.get(metric.source().messageKey()) : "";
        row.setEvaluation(value, status, reason, evaluation.signal());
    }

    /**
     * A target date as typed: empty clears it, {@code 2027-03-31} sets it, anything else is refused
     * next to the field and the stored date stays.
     *
     * @return the row's target date afterwards
     */
    public LocalDate typeTargetDate(ConditionRowViewModel row, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            row.targetDateProperty().set(null);
        } else {
            try {
                row.targetDateProperty().set(LocalDate.parse(typed, DATE_FORMAT));
            } catch (DateTimeParseException e) {
                row.setTargetDateError(messages.get("questions.error.date", typed));
                return row.targetDateProperty().get();
            }
        }
        row.setTargetDateError("");
        return row.targetDateProperty().get();
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE_FORMAT.format(date);
    }

    /** Adds a done-condition on {@link #newMetricProperty()} to the question shown, with the metric's usual target, and selects it. */
    public void addCondition() {
        QuestionViewModel question = selected.get();
        Metric metric = newMetric.get();
        if (question == null || metric == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> service.add(question.question(), metric), added -> {
            busy.set(false);
            ConditionRowViewModel row = addRow(added);
            show(row, service.evaluate(added));
            selectedCondition.set(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.questions.add", messages.get(metric.messageKey())), false, () -> remove(row), () -> restore(row)));
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    /** Deletes a done-condition after the user confirms; Edit → Undo brings it back. */
    public void delete(ConditionRowViewModel row) {
        if (row == null) {
            return;
        }
        String name = messages.get(row.metricProperty().get().messageKey());
        boolean confirmed = dialogs.ask(messages.get("questions.delete.title"),
                messages.get("questions.delete.question", name, row.summaryProperty().get()),
                messages.get("questions.delete.yes"), messages.get("dialog.cancel"));
        if (confirmed) {
            remove(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.questions.delete", name), true, () -> remove(row), () -> restore(row)));
        }
    }

    private DoneCondition stored(ConditionRowViewModel row) {
        // The id is what delete and restore use; the typed threshold may be invalid at this moment.
        return row.toCondition(parseNumber(row.thresholdProperty().get()).orElse(BigDecimal.ZERO));
    }

    private void remove(ConditionRowViewModel row) {
        DoneCondition condition = stored(row);
        busy.set(true);
        tasks.run(() -> service.delete(condition), () -> {
            busy.set(false);
            if (selectedCondition.get() == row) {
                selectedCondition.set(null);
            }
            questions.get(row.question()).conditions().remove(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    private void restore(ConditionRowViewModel row) {
        DoneCondition condition = stored(row);
        busy.set(true);
        tasks.run(() -> service.restore(condition), () -> {
            busy.set(false);
            List<ConditionRowViewModel> rows = new ArrayList<>(questions.get(row.question()).conditions());
            rows.add(row);
            rows.sort((a, b) -> Long.compare(a.id(), b.id()));
            questions.get(row.question()).conditions().setAll(rows);
            selected.set(questions.get(row.question()));
            selectedCondition.set(row);
        }, failure -> {
            busy.set(false);
            saveFailed(failure);
        });
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Key questions step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    /** The four questions in order. */
    public ObservableList<QuestionViewModel> questions() {
        return FXCollections.unmodifiableObservableList(questionList);
    }

    public QuestionViewModel question(KeyQuestion question) {
        return questions.get(question);
    }

    /** The question the screen shows; never {@code null}. */
    public ObjectProperty<QuestionViewModel> selectedProperty() {
        return selected;
    }

    /** The condition the editor shows, or {@code null}. */
    public ObjectProperty<ConditionRowViewModel> selectedConditionProperty() {
        return selectedCondition;
    }

    /** The metric the next added condition uses. */
    public ObjectProperty<Metric> newMetricProperty() {
        return newMetric;
    }

    /** No owner, then the stakeholder register. */
    public ObservableList<Choice> ownerChoices() {
        return ownerChoices;
    }

    /** Any area, then the Scope step's activity areas. */
    public ObservableList<Choice> areaChoices() {
        return areaChoices;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
