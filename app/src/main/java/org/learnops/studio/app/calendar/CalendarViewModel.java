package org.learnops.studio.app.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.Choice;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calendar: a month (6 weeks of 7 days) or a week of sessions, narrowed by coordinator, room,
 * facilitator and business area, cancelled sessions on request; the selected session's details and
 * its .ics export; and "What's due". Only the visible range is read, in the background, again
 * whenever the range or a filter changes. Times are the session's own local times; a session in
 * another zone than the computer's carries its zone.
 */
public final class CalendarViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarViewModel.class);

    /** "What's due" looks this far ahead. */
    public static final Duration DUE_HORIZON = Duration.ofDays(14);
    public static final int MONTH_DAYS = 42;
    public static final int WEEK_DAYS = 7;
    static final DayOfWeek FIRST_DAY = DayOfWeek.MONDAY;

    /** Month or week. */
    public enum Mode {
        MONTH("calendar.view.month"),
        WEEK("calendar.view.week");

        private final String messageKey;

        Mode(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final CalendarService calendar;
    private final DirectoryService directory;
    private final Clock clock;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId systemZone;
    private final Locale locale;
    private final DateTimeFormatter timeFormat = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper period = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice> coordinators = FXCollections.observableArrayList();
    private final ObservableList<Choice> rooms = FXCollections.observableArrayList();
    private final ObservableList<Choice> facilitators = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> coordinator = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> room = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> facilitator = new SimpleObjectProperty<>();
    private final StringProperty businessArea = new SimpleStringProperty("");
    private final BooleanProperty showCancelled = new SimpleBooleanProperty();
    private final IntegerProperty chipsPerDay = new SimpleIntegerProperty(3);

    private final List<CalendarEntry> entries = new ArrayList<>();
    private final ObservableList<DayCell> days = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private int generation;
    /** A session to select once the sessions are read (from a "What's due" line); 0 for none. */
    private long toSelect;

    private final ReadOnlyObjectWrapper<SessionItem> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailWhen = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailRoom = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailFacilitators = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper inSeries = new ReadOnlyBooleanWrapper();

    private final ObservableList<DueLine> due = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public CalendarViewModel(CalendarService calendar, DirectoryService directory, Clock clock, TaskRunner tasks,
                             DialogService dialogs, Messages messages) {
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.systemZone = clock.getZone();
        // The base bundle is English; its locale is the root one, which has no month names.
        Locale bundleLocale = messages.bundle().getLocale();
        this.locale = bundleLocale.getLanguage().isEmpty() ? Locale.ENGLISH : bundleLocale;
        this.dayFormat = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        anchor.set(currentDate());
        Choice anyCoordinator = Choice.none(messages.get("calendar.filter.anyCoordinator"));
        Choice anyRoom = Choice.none(messages.get("calendar.filter.anyRoom"));
        Choice anyFacilitator = Choice.none(messages.get("calendar.filter.anyFacilitator"));
        coordinators.setAll(anyCoordinator);
        rooms.setAll(anyRoom);
        facilitators.setAll(anyFacilitator);
        coordinator.set(anyCoordinator);
        room.set(anyRoom);
        facilitator.set(anyFacilitator);
        updatePeriod();
        mode.addListener((observable, before, after) -> {
            SessionItem chosen = selected.get();
            if (after == Mode.WEEK && chosen != null && !chosen.date().equals(anchor.get())) {
                anchor.set(chosen.date()); // the week of the session looked at, which then stays selected
            } else {
                rangeChanged();
            }
        });
        anchor.addListener(changed -> rangeChanged());
        for (var filter : List.of(coordinator, room, facilitator)) {
            filter.addListener((observable, before, after) -> {
                if (after != null && !after.equals(before)) {
                    reloadSessions();
                }
            });
        }
        businessArea.addListener(changed -> reloadSessions());
        showCancelled.addListener(changed -> reloadSessions());
        chipsPerDay.addListener(changed -> layOut());
    }

    private LocalDate currentDate() {
        return LocalDate.now(clock);
    }

    private record Loaded(List<Person> coordinators, List<Room> rooms, List<Person> facilitators) {
    }

    /** Reads the filters' choices, the visible sessions and "What's due". */
    public void load() {
        tasks.run(() -> new Loaded(directory.people(PersonRole.COORDINATOR), directory.rooms(),
                directory.people(PersonRole.FACILITATOR)), data -> {
                    refill(coordinators, coordinator, data.coordinators().stream().map(p -> new Choice(p.id(), p.name())).toList());
                    refill(rooms, room, data.rooms().stream().map(r -> new Choice(r.id(), r.name())).toList());
                    refill(facilitators, facilitator, data.facilitators().stream().map(p -> new Choice(p.id(), p.name())).toList());
                }, failure -> LOG.warn("Could not read the calendar's filter choices", failure));
        reloadSessions();
        refreshDue();
    }

    private static void refill(ObservableList<Choice> choices, ObjectProperty<Choice> chosen, List<Choice> found) {
        Choice any = choices.get(0);
        Choice current = chosen.get();
        List<Choice> all = new ArrayList<>();
        all.add(any);
        all.addAll(found);
        choices.setAll(all);
        chosen.set(all.stream().filter(choice -> choice.equals(current)).findFirst().orElse(any));
    }

    // --- range ---

    /** The first day shown: the Monday on or before the 1st (month) or the anchor (week). */
    public LocalDate firstDay() {
        LocalDate start = mode.get() == Mode.MONTH ? anchor.get().withDayOfMonth(1) : anchor.get();
        return start.with(TemporalAdjusters.previousOrSame(FIRST_DAY));
    }

    public int dayCount() {
        return mode.get() == Mode.MONTH ? MONTH_DAYS : WEEK_DAYS;
    }

    public void previous() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().minusMonths(1) : anchor.get().minusWeeks(1));
    }

    public void next() {
        anchor.set(mode.get() == Mode.MONTH ? anchor.get().plusMonths(1) : anchor.get().plusWeeks(1));
    }

    public void today() {
        anchor.set(currentDate());
    }

    /** Shows the period holding {@code date}, e.g. from a "What's due" line. */
    public void show(LocalDate date) {
        anchor.set(date);
    }

    private void rangeChanged() {
        updatePeriod();
        reloadSessions();
    }

    private void updatePeriod() {
        if (mode.get() == Mode.MONTH) {
            period.set(capitalised(monthFormat.format(anchor.get())));
        } else {
            LocalDate first = firstDay();
            period.set(messages.get("calendar.period.week", dayFormat.format(first), dayFormat.format(first.plusDays(6))));
        }
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    // --- sessions ---

    private CalendarFilter filter() {
        LocalDate first = firstDay();
        // A day more on each side: a session in another zone can start on a shown day at a moment outside it here.
        return new CalendarFilter(first.minusDays(1).atStartOfDay(systemZone).toInstant(),
                first.plusDays(dayCount() + 1L).atStartOfDay(systemZone).toInstant(), coordinator.get().optionalId(),
                room.get().optionalId(), facilitator.get().optionalId(), businessArea.get(), showCancelled.get());
    }

    private void reloadSessions() {
        CalendarFilter filter = filter();
        int asked = ++generation;
        busy.set(true);
        tasks.run(() -> calendar.sessions(filter), found -> {
            if (asked != generation) {
                return; // a later range or filter's answer wins
            }
            busy.set(false);
            entries.clear();
            entries.addAll(found);
            layOut();
        }, failure -> {
            if (asked == generation) {
                busy.set(false);
            }
            LOG.error("Could not read the calendar", failure);
            dialogs.showError(messages.get("calendar.loadFailed.title"), messages.describe(failure));
        });
    }

    /** Builds the day cells from the sessions read, keeping the selected session selected. */
    private void layOut() {
        LocalDate first = firstDay();
        LocalDate end = first.plusDays(dayCount());
        Map<LocalDate, List<SessionItem>> byDay = new TreeMap<>(entries.stream()
                .filter(entry -> !entry.session().start().toLocalDate().isBefore(first)
                        && entry.session().start().toLocalDate().isBefore(end))
                .map(this::item)
                .sorted(Comparator.comparing((SessionItem item) -> item.entry().session().start())
                        .thenComparing(item -> item.entry().courseTitle()).thenComparingLong(SessionItem::sessionId))
                .collect(Collectors.groupingBy(SessionItem::date)));
        LocalDate today = currentDate();
        List<DayCell> cells = new ArrayList<>();
        int fit = Math.max(1, chipsPerDay.get());
        int shown = 0;
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            List<SessionItem> sessions = byDay.getOrDefault(day, List.of());
            shown += sessions.size();
            boolean inMonth = mode.get() == Mode.WEEK || day.getMonth() == anchor.get().getMonth();
            if (mode.get() == Mode.MONTH) {
                // "+N more" stands beside the day's number, so every line of the cell can hold a chip.
                int chips = Math.min(sessions.size(), fit);
                cells.add(new DayCell(day, inMonth, day.equals(today), sessions.subList(0, chips), sessions.size() - chips));
            } else {
                cells.add(new DayCell(day, true, day.equals(today), lanes(sessions), 0));
            }
        }
        days.setAll(cells);
        summary.set(messages.get("calendar.summary", shown));
        SessionItem chosen = selected.get();
        long wanted = toSelect != 0 ? toSelect : chosen == null ? 0 : chosen.sessionId();
        toSelect = 0;
        if (wanted != 0 || chosen != null) {
            select(byDay.values().stream().flatMap(List::stream)
                    .filter(item -> item.sessionId() == wanted).findFirst().orElse(null));
        }
    }

    private SessionItem item(CalendarEntry entry) {
        Session session = entry.session();
        boolean otherZone = !session.zone().getRules().equals(systemZone.getRules());
        String time = timeFormat.format(session.start());
        if (otherZone) {
            time = time + " " + session.zone().getDisplayName(TextStyle.SHORT, locale);
        }
        return new SessionItem(entry, messages.get("calendar.chip", time, entry.courseTitle()), otherZone, 0, 1);
    }

    /**
     * Places overlapping sessions side by side: each takes the first column free at its start, and
     * every session of an overlapping group learns how many columns the group needs.
     */
    static List<SessionItem> lanes(List<SessionItem> sorted) {
        List<SessionItem> placed = new ArrayList<>();
        List<SessionItem> group = new ArrayList<>();
        List<Integer> laneEnds = new ArrayList<>();
        int groupEnd = -1;
        for (SessionItem item : sorted) {
            if (item.startMinute() >= groupEnd && !group.isEmpty()) {
                close(group, laneEnds.size(), placed);
                laneEnds.clear();
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > item.startMinute()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(item.endMinute());
            } else {
                laneEnds.set(lane, item.endMinute());
            }
            group.add(item.inLane(lane, 0));
            groupEnd = Math.max(groupEnd, item.endMinute());
        }
        close(group, laneEnds.size(), placed);
        return placed;
    }

    private static void close(List<SessionItem> group, int lanes, List<SessionItem> placed) {
        group.forEach(item -> placed.add(item.inLane(item.lane(), lanes)));
        group.clear();
    }

    // --- selection and details ---

    /** Shows the session's details (or none). */
    public void select(SessionItem item) {
        selected.set(item);
        if (item == null) {
            detailTitle.set("");
            detailWhen.set("");
            detailRoom.set("");
            detailFacilitators.set("");
            detailStatus.set("");
            inSeries.set(false);
            return;
        }
        CalendarEntry entry = item.entry();
        Session session = entry.session();
        detailTitle.set(entry.courseTitle());
        String when = messages.get("calendar.detail.when", dayFormat.format(session.start()),
                timeFormat.format(session.start()), timeFormat.format(session.end()));
        detailWhen.set(item.otherZone() ? messages.get("calendar.detail.zone", when, session.zone().getId()) : when);
        String place = entry.roomName().isEmpty() ? session.virtualLink() : entry.roomName();
        detailRoom.set(place.isEmpty() ? messages.get("calendar.detail.noRoom") : place);
        detailFacilitators.set(entry.facilitatorNames().isEmpty() ? messages.get("calendar.detail.noFacilitator")
                : String.join(", ", entry.facilitatorNames()));
        if (session.isCancelled()) {
            String reason = session.cancellation().get().reason();
            detailStatus.set(messages.get("calendar.status.sessionCancelled", reason));
        } else if (entry.eventCancelled()) {
            detailStatus.set(messages.get("calendar.status.eventCancelled"));
        } else {
            detailStatus.set(messages.get("calendar.status.scheduled"));
        }
        inSeries.set(session.seriesId().isPresent());
    }

    // --- export ---

    /** Asks where, then writes the selected session's event as an .ics calendar. */
    public void exportEvent() {
        SessionItem item = selected.get();
        if (item == null) {
            return;
        }
        dialogs.chooseSaveFile(messages.get("calendar.export.eventTitle"), fileName(item.entry().courseTitle()),
                messages.get("calendar.export.files"), "ics").ifPresent(this::exportEventTo);
    }

    /** Asks where, then writes the selected session's series as an .ics calendar. */
    public void exportSeries() {
        SessionItem item = selected.get();
        if (item == null || item.entry().session().seriesId().isEmpty()) {
            return;
        }
        dialogs.chooseSaveFile(messages.get("calendar.export.seriesTitle"), fileName(item.entry().courseTitle() + " series"),
                messages.get("calendar.export.files"), "ics").ifPresent(this::exportSeriesTo);
    }

    /** Writes the selected session's event to {@code target} in the background, then says where. */
    public void exportEventTo(Path target) {
        SessionItem item = selected.get();
        if (item != null) {
            long eventId = item.entry().session().eventId();
            export(() -> calendar.exportEvent(eventId, target), target);
        }
    }

    /** Writes the selected session's series to {@code target} in the background, then says where. */
    public void exportSeriesTo(Path target) {
        SessionItem item = selected.get();
        Optional<Long> series = item == null ? Optional.empty() : item.entry().session().seriesId();
        series.ifPresent(id -> export(() -> calendar.exportSeries(id, target), target));
    }

    private void export(Runnable work, Path target) {
        busy.set(true);
        tasks.run(work, () -> {
            busy.set(false);
            dialogs.showInformation(messages.get("calendar.export.doneTitle"), messages.get("calendar.export.done", target));
        }, failure -> {
            busy.set(false);
            LOG.error("Could not export the calendar to {}", target, failure);
            dialogs.showError(messages.get("calendar.export.failedTitle"), messages.describe(failure));
        });
    }

    /** A file name from a title: letters, digits, spaces and dashes kept, anything else a space. */
    static String fileName(String title) {
        String cleaned = title.replaceAll("[^\\p{L}\\p{N} \\-]", " ").strip().replaceAll("\\s+", " ");
        return (cleaned.isEmpty() ? "calendar" : cleaned) + ".ics";
    }

    // --- what's due ---

    /** Reads "What's due" again (after changes elsewhere). */
    public void refreshDue() {
        tasks.run(() -> calendar.due(DUE_HORIZON), items -> due.setAll(items.stream().map(this::line).toList()),
                failure -> {
                    LOG.error("Could not read what is due", failure);
                    dialogs.showError(messages.get("calendar.loadFailed.title"), messages.describe(failure));
                });
    }

    private DueLine line(DueItem item) {
        // The same day and 24-hour time style as the session details beside it.
        ZonedDateTime at = item.when().atZone(systemZone);
        String when = dayFormat.format(at) + ", " + timeFormat.format(at);
        String count = switch (item.kind()) {
            case UPCOMING_SESSION -> messages.get("calendar.due.count.enrolled", item.count());
            case BELOW_MINIMUM -> messages.get("calendar.due.count.belowMinimum", item.count());
            case WAITLIST_WAITING -> messages.get("calendar.due.count.waiting", item.count());
            case ATTENDANCE_NOT_MARKED -> messages.get("calendar.due.count.unmarked", item.count());
        };
        return new DueLine(item, messages.get(item.kind().messageKey()), when, count);
    }

    /** Shows the period of a "What's due" line, and its session's details when it is about one session. */
    public void open(DueLine line) {
        if (line == null) {
            return;
        }
        toSelect = line.item().sessionId();
        LocalDate date = line.item().when().atZone(systemZone).toLocalDate();
        if (date.equals(anchor.get())) {
            reloadSessions();
        } else {
            show(date);
        }
    }

    // --- properties ---

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** A day in the period shown. */
    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    /** E.g. "March 2027" or "Mon 8 Mar 2027 – Sun 14 Mar 2027". */
    public ReadOnlyStringProperty periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** The days shown: 42 for a month, 7 for a week. */
    public ObservableList<DayCell> days() {
        return days;
    }

    /** How many chips a month cell has room for (the view sets it as the window's size changes). */
    public IntegerProperty chipsPerDayProperty() {
        return chipsPerDay;
    }

    public ObservableList<Choice> coordinators() {
        return coordinators;
    }

    public ObservableList<Choice> rooms() {
        return rooms;
    }

    public ObservableList<Choice> facilitators() {
        return facilitators;
    }

    public ObjectProperty<Choice> coordinatorProperty() {
        return coordinator;
    }

    public ObjectProperty<Choice> roomProperty() {
        return room;
    }

    public ObjectProperty<Choice> facilitatorProperty() {
        return facilitator;
    }

    /** Only events of this business area; empty for all. */
    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /** E.g. "12 sessions". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The session whose details show; {@link #select} changes it. */
    public ReadOnlyObjectProperty<SessionItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailWhenProperty() {
        return detailWhen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailRoomProperty() {
        return detailRoom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailFacilitatorsProperty() {
        return detailFacilitators.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailStatusProperty() {
        return detailStatus.getReadOnlyProperty();
    }

    /** Whether the selected session belongs to a series (then the series can be exported). */
    public ReadOnlyBooleanProperty inSeriesProperty() {
        return inSeries.getReadOnlyProperty();
    }

    public ObservableList<DueLine> due() {
        return due;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The language dates are written in. */
    public Locale locale() {
        return locale;
    }

    /** The computer's time zone: times in other zones are labelled. */
    public ZoneId systemZone() {
        return systemZone;
    }
}
