package org.learnops.studio.app.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.HeatMap;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsRules;
import org.learnops.studio.domain.needs.Ranking;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.StakeholderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Needs analysis step (S3), built for a live workshop: quick capture of findings with sticky
 * area, group, severity and frequency (set by keyboard shortcuts the View maps to the
 * {@code stick…} intents), dot voting, a ranked list and a heat map whose cells filter the list.
 * Every add and edit is one background transaction, saved at once and undoable. The Sessions tab
 * is {@link #sessions()}.
 */
public final class NeedsAnalysisViewModel {

    /** The id that stands for "no area" / "no session" in the area and session properties. */
    public static final long NONE = 0L;
    static final int DEFAULT_RATING = 3;
    private static final int SHORT_TEXT = 40;

    private static final Logger LOG = LoggerFactory.getLogger(NeedsAnalysisViewModel.class);

    private final NeedsAnalysisService service;
    private final StakeholderService stakeholderService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;
    private final SessionsViewModel sessions;

    private List<ActivityArea> areas = List.of();
    private final ObservableList<Long> areaChoices = FXCollections.observableArrayList(NONE);
    private final ObservableList<Long> shortcutAreas = FXCollections.observableArrayList();
    private final ObservableList<Long> sessionChoices = FXCollections.observableArrayList(NONE);

    private final ObservableList<FindingRowViewModel> findings = FXCollections.observableArrayList(row -> new Observable[] {
        row.areaProperty(), row.groupProperty(), row.severityProperty(), row.frequencyProperty(), row.statusProperty(),
        row.votesProperty(), row.sessionProperty()});
    private final Map<FindingRowViewModel, Autosave<Finding>> findingSaves = new HashMap<>();
    private final ObservableList<FindingRowViewModel> ranked = FXCollections.observableArrayList();
    private final ObservableList<FindingRowViewModel> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<FindingRowViewModel> rankedView = FXCollections.unmodifiableObservableList(ranked);
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>(Ranking.BY_VOTES);
    private final ReadOnlyObjectWrapper<HeatMap> heatMap = new ReadOnlyObjectWrapper<>(HeatMap.of(List.of(), List.of()));
    private final ObjectProperty<HeatMap.Measure> measure = new SimpleObjectProperty<>(HeatMap.Measure.COUNT);
    private final ReadOnlyObjectWrapper<HeatMap.Key> filter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper filterDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<FindingRowViewModel> selected = new SimpleObjectProperty<>();

    private final StringProperty captureText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper captureError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Long> captureArea = new SimpleObjectProperty<>(NONE);
    private final ObjectProperty<NeedsGroup> captureGroup = new SimpleObjectProperty<>(NeedsGroup.OTHER);
    private final ObjectProperty<Integer> captureSeverity = new SimpleObjectProperty<>(DEFAULT_RATING);
    private final ObjectProperty<Integer> captureFrequency = new SimpleObjectProperty<>(DEFAULT_RATING);
    private final ObjectProperty<Long> captureSession = new SimpleObjectProperty<>(NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public NeedsAnalysisViewModel(NeedsAnalysisService service, StakeholderService stakeholderService, TaskRunner tasks,
                                  DialogService dialogs, Messages messages, SaveTracker saves, UndoManager undo) {
        this.service = service;
        this.stakeholderService = stakeholderService;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.sessions = new SessionsViewModel(service, tasks, dialogs, messages, saves, undo, this::findingsNaming);
        findings.addListener((ListChangeListener<FindingRowViewModel>) change -> recompute());
        ranking.addListener(changed -> recompute());
        filter.addListener(changed -> recompute());
        captureText.addListener(changed -> captureError.set(""));
        sessions.sessions().addListener((ListChangeListener<SessionRowViewModel>) change -> sessionsChanged());
        recompute();
    }

    private record Loaded(NeedsAnalysis analysis, List<Stakeholder> stakeholders) {
    }

    private record Choices(List<ActivityArea> areas, List<Stakeholder> stakeholders) {
    }

    /** Reads the step's data in the background. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.load(), stakeholderService.list()), loaded -> {
            busy.set(false);
            findings.clear();
            findingSaves.clear();
            showAreas(loaded.analysis().areas());
            loaded.analysis().findings().forEach(this::addRow);
            sessions.show(loaded.analysis().sessions(), loaded.stakeholders());
        }, failure -> {
            busy.set(false);
            LOG.error("Could not load the Needs analysis step", failure);
            dialogs.showError(messages.get("needs.loadFailed.title"), messages.describe(failure));
        });
    }

    /**
     * Reads the Scope step's areas and the stakeholder register again: the user may have changed
     * them on their own screens since {@link #load()}.
     */
    public void refreshChoices() {
        tasks.run(() -> new Choices(service.areas(), stakeholderService.list()), choices -> {
            showAreas(choices.areas());
            sessions.showStakeholders(choices.stakeholders());
        }, failure -> LOG.warn("Could not refresh the areas and stakeholders", failure));
    }

    private void showAreas(List<ActivityArea> all) {
        areas = List.copyOf(all);
        List<Long> choices = new ArrayList<>();
        choices.add(NONE);
        all.forEach(area -> choices.add(area.id()));
        areaChoices.setAll(choices);
        shortcutAreas.setAll(NeedsRules.offeredAreas(all).stream().limit(NeedsRules.SHORTCUT_AREAS)
                .map(ActivityArea::id).toList());
        recompute();
    }

    private void sessionsChanged() {
        List<Long> choices = new ArrayList<>();
        choices.add(NONE);
        sessions.sessions().forEach(row -> choices.add(row.id()));
        sessionChoices.setAll(choices);
        if (sessions.find(captureSession.get()).isEmpty()) {
            captureSession.set(NONE);
        }
    }

    private int findingsNaming(long sessionId) {
        return (int) findings.stream().filter(row -> Objects.equals(row.sessionProperty().get(), sessionId)).count();
    }

    private FindingRowViewModel addRow(Finding finding) {
        FindingRowViewModel row = new FindingRowViewModel(finding);
        findingSaves.put(row, new Autosave<>(tasks, saves, service::saveFinding, this::saveFailed));
        List<Property<?>> edited = List.of(row.textProperty(), row.areaProperty(), row.groupProperty(),
                row.severityProperty(), row.frequencyProperty(), row.sessionProperty(), row.statusProperty());
        for (Property<?> property : edited) {
            property.addListener(changed -> findingChanged(row));
            recordChanges(row, property);
        }
        row.votesProperty().addListener(changed -> findingChanged(row));
        insertInCaptureOrder(row);
        return row;
    }

    private void insertInCaptureOrder(FindingRowViewModel row) {
        int at = findings.size();
        while (at > 0 && findings.get(at - 1).id() > row.id()) {
            at--;
        }
        findings.add(at, row);
    }

    /** Each change becomes an undo step; typing in one field merges into one step. Undoing selects the finding. */
    private <T> void recordChanges(FindingRowViewModel row, Property<T> property) {
        property.addListener((observable, before, after) -> undo.recordChange(List.of(row, property),
                messages.get("needs.undo.finding", shortText(row)), before, after, value -> {
                    property.setValue(value);
                    selected.set(row);
                }));
    }

    private void findingChanged(FindingRowViewModel row) {
        Finding finding = row.toFinding();
        List<Problem> problems = NeedsRules.check(finding);
        row.setTextError(problems.stream().filter(p -> p.field().equals("text")).findFirst()
                .map(messages::describe).orElse(""));
        if (problems.isEmpty()) {
            findingSaves.get(row).submit(finding);
        }
    }

    private void recompute() {
        HeatMap map = HeatMap.of(areas, findings.stream().map(FindingRowViewModel::toFinding).toList());
        heatMap.set(map);
        HeatMap.Key key = filter.get();
        if (key != null && map.cell(key).isEmpty()) {
            filter.set(null);
            return; // the filter's listener computes again
        }
        Comparator<Finding> order = ranking.get().comparator();
        List<FindingRowViewModel> now = findings.stream()
                .filter(row -> key == null || map.keyOf(row.toFinding()).equals(Optional.of(key)))
                .sorted(Comparator.comparing(FindingRowViewModel::toFinding, order))
                .toList();
        if (!now.equals(ranked)) {
            ranked.setAll(now);
        }
        long open = findings.stream().filter(row -> row.toFinding().isOpen()).count();
        summary.set(messages.get("needs.findings.summary", findings.size(), open));
        filterDescription.set(key == null ? "" : messages.get("needs.filter.showing",
                areaName(key.areaId().orElse(NONE)), messages.get(key.group().messageKey()), now.size()));
    }

    /**
     * Adds the finding typed in {@link #captureTextProperty()} with the sticky area, group,
     * severity, frequency and session, and clears the field at once for the next one (the save
     * runs in the background). When stored, the finding is selected; if a heat-map filter would
     * hide it, the filter is cleared.
     */
    public void capture() {
        String text = captureText.get() == null ? "" : captureText.get().strip();
        Finding candidate = Finding.captured(text, optional(captureArea.get()), captureGroup.get(),
                captureSeverity.get(), captureFrequency.get(), optional(captureSession.get()));
        List<Problem> problems = NeedsRules.check(candidate);
        if (!problems.isEmpty()) {
            captureError.set(messages.describe(problems.get(0)));
            return;
        }
        captureText.set("");
        tasks.run(() -> service.addFinding(candidate), added -> {
            FindingRowViewModel row = addRow(added);
            if (!ranked.contains(row)) {
                filter.set(null);
            }
            selected.set(row);
            undo.record(UndoManager.addOrRemove(messages.get("needs.undo.capture", shortText(row)), false, () -> remove(row), () -> restore(row)));
        }, failure -> {
            saveFailed(failure);
            if (captureText.get() == null || captureText.get().isEmpty()) {
                captureText.set(text); // nothing typed is lost
            }
        });
    }

    /** Ctrl+1 … Ctrl+9: the n-th of the {@link #shortcutAreas()}; 0: no area. Numbers without an area are ignored. */
    public void stickArea(int number) {
        if (number == 0) {
            captureArea.set(NONE);
        } else if (number >= 1 && number <= shortcutAreas.size()) {
            captureArea.set(shortcutAreas.get(number - 1));
        }
    }

    public void stickSeverity(int value) {
        if (value >= NeedsRules.MIN_RATING && value <= NeedsRules.MAX_RATING) {
            captureSeverity.set(value);
        }
    }

    public void stickFrequency(int value) {
        if (value >= NeedsRules.MIN_RATING && value <= NeedsRules.MAX_RATING) {
            captureFrequency.set(value);
        }
    }

    public void stickGroup(NeedsGroup group) {
        captureGroup.set(group);
    }

    /** One dot more (+1) or less (-1) for a finding; never below 0. Each vote is one undo step. */
    public void vote(FindingRowViewModel row, int delta) {
        int before = row.votesProperty().get();
        int after = row.toFinding().withVote(delta).votes();
        selected.set(row);
        if (before == after) {
            return;
        }
        row.setVotes(after);
        undo.record(new UndoManager.Edit() {
            @Override
            public String description() {
                return messages.get(delta > 0 ? "needs.undo.voteUp" : "needs.undo.voteDown", shortText(row));
            }

            @Override
            public void undo() {
                row.setVotes(before);
                selected.set(row);
            }

            @Override
            public void redo() {
                row.setVotes(after);
                selected.set(row);
            }
        });
    }

    /** {@link #vote} on the selected finding, if any. */
    public void voteOnSelected(int delta) {
        if (selected.get() != null) {
            vote(selected.get(), delta);
        }
    }

    public void toggleRanking() {
        ranking.set(ranking.get() == Ranking.BY_VOTES ? Ranking.BY_SCORE : Ranking.BY_VOTES);
    }

    /** Shows only the findings counted in this heat-map cell; the same cell again shows all. */
    public void filterBy(HeatMap.Key key) {
        filter.set(key.equals(filter.get()) ? null : key);
    }

    public void clearFilter() {
        filter.set(null);
    }

    /** Deletes a finding after the user confirms; Edit → Undo brings it back with its votes. */
    public void deleteFinding(FindingRowViewModel row) {
        boolean confirmed = dialogs.ask(messages.get("needs.deleteFinding.title"),
                messages.get("needs.deleteFinding.question", shortText(row), row.votesProperty().get()),
                messages.get("needs.delete.yes"), messages.get("dialog.cancel"));
        if (confirmed) {
            remove(row);
            undo.record(UndoManager.addOrRemove(messages.get("needs.undo.deleteFinding", shortText(row)), true, () -> remove(row), () -> restore(row)));
        }
    }

    private void remove(FindingRowViewModel row) {
        tasks.run(() -> service.deleteFinding(row.id()), () -> {
            int at = ranked.indexOf(row);
            findings.remove(row);
            if (selected.get() == row) {
                selected.set(ranked.isEmpty() ? null : ranked.get(Math.max(0, Math.min(at, ranked.size() - 1))));
            }
        }, this::saveFailed);
    }

    private void restore(FindingRowViewModel row) {
        tasks.run(() -> service.restoreFinding(row.id()), () -> {
            insertInCaptureOrder(row);
            if (!ranked.contains(row)) {
                filter.set(null);
            }
            selected.set(row);
        }, this::saveFailed);
    }

    /** Edit → Undo, for text fields that would otherwise take Ctrl+Z for themselves. */
    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    private void saveFailed(Throwable failure) {
        LOG.error("Could not save the Needs analysis step", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    private static String shortText(FindingRowViewModel row) {
        String text = row.textProperty().get() == null ? "" : row.textProperty().get().strip();
        return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
    }

    static Optional<Long> optional(Long id) {
        return id == null || id == NONE ? Optional.empty() : Optional.of(id);
    }

    /** The area's name as the Scope step shows it; "No area" for {@link #NONE} or an area no longer in the Scope step. */
    public String areaName(long id) {
        return areas.stream().filter(area -> area.id() == id).findFirst().map(this::areaName)
                .orElse(messages.get("needs.area.none"));
    }

    public String areaName(ActivityArea area) {
        return area.builtIn() == null ? area.customName() : messages.get(area.builtIn().messageKey());
    }

    /** The number n of the Ctrl+n shortcut that picks this area, or 0 when it has none. */
    public int shortcutNumber(long areaId) {
        return shortcutAreas.indexOf(areaId) + 1;
    }

    public String sessionLabel(long id) {
        return sessions.label(id);
    }

    public SessionsViewModel sessions() {
        return sessions;
    }

    /** All findings, in capture order. */
    public ObservableList<FindingRowViewModel> findings() {
        return findingsView;
    }

    /** The findings the list shows: ranked by {@link #rankingProperty()}, filtered by the heat-map cell if one is chosen. */
    public ObservableList<FindingRowViewModel> rankedFindings() {
        return rankedView;
    }

    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    public ReadOnlyObjectProperty<HeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ObjectProperty<HeatMap.Measure> measureProperty() {
        return measure;
    }

    /** The heat-map cell the list is filtered to, or {@code null}. */
    public ReadOnlyObjectProperty<HeatMap.Key> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterDescriptionProperty() {
        return filterDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<FindingRowViewModel> selectedProperty() {
        return selected;
    }

    /** {@link #NONE}, then every area of the Scope step in its order. */
    public ObservableList<Long> areaChoices() {
        return FXCollections.unmodifiableObservableList(areaChoices);
    }

    /** The areas Ctrl+1 … Ctrl+9 pick, in that order. */
    public ObservableList<Long> shortcutAreas() {
        return FXCollections.unmodifiableObservableList(shortcutAreas);
    }

    /** {@link #NONE}, then every session. */
    public ObservableList<Long> sessionChoices() {
        return FXCollections.unmodifiableObservableList(sessionChoices);
    }

    public StringProperty captureTextProperty() {
        return captureText;
    }

    public ReadOnlyStringProperty captureErrorProperty() {
        return captureError.getReadOnlyProperty();
    }

    public ObjectProperty<Long> captureAreaProperty() {
        return captureArea;
    }

    public ObjectProperty<NeedsGroup> captureGroupProperty() {
        return captureGroup;
    }

    public ObjectProperty<Integer> captureSeverityProperty() {
        return captureSeverity;
    }

    public ObjectProperty<Integer> captureFrequencyProperty() {
        return captureFrequency;
    }

    public ObjectProperty<Long> captureSessionProperty() {
        return captureSession;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
