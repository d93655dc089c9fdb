package org.learnops.studio.app.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.Conflict;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.RecurrenceRules;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.error.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event's sessions and the session form: one session, or a series (daily, weekly, on chosen
 * weekdays). While the user edits, the conflicts the session would create are checked in the
 * background and listed with their policy; saving applies the policies (a blocked conflict says
 * why, an override asks for the reason, which the history keeps).
 */
public final class SessionsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SessionsViewModel.class);

    /** The fields that can show an inline error; "form" is for the rest. */
    static final List<String> FIELDS = List.of("date", "start", "end", "zone", "link", "count", "weekdays", "form");

    /** Every time zone id the JDK knows, sorted: the user picks one, never types it. */
    private static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final EventsContext context;
    private final References references;
    private final Runnable changed;
    private final ObservableList<SessionRow> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("09:00");
    private final StringProperty end = new SimpleStringProperty("12:00");
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>(ZoneId.systemDefault().getId());
    private final StringProperty zoneSearch = new SimpleStringProperty("");
    private final FilteredList<String> zones = new FilteredList<>(FXCollections.observableArrayList(ZONE_IDS));
    private final ObjectProperty<Choice<Long>> room = new SimpleObjectProperty<>();
    private final StringProperty link = new SimpleStringProperty("");
    private final ObservableList<FacilitatorChoice> facilitators = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.selectedProperty()});
    private final BooleanProperty repeat = new SimpleBooleanProperty();
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>(Frequency.WEEKLY);
    private final Map<DayOfWeek, BooleanProperty> weekdays = new EnumMap<>(DayOfWeek.class);
    private final StringProperty count = new SimpleStringProperty("4");
    private final ReadOnlyObjectWrapper<SessionRow> editing = new ReadOnlyObjectWrapper<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final ObservableList<ConflictLine> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper draftVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper information = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Supplier<Event> event = () -> null;
    private long eventId;
    private int checks;
    private boolean filling;

    SessionsViewModel(EventsContext context, References references, Runnable changed) {
        this.context = context;
        this.references = references;
        this.changed = changed;
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.put(day, new SimpleBooleanProperty());
        }
        room.set(references.noRoom());
        zoneSearch.addListener((observable, old, text) -> {
            String wanted = text == null ? "" : text.strip().toLowerCase().replace(' ', '_');
            zones.setPredicate(wanted.isEmpty() ? null : id -> id.toLowerCase().contains(wanted));
        });
        references.facilitators().addListener((ListChangeListener<Choice<Long>>) change -> referencesChanged());
        // Change listeners, not invalidation listeners: those fire once until someone reads the value.
        List<ObservableValue<?>> form = new ArrayList<>(List.of(date, start, end, zone, room, link, repeat, frequency, count));
        form.addAll(weekdays.values());
        form.forEach(field -> field.addListener((observable, old, now) -> draftChanged()));
        facilitators.addListener((ListChangeListener<FacilitatorChoice>) change -> draftChanged());
    }

    /** The event the form's sessions belong to, as last stored (for the within-its-days check). */
    void eventSource(Supplier<Event> source) {
        this.event = source;
    }

    private void draftChanged() {
        if (filling) {
            return;
        }
        errors.values().forEach(error -> error.set(""));
        draftVersion.set(draftVersion.get() + 1);
    }

    void show(long id) {
        eventId = id;
        information.set("");
        newSession();
        if (id == 0) {
            sessions.clear();
        } else {
            reload();
        }
    }

    void reload() {
        long id = eventId;
        context.tasks().run(() -> context.events().sessions(id), read -> {
            if (id == eventId) {
                sessions.setAll(read.stream().map(session -> SessionRow.of(session, references, context)).toList());
            }
        }, failure -> context.failed(LOG, "events.loadFailed.title", failure));
    }

    /** The facilitators and rooms were read again: the ticks and the room chosen stay. */
    void referencesChanged() {
        Set<Long> ticked = tickedFacilitators();
        filling = true;
        facilitators.setAll(references.facilitators().stream().map(choice -> {
            FacilitatorChoice facilitator = new FacilitatorChoice(choice.value(), choice.label());
            facilitator.selectedProperty().set(ticked.contains(choice.value()));
            return facilitator;
        }).toList());
        Long roomId = room.get() == null ? null : room.get().value();
        room.set(references.room(roomId));
        filling = false;
        if (!sessions.isEmpty()) {
            sessions.setAll(sessions.stream().map(row -> SessionRow.of(row.session(), references, context)).toList());
        }
    }

    private Set<Long> tickedFacilitators() {
        Set<Long> ticked = new LinkedHashSet<>();
        facilitators.stream().filter(choice -> choice.selectedProperty().get()).forEach(choice -> ticked.add(choice.personId()));
        return ticked;
    }

    /** Empties the form for a new session on the event's first day (zone, times and room stay as last used). */
    public void newSession() {
        filling = true;
        editing.set(null);
        Event current = event.get();
        date.set(current == null ? context.today() : current.startsOn());
        facilitators.forEach(choice -> choice.selectedProperty().set(false));
        repeat.set(false);
        link.set("");
        filling = false;
        conflicts.clear();
        errors.values().forEach(error -> error.set(""));
    }

    /** Puts a session in the form to change it. */
    public void edit(SessionRow row) {
        if (row == null) {
            return;
        }
        Session session = row.session();
        filling = true;
        editing.set(row);
        repeat.set(false);
        date.set(session.start().toLocalDate());
        start.set(EventsContext.TIME.format(session.start()));
        end.set(EventsContext.TIME.format(session.end()));
        zone.set(session.zone().getId());
        room.set(references.room(session.roomId().orElse(null)));
        link.set(session.virtualLink());
        facilitators.forEach(choice -> choice.selectedProperty().set(session.facilitatorIds().contains(choice.personId())));
        filling = false;
        errors.values().forEach(error -> error.set(""));
        checkConflicts();
    }

    /** What the form describes: one session, or a series' template and its recurrence. */
    record Draft(Session session, Optional<Recurrence> recurrence) {

        /** The sessions saving would create or change. */
        List<Session> sessions() {
            return recurrence.map(rule -> RecurrenceRules.sessions(rule, session)).orElse(List.of(session));
        }
    }

    /** Reads the form; whatever cannot be read is refused next to its field. */
    Optional<Draft> readForm() {
        errors.values().forEach(error -> error.set(""));
        LocalTime from = time(start.get(), "start");
        LocalTime to = time(end.get(), "end");
        if (date.get() == null) {
            errors.get("date").set(context.text("events.error.dateRequired"));
        }
        if (zone.get() == null) {
            errors.get("zone").set(context.text("events.session.error.zone"));
        }
        Integer sessionsWanted = null;
        if (repeat.get()) {
            try {
                sessionsWanted = Integer.parseInt(count.get().strip());
            } catch (NumberFormatException e) {
                errors.get("count").set(context.text("events.error.wholeNumber", count.get().strip()));
            }
        }
        if (errors.values().stream().anyMatch(error -> !error.get().isEmpty()) || eventId == 0) {
            return Optional.empty();
        }
        ZoneId zoneId = ZoneId.of(zone.get());
        SessionRow edited = editing.get();
        Session session = new Session(edited == null ? 0 : edited.id(), eventId,
                edited == null ? Optional.empty() : edited.session().seriesId(),
                LocalDateTime.of(date.get(), from), LocalDateTime.of(date.get(), to), zoneId,
                Optional.ofNullable(room.get() == null ? null : room.get().value()), link.get().strip(),
                List.copyOf(tickedFacilitators()),
                edited == null ? Optional.empty() : edited.session().cancellation());
        List<Problem> problems = new ArrayList<>();
        Optional<Recurrence> recurrence = Optional.empty();
        if (repeat.get()) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            weekdays.forEach((day, ticked) -> {
                if (ticked.get()) {
                    days.add(day);
                }
            });
            Recurrence rule = new Recurrence(frequency.get(), days, sessionsWanted, date.get(), from, to, zoneId);
            problems.addAll(OperationsRules.check(rule));
            recurrence = Optional.of(rule);
        }
        Event current = event.get();
        if (current != null) {
            problems.addAll(OperationsRules.check(session, current));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return Optional.empty();
        }
        return Optional.of(new Draft(session, recurrence));
    }

    private LocalTime time(String text, String field) {
        String typed = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(typed.length() == 4 && typed.charAt(1) == ':' ? "0" + typed : typed);
        } catch (DateTimeParseException e) {
            errors.get(field).set(context.text("events.session.error.time", typed));
            return null;
        }
    }

    private void showProblems(List<Problem> problems) {
        for (Problem problem : problems) {
            String field = switch (problem.field()) {
                case "start", "startTime" -> "start";
                case "end", "endTime" -> "end";
                case "virtualLink", "link" -> "link";
                case "count" -> "count";
                case "weekdays" -> "weekdays";
                default -> "form";
            };
            if (errors.get(field).get().isEmpty()) {
                errors.get(field).set(context.messages().describe(problem));
            }
        }
    }

    /**
     * Lists the conflicts the form's session (or each session of the series) would create, in the
     * background; the view calls this a moment after the user stops editing. A check that
     * arrives after a newer one started is dropped.
     */
    public void checkConflicts() {
        int mine = ++checks;
        Optional<Draft> draft;
        try {
            draft = readForm();
        } catch (InvalidInputException e) {
            showProblems(e.problems());
            draft = Optional.empty();
        }
        if (draft.isEmpty()) {
            conflicts.clear();
            return;
        }
        List<Session> planned = draft.get().sessions();
        context.tasks().run(() -> conflictsOf(planned), found -> {
            if (mine == checks) {
                conflicts.setAll(found);
            }
        }, failure -> LOG.warn("Could not check conflicts", failure));
    }

    private List<ConflictLine> conflictsOf(List<Session> planned) {
        Set<Conflict> found = new LinkedHashSet<>();
        for (Session session : planned) {
            // Per series session the same double booking is reported once: by who or what collides with which session.
            context.events().checkConflicts(session).forEach(conflict -> found.add(
                    new Conflict(conflict.kind(), 0, conflict.otherSessionId(), conflict.subjectId(), conflict.subjectName())));
        }
        return found.stream().map(this::line).toList();
    }

    /** A refused conflict as the service reports it (a problem keyed by its kind, naming who or what collides). */
    private Optional<Conflict> conflict(Problem problem) {
        Optional<ConflictKind> kind = java.util.Arrays.stream(ConflictKind.values())
                .filter(candidate -> candidate.messageKey().equals(problem.messageKey())).findFirst();
        List<Object> arguments = problem.arguments();
        String subject = arguments.isEmpty() ? "" : String.valueOf(arguments.get(0));
        long other = arguments.size() > 1 && arguments.get(1) instanceof Number number ? number.longValue() : 0;
        return kind.map(found -> new Conflict(found, 0, other, 0, subject));
    }

    private ConflictLine line(Conflict conflict) {
        var policy = references.policy(conflict.kind());
        return new ConflictLine(conflict, policy, context.text("events.conflict.line", conflict.kind(),
                conflict.subjectName(), policy));
    }

    /**
     * Saves the form: a new session, a new series, or the session being edited (for a session of a
     * series, the user chooses whether the change applies to it, it and the following, or all).
     * Conflicts are checked again first: one its policy blocks is refused with the reason; one
     * needing an override asks for the reason, which is saved with it.
     */
    public void save() {
        Optional<Draft> read;
        try {
            read = readForm();
        } catch (InvalidInputException e) {
            showProblems(e.problems());
            return;
        }
        if (read.isEmpty()) {
            return;
        }
        Draft draft = read.get();
        SessionRow edited = editing.get();
        SeriesEdit scope = SeriesEdit.THIS_SESSION;
        if (edited != null && edited.session().seriesId().isPresent()) {
            Optional<SeriesEdit> chosen = context.dialogs().choose(context.text("events.series.edit.title"),
                    context.text("events.series.edit.question"), List.of(SeriesEdit.values()),
                    choice -> context.text(choice.messageKey()));
            if (chosen.isEmpty()) {
                return;
            }
            scope = chosen.get();
        }
        store(draft, scope, null);
    }

    /** Asks why the conflicts that need a reason are overridden, then saves again with it; cancelling saves nothing. */
    private void askReasonAndStore(Draft draft, SeriesEdit scope, List<ConflictLine> needingReason) {
        context.dialogs().askText(context.text("events.conflict.override.title"),
                context.text("events.conflict.override.question",
                        String.join("\n", needingReason.stream().map(ConflictLine::text).toList())),
                context.text("events.reason")).ifPresent(reason -> store(draft, scope, reason));
    }

    private void store(Draft draft, SeriesEdit scope, String reason) {
        busy.set(true);
        boolean isNew = draft.session().id() == 0;
        context.tasks().run(() -> {
            if (!isNew) {
                return context.events().saveSession(draft.session(), scope, reason).size();
            }
            if (draft.recurrence().isPresent()) {
                return context.events().addSeries(eventId, draft.recurrence().get(), draft.session(), reason).size();
            }
            context.events().addSession(draft.session(), reason);
            return 1;
        }, saved -> {
            busy.set(false);
            information.set(context.text(isNew ? "events.session.added" : "events.session.saved", saved));
            newSession();
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInputException invalid) {
                showProblems(invalid.problems());
            } else if (failure instanceof ConflictException refused) {
                List<ConflictLine> lines = refused.conflicts().stream().map(this::conflict).flatMap(Optional::stream)
                        .map(this::line).toList();
                conflicts.setAll(lines);
                if (refused.reasonWouldAllow() && reason == null) {
                    askReasonAndStore(draft, scope, lines);
                } else {
                    LOG.info("Session save refused: {}", context.messages().describe(refused));
                    errors.get("form").set(context.text("events.conflict.blocked", String.join("; ",
                            lines.stream().filter(ConflictLine::blocks).map(ConflictLine::text).toList())));
                }
            } else {
                context.failed(LOG, "events.saveFailed.title", failure);
            }
        });
    }

    /** Cancels a session (for one of a series: this, this and following, or all) after asking for the reason. */
    public void cancel(SessionRow row) {
        if (row == null || row.isCancelled()) {
            return;
        }
        SeriesEdit scope = SeriesEdit.THIS_SESSION;
        if (row.session().seriesId().isPresent()) {
            Optional<SeriesEdit> chosen = context.dialogs().choose(context.text("events.series.cancel.title"),
                    context.text("events.series.cancel.question"), List.of(SeriesEdit.values()),
                    choice -> context.text(choice.messageKey()));
            if (chosen.isEmpty()) {
                return;
            }
            scope = chosen.get();
        }
        SeriesEdit applyTo = scope;
        context.dialogs().askText(context.text("events.session.cancel.title"),
                context.text("events.session.cancel.question", row.toString()), context.text("events.reason"))
                .ifPresent(reason -> run(() -> context.events().cancelSession(row.id(), applyTo, reason)));
    }

    /** Restores a cancelled session. */
    public void restore(SessionRow row) {
        if (row != null && row.isCancelled()) {
            run(() -> context.events().restoreSession(row.id()));
        }
    }

    private void run(Runnable work) {
        busy.set(true);
        context.tasks().run(work, () -> {
            busy.set(false);
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            context.failed(LOG, "events.saveFailed.title", failure);
        });
    }

    /** The event's sessions, cancelled ones included, by start. */
    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Local start time as typed, e.g. 09:00. */
    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    /** The zone id picked from {@link #zones()}. */
    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    /** Narrows {@link #zones()}: "paris" finds Europe/Paris. */
    public StringProperty zoneSearchProperty() {
        return zoneSearch;
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** "No room", then the rooms. */
    public ObservableList<Choice<Long>> roomsChoices() {
        return references.rooms();
    }

    public ObjectProperty<Choice<Long>> roomProperty() {
        return room;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public ObservableList<FacilitatorChoice> facilitators() {
        return facilitators;
    }

    /** Whether the form adds a series rather than one session. */
    public BooleanProperty repeatProperty() {
        return repeat;
    }

    public ObjectProperty<Frequency> frequencyProperty() {
        return frequency;
    }

    public BooleanProperty weekdayProperty(DayOfWeek day) {
        return weekdays.get(day);
    }

    public StringProperty countProperty() {
        return count;
    }

    /** The session in the form, or {@code null} while it adds a new one. */
    public ReadOnlyObjectProperty<SessionRow> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return Objects.requireNonNull(errors.get(field), field).getReadOnlyProperty();
    }

    /** The conflicts found for the form as it is now. */
    public ObservableList<ConflictLine> conflicts() {
        return conflicts;
    }

    /** Goes up whenever the form changes: the view waits for a pause in typing, then calls {@link #checkConflicts()}. */
    public ReadOnlyIntegerProperty draftVersionProperty() {
        return draftVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty informationProperty() {
        return information.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
