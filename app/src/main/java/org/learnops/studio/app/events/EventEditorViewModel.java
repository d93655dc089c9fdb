package org.learnops.studio.app.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
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
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.export.SignInSheetExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selected event: its details (saved as they change, each save one undo step), cancel and
 * restore with a reason, .ics export, its history, and the Sessions, Enrolments, Attendance and
 * Costs parts.
 */
public final class EventEditorViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EventEditorViewModel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The fields that can show an inline error, named as in {@link Event}; "event" is for the rest. */
    static final List<String> FIELDS = List.of("courseId", "coordinatorId", "businessArea", "region", "capacity",
            "minimumEnrolment", "status", "startsOn", "endsOn", "event");

    private final EventsContext context;
    private final References references;
    private final Consumer<EventSummary> rowChanged;
    private final SessionsViewModel sessions;
    private final EnrolmentsViewModel enrolments;
    private final AttendanceViewModel attendance;
    private final CostsViewModel costs;

    private final ReadOnlyObjectWrapper<EventSummary> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Choice<Long>> course = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> coordinator = new SimpleObjectProperty<>();
    private final StringProperty businessArea = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final StringProperty minimumEnrolment = new SimpleStringProperty("");
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final ObservableList<EventStatus> settableStatuses = FXCollections.observableArrayList(
            List.of(EventStatus.values()).stream().filter(EventStatus::isSettable).toList());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cancellationLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper information = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    /** The event as last stored: what an edit is compared with and what undo goes back to. */
    private Event stored;
    /** True while the fields are filled from a stored event: those changes are not edits. */
    private boolean filling;

    EventEditorViewModel(EventsContext context, References references, SignInSheetExport signInSheets,
                         Consumer<EventSummary> rowChanged) {
        this.context = context;
        this.references = references;
        this.rowChanged = rowChanged;
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
        this.sessions = new SessionsViewModel(context, references, this::changed);
        this.enrolments = new EnrolmentsViewModel(context, this::changed);
        this.attendance = new AttendanceViewModel(context, references, sessions.sessions(), enrolments.lines(),
                heading::get, signInSheets, () -> {
                    // Marks move the enrolments to attended / no-show: the Enrolments tab shows it.
                    enrolments.reload();
                    changed();
                });
        this.costs = new CostsViewModel(context, this::changed);
        sessions.eventSource(() -> stored);
        // Pickers and dates save as soon as they change; text fields save when the view commits them (Enter, leaving the field).
        course.addListener((observable, old, now) -> saveDetails());
        coordinator.addListener((observable, old, now) -> saveDetails());
        status.addListener((observable, old, now) -> saveDetails());
        startsOn.addListener((observable, old, now) -> saveDetails());
        endsOn.addListener((observable, old, now) -> saveDetails());
    }

    /** Shows {@code summary}'s event (or nothing) and reads its sessions, enrolments, costs and history. */
    void show(EventSummary summary) {
        shown.set(summary);
        information.set("");
        clearErrors();
        if (summary == null) {
            stored = null;
            history.clear();
            sessions.show(0);
            enrolments.show(0);
            attendance.show(0);
            costs.show(0);
            return;
        }
        fill(summary.event());
        describe(summary);
        long id = summary.event().id();
        sessions.show(id);
        enrolments.show(id);
        attendance.show(id);
        costs.show(id);
        readHistory(id);
    }

    /** The pickers' choices were read again: show the same people and course under their current names. */
    void referencesChanged() {
        if (stored != null) {
            filling = true;
            course.set(references.course(stored.courseId()));
            coordinator.set(references.coordinator(stored.coordinatorId().orElse(null)));
            filling = false;
        }
        sessions.referencesChanged();
    }

    private void fill(Event event) {
        stored = event;
        filling = true;
        course.set(references.course(event.courseId()));
        coordinator.set(references.coordinator(event.coordinatorId().orElse(null)));
        businessArea.set(event.businessArea());
        region.set(event.region());
        capacity.set(Integer.toString(event.capacity()));
        minimumEnrolment.set(Integer.toString(event.minimumEnrolment()));
        status.set(event.status());
        startsOn.set(event.startsOn());
        endsOn.set(event.endsOn());
        filling = false;
    }

    private void describe(EventSummary summary) {
        heading.set(summary.courseTitle());
        statusLine.set(context.text("events.statusLine", summary.shownStatus(), summary.enrolled(),
                summary.event().capacity(), summary.waitlisted(), summary.sessions()));
        cancelled.set(summary.event().isCancelled());
        cancellationLine.set(summary.event().cancellation().map(c -> context.text("events.cancelledLine",
                WHEN.format(c.at().atZone(ZoneId.systemDefault())), c.by(), c.reason())).orElse(""));
    }

    /**
     * Stores the details as they are now, if they are valid and differ from what is stored. A
     * value that cannot be read (capacity "twelve") is refused next to its field and not stored;
     * the model's own checks come back the same way.
     */
    public void saveDetails() {
        if (filling || stored == null) {
            return;
        }
        Optional<Event> edited = readFields();
        if (edited.isEmpty() || edited.get().equals(stored)) {
            return;
        }
        Event before = stored;
        Event after = edited.get();
        stored = after;
        store(after, () -> context.undo().record(UndoManager.edit(
                context.text("undo.events.change", heading.get()), () -> restoreDetails(after, before),
                () -> restoreDetails(before, after))), () -> stored = before);
    }

    /** Undo or redo of a details change: stores {@code to} and shows it if that event is still shown. */
    private void restoreDetails(Event from, Event to) {
        if (stored != null && stored.id() == to.id()) {
            fill(to);
        }
        store(to, () -> { }, () -> { });
    }

    private void store(Event event, Runnable saved, Runnable refused) {
        busy.set(true);
        context.tasks().run(() -> context.events().saveEvent(event), promoted -> {
            busy.set(false);
            clearErrors();
            saved.run();
            announce(promoted);
            changed();
            if (!promoted.isEmpty()) {
                enrolments.reload();
            }
        }, failure -> {
            busy.set(false);
            refused.run();
            if (failure instanceof InvalidInputException invalid) {
                showProblems(invalid.problems());
            } else {
                context.failed(LOG, "events.saveFailed.title", failure);
            }
        });
    }

    private void announce(List<Enrolment> promoted) {
        if (!promoted.isEmpty()) {
            information.set(enrolments.promotedMessage(promoted));
        }
    }

    private Optional<Event> readFields() {
        clearErrors();
        Integer places = number(capacity.get(), "capacity");
        Integer minimum = number(minimumEnrolment.get(), "minimumEnrolment");
        if (course.get() == null || course.get().isNone()) {
            errors.get("courseId").set(context.text("events.error.courseRequired"));
        }
        if (startsOn.get() == null) {
            errors.get("startsOn").set(context.text("events.error.dateRequired"));
        }
        if (endsOn.get() == null) {
            errors.get("endsOn").set(context.text("events.error.dateRequired"));
        }
        if (errors.values().stream().anyMatch(error -> !error.get().isEmpty())) {
            return Optional.empty();
        }
        Choice<Long> chosenCoordinator = coordinator.get();
        Event edited = new Event(stored.id(), course.get().value(),
                Optional.ofNullable(chosenCoordinator == null ? null : chosenCoordinator.value()),
                businessArea.get().strip(), region.get().strip(), places, minimum,
                status.get() == null ? stored.status() : status.get(), startsOn.get(), endsOn.get(), stored.cancellation());
        // Refused here at once; the service checks the same rules again before storing.
        List<Problem> problems = OperationsRules.check(edited);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return Optional.empty();
        }
        return Optional.of(edited);
    }

    private Integer number(String text, String field) {
        String typed = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            errors.get(field).set(context.text("events.error.wholeNumber", typed));
            return null;
        }
    }

    private void showProblems(List<Problem> problems) {
        for (Problem problem : problems) {
            String field = errors.containsKey(problem.field()) ? problem.field() : "event";
            if (errors.get(field).get().isEmpty()) {
                errors.get(field).set(context.messages().describe(problem));
            }
        }
    }

    private void clearErrors() {
        errors.values().forEach(error -> error.set(""));
    }

    /** Something about the shown event changed: read its summary and history again; its row in the list follows. */
    void changed() {
        EventSummary current = shown.get();
        if (current == null) {
            return;
        }
        long id = current.event().id();
        context.tasks().run(() -> new Refreshed(context.events().event(id), context.events().history(id)), fresh -> {
            rowChanged.accept(fresh.summary());
            if (shown.get() != null && shown.get().event().id() == id) {
                shown.set(fresh.summary());
                describe(fresh.summary());
                // The fields keep what the user may be typing; only the cancellation comes from the store.
                if (stored != null) {
                    stored = stored.withCancellation(fresh.summary().event().cancellation());
                }
                history.setAll(newestFirst(fresh.history()));
            }
        }, failure -> LOG.warn("Could not read event {} again", id, failure));
    }

    /** The latest change on top: what the coordinator just did is what they look for. */
    private static List<AuditEntry> newestFirst(List<AuditEntry> oldestFirst) {
        List<AuditEntry> entries = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(entries);
        return entries;
    }

    private record Refreshed(EventSummary summary, List<AuditEntry> history) {
    }

    private void readHistory(long id) {
        context.tasks().run(() -> context.events().history(id), entries -> {
            if (shown.get() != null && shown.get().event().id() == id) {
                history.setAll(newestFirst(entries));
            }
        }, failure -> LOG.warn("Could not read the history of event {}", id, failure));
    }

    /** Cancels the event after asking for the reason (required); Edit → Undo restores it. */
    public void cancelEvent() {
        EventSummary current = shown.get();
        if (current == null || current.event().isCancelled()) {
            return;
        }
        context.dialogs().askText(context.text("events.cancel.title"),
                context.text("events.cancel.question", current.courseTitle()), context.text("events.reason"))
                .ifPresent(reason -> {
                    long id = current.event().id();
                    cancel(id, reason);
                    context.undo().record(UndoManager.edit(context.text("undo.events.cancel", current.courseTitle()),
                            () -> restore(id), () -> cancel(id, reason)));
                });
    }

    /** Restores a cancelled event: its sessions and enrolments are as they were. */
    public void restoreEvent() {
        EventSummary current = shown.get();
        if (current == null || !current.event().isCancelled()) {
            return;
        }
        long id = current.event().id();
        restore(id);
    }

    private void cancel(long id, String reason) {
        run(() -> context.events().cancelEvent(id, reason));
    }

    private void restore(long id) {
        run(() -> context.events().restoreEvent(id));
    }

    private void run(Runnable work) {
        busy.set(true);
        context.tasks().run(work, () -> {
            busy.set(false);
            changed();
        }, failure -> {
            busy.set(false);
            context.failed(LOG, "events.saveFailed.title", failure);
        });
    }

    /** Exports the event's sessions as an .ics file the user picks, in the background. */
    public void exportCalendar() {
        EventSummary current = shown.get();
        if (current == null) {
            return;
        }
        String suggested = fileName(current.courseTitle()) + ".ics";
        Optional<Path> target = context.dialogs().chooseSaveFile(context.text("events.export.title"), suggested,
                context.text("events.export.filter"), "ics");
        target.ifPresent(path -> {
            busy.set(true);
            context.tasks().run(() -> context.calendar().exportEvent(current.event().id(), path), () -> {
                busy.set(false);
                information.set(context.text("events.export.done", path.getFileName()));
            }, failure -> {
                busy.set(false);
                context.failed(LOG, "events.export.failed", failure);
            });
        });
    }

    /** A file name from a title: letters, digits, spaces and dashes kept, the rest dropped. */
    static String fileName(String title) {
        String kept = title.replaceAll("[^\\p{L}\\p{N} _-]", "").strip();
        return kept.isEmpty() ? "event" : kept;
    }

    /** How a history line's moment is shown, in the computer's time zone. */
    public static String when(AuditEntry entry) {
        return WHEN.format(entry.at().atZone(ZoneId.systemDefault()));
    }

    public ReadOnlyObjectProperty<EventSummary> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public SessionsViewModel sessions() {
        return sessions;
    }

    public EnrolmentsViewModel enrolments() {
        return enrolments;
    }

    public AttendanceViewModel attendance() {
        return attendance;
    }

    public CostsViewModel costs() {
        return costs;
    }

    public ObjectProperty<Choice<Long>> courseProperty() {
        return course;
    }

    public ObjectProperty<Choice<Long>> coordinatorProperty() {
        return coordinator;
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public StringProperty minimumEnrolmentProperty() {
        return minimumEnrolment;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    /** The statuses a coordinator sets (FULL and CANCELLED follow from the data). */
    public ObservableList<EventStatus> settableStatuses() {
        return settableStatuses;
    }

    /** The inline message of one of {@link #FIELDS}; empty while valid. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return Objects.requireNonNull(errors.get(field), field).getReadOnlyProperty();
    }

    /** The course title of the shown event. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** E.g. "Open · 8 of 12 places taken · 2 waiting · 3 sessions". */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /** When, by whom and why the event was cancelled; empty unless cancelled. */
    public ReadOnlyStringProperty cancellationLineProperty() {
        return cancellationLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** A line about what just happened that the user should know (promotions, an export). */
    public ReadOnlyStringProperty informationProperty() {
        return information.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The event's history, newest first; read-only. */
    public ObservableList<AuditEntry> history() {
        return FXCollections.unmodifiableObservableList(history);
    }
}
