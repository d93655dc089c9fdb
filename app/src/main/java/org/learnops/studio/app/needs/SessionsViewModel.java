package org.learnops.studio.app.needs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javafx.beans.Observable;
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
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsRules;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.service.NeedsAnalysisService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sessions tab of the Needs analysis step: interviews, observations, surveys and workshops,
 * who took part and what was noted. Every valid change is saved at once and can be undone.
 * Built and loaded by {@link NeedsAnalysisViewModel}.
 */
public final class SessionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SessionsViewModel.class);

    private final NeedsAnalysisService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;
    private final ToIntFunction<Long> findingsNaming;

    private final ObservableList<SessionRowViewModel> sessions = FXCollections.observableArrayList(row -> new Observable[] {
        row.typeProperty(), row.dateProperty(), row.groupProperty(), row.participantsProperty()});
    private final Map<SessionRowViewModel, Autosave<NeedsSession>> sessionSaves = new HashMap<>();
    private final ObservableList<Stakeholder> stakeholders = FXCollections.observableArrayList();
    private final ObjectProperty<SessionRowViewModel> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param findingsNaming how many findings name a session (by id) as their source
     */
    SessionsViewModel(NeedsAnalysisService service, TaskRunner tasks, DialogService dialogs, Messages messages,
                      SaveTracker saves, UndoManager undo, ToIntFunction<Long> findingsNaming) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        this.findingsNaming = findingsNaming;
    }

    void show(List<NeedsSession> loaded, List<Stakeholder> register) {
        sessions.clear();
        sessionSaves.clear();
        loaded.forEach(this::addRow);
        stakeholders.setAll(register);
        selected.set(sessions.isEmpty() ? null : sessions.get(0));
    }

    void showStakeholders(List<Stakeholder> register) {
        stakeholders.setAll(register);
    }

    private SessionRowViewModel addRow(NeedsSession session) {
        SessionRowViewModel row = new SessionRowViewModel(session);
        sessionSaves.put(row, new Autosave<>(tasks, saves, service::saveSession, this::failed));
        List<Property<?>> fields = List.of(row.typeProperty(), row.dateProperty(), row.groupProperty(),
                row.participantsProperty(), row.notesProperty());
        for (Property<?> property : fields) {
            property.addListener(changed -> changed(row));
            recordChanges(row, property);
        }
        sessions.add(row);
        return row;
    }

    private <T> void recordChanges(SessionRowViewModel row, Property<T> property) {
        property.addListener((observable, before, after) -> undo.recordChange(List.of(row, property),
                messages.get("needs.undo.session", label(row)), before, after, value -> {
                    property.setValue(value);
                    selected.set(row);
                }));
    }

    private void changed(SessionRowViewModel row) {
        NeedsSession session = row.toSession();
        List<Problem> problems = NeedsRules.check(session);
        row.setErrors(message(problems, "date"), message(problems, "notes"));
        if (problems.isEmpty()) {
            sessionSaves.get(row).submit(session);
        }
    }

    private String message(List<Problem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().map(messages::describe).orElse("");
    }

    /** Adds a workshop held today and selects it, ready to fill in. */
    public void addSession() {
        NeedsSession planned = NeedsSession.planned(SessionType.WORKSHOP, LocalDate.now(), NeedsGroup.OTHER);
        busy.set(true);
        tasks.run(() -> service.addSession(planned), added -> {
            busy.set(false);
            SessionRowViewModel row = addRow(added);
            selected.set(row);
            undo.record(UndoManager.addOrRemove(messages.get("needs.undo.addSession", label(row)), false, () -> remove(row), () -> restore(row)));
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    /** Deletes a session after the user confirms; findings keep naming it, and Edit → Undo brings it back. */
    public void deleteSession(SessionRowViewModel row) {
        int naming = findingsNaming.applyAsInt(row.id());
        String question = messages.get("needs.deleteSession.question", label(row), naming);
        if (dialogs.ask(messages.get("needs.deleteSession.title"), question, messages.get("needs.delete.yes"),
                messages.get("dialog.cancel"))) {
            remove(row);
            undo.record(UndoManager.addOrRemove(messages.get("needs.undo.deleteSession", label(row)), true, () -> remove(row), () -> restore(row)));
        }
    }

    private void remove(SessionRowViewModel row) {
        busy.set(true);
        tasks.run(() -> service.deleteSession(row.id()), () -> {
            busy.set(false);
            int at = sessions.indexOf(row);
            sessions.remove(row);
            if (selected.get() == row) {
                selected.set(sessions.isEmpty() ? null : sessions.get(Math.min(at, sessions.size() - 1)));
            }
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void restore(SessionRowViewModel row) {
        busy.set(true);
        tasks.run(() -> service.restoreSession(row.id()), () -> {
            busy.set(false);
            int at = 0;
            while (at < sessions.size() && sessions.get(at).id() < row.id()) {
                at++;
            }
            sessions.add(at, row);
            selected.set(row);
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        LOG.error("Could not save a needs-analysis session", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    /** E.g. "Workshop · 2026-03-12 · Senior leaders". */
    public String label(SessionRowViewModel row) {
        LocalDate date = row.dateProperty().get();
        return messages.get("needs.session.label",
                row.typeProperty().get() == null ? "" : messages.get(row.typeProperty().get().messageKey()),
                date == null ? messages.get("needs.session.noDate") : date.toString(),
                row.groupProperty().get() == null ? "" : messages.get(row.groupProperty().get().messageKey()));
    }

    /** The label of the session with this id; "No session" for {@link NeedsAnalysisViewModel#NONE} or a deleted one. */
    public String label(long id) {
        return find(id).map(this::label).orElse(messages.get("needs.session.none"));
    }

    Optional<SessionRowViewModel> find(long id) {
        return sessions.stream().filter(row -> row.id() == id).findFirst();
    }

    /** Who took part, by name, e.g. "Ana Silva, Bo Chen"; stakeholders deleted from the register are left out. */
    public String participantNames(SessionRowViewModel row) {
        return String.join(", ", stakeholders.stream().filter(s -> row.hasParticipant(s.id())).map(Stakeholder::name).toList());
    }

    /** How many findings name this session as their source. */
    public int findingCount(SessionRowViewModel row) {
        return findingsNaming.applyAsInt(row.id());
    }

    public ObservableList<SessionRowViewModel> sessions() {
        return sessions;
    }

    /** The stakeholder register (step 4), for choosing participants. */
    public ObservableList<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public ObjectProperty<SessionRowViewModel> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
