package org.learnops.studio.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.AuditAction;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.export.poi.PoiSignInSheet;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The Events screen's ViewModels on a real workspace file, without a window, on a fixed day. */
class EventsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private Workspace workspace;
    private EventService events;
    private DirectoryService directory;
    private Course course;
    private Person facilitator;
    private EventsViewModel viewModel;

    @BeforeEach
    void openWorkspace() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("ops")));
        events = new EventService(workspace.operations(), CLOCK, "coordinator");
        directory = new DirectoryService(workspace.operations());
        course = directory.addCourse(new Course(0, "Leading hybrid teams", Optional.empty(), CourseFormat.IN_PERSON, 180,
                Optional.empty()));
        facilitator = directory.addPerson(new Person(0, "Flo Trainer", "", "", "", Set.of(PersonRole.FACILITATOR)));
        viewModel = new EventsViewModel(events, directory, new CalendarService(workspace.operations(), CLOCK), new PoiSignInSheet(), CLOCK,
                new SyncTaskRunner(), dialogs, messages, new SaveTracker(), undo);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Event event(long courseId, String area) {
        return events.createEvent(new Event(0, courseId, Optional.empty(), area, "", 10, 0, EventStatus.OPEN, DAY,
                DAY.plusDays(2), Optional.empty()));
    }

    private EventEditorViewModel selectNewEvent() {
        viewModel.load();
        viewModel.newEvent();
        EventEditorViewModel editor = viewModel.editor();
        editor.startsOnProperty().set(DAY);
        editor.endsOnProperty().set(DAY.plusDays(2));
        return editor;
    }

    private Person person(String name) {
        return directory.addPerson(Person.participant(name));
    }

    @Test
    void aFullFirstPageIsShownBeforeTheMatchesAreCountedAndAStaleCountIsNotRun() {
        for (int i = 0; i < 230; i++) {
            event(course.id(), "Finance");
        }
        java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();
        org.learnops.studio.app.common.TaskRunner later = new org.learnops.studio.app.common.TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                queued.add(() -> new SyncTaskRunner().run(work, onSuccess, onFailure));
            }

            @Override
            public void onFxThread(Runnable update) {
                update.run();
            }
        };
        EventsViewModel list = new EventsViewModel(events, directory, new CalendarService(workspace.operations(), CLOCK),
                new PoiSignInSheet(), CLOCK, later, dialogs, messages, new SaveTracker(), undo);
        list.load();
        queued.poll().run(); // people, rooms and courses
        queued.poll().run(); // the first page
        assertEquals(EventsViewModel.PAGE, list.rows().size());
        assertEquals("200 events shown, counting the rest…", list.summaryProperty().get());
        assertTrue(list.canLoadMoreProperty().get());
        queued.poll().run(); // the count
        assertEquals(230, list.totalProperty().get());
        assertEquals("200 of 230 events", list.summaryProperty().get());

        list.filterTextProperty().set("finance");
        queued.poll().run(); // its first page, full: a count is queued
        list.filterTextProperty().set("finance!");
        queued.poll().run(); // the stale count: skipped
        queued.poll().run(); // the new page: short, so it is its own count
        assertTrue(queued.isEmpty());
        assertEquals(0, list.totalProperty().get());
        assertEquals("0 of 0 events", list.summaryProperty().get());
    }

    @Test
    void theListReadsPagesFilteredInTheDatabase() {
        Course other = directory.addCourse(new Course(0, "Budgeting basics", Optional.empty(), CourseFormat.VIRTUAL, 60,
                Optional.empty()));
        for (int i = 0; i < 430; i++) {
            event(other.id(), "Finance");
        }
        Event lyon = event(course.id(), "Sales");
        event(course.id(), "Sales");

        viewModel.load();
        assertEquals(EventsViewModel.PAGE, viewModel.rows().size(), "one page, not every row");
        assertEquals(432, viewModel.totalProperty().get());
        assertTrue(viewModel.canLoadMoreProperty().get());
        viewModel.loadMore();
        viewModel.loadMore();
        assertEquals(432, viewModel.rows().size());
        assertFalse(viewModel.canLoadMoreProperty().get());
        assertEquals(432, viewModel.rows().stream().map(EventRow::id).distinct().count(), "pages do not overlap");

        viewModel.filterTextProperty().set("HYBRID");
        assertEquals(2, viewModel.totalProperty().get());
        assertEquals(2, viewModel.rows().size());
        assertEquals("2 of 2 events", viewModel.summaryProperty().get());

        events.cancelEvent(lyon.id(), "Trainer ill");
        viewModel.reload();
        assertEquals(1, viewModel.rows().size(), "cancelled events are hidden unless asked for");
        viewModel.showCancelledProperty().set(true);
        assertEquals(2, viewModel.rows().size());
        viewModel.statusFilterProperty().set(viewModel.statusFilters().stream()
                .filter(choice -> choice.value() == EventStatus.CANCELLED).findFirst().orElseThrow());
        assertEquals(List.of(lyon.id()), viewModel.rows().stream().map(EventRow::id).toList());
    }

    @Test
    void aNewEventIsSelectedAndItsDetailsAreSavedCheckedAndUndoable() {
        EventEditorViewModel editor = selectNewEvent();
        assertNotNull(viewModel.selectedProperty().get());
        long id = viewModel.selectedProperty().get().id();
        assertEquals("Leading hybrid teams", editor.headingProperty().get());

        editor.capacityProperty().set("twelve");
        editor.saveDetails();
        assertFalse(editor.errorProperty("capacity").get().isEmpty(), "refused next to the field");
        assertEquals(12, events.event(id).event().capacity());

        editor.capacityProperty().set("0");
        editor.saveDetails();
        assertFalse(editor.errorProperty("capacity").get().isEmpty(), "the model's rule, shown inline");

        editor.capacityProperty().set("20");
        editor.businessAreaProperty().set("Sales");
        editor.saveDetails();
        assertEquals("", editor.errorProperty("capacity").get());
        assertEquals(20, events.event(id).event().capacity());
        assertEquals("Sales", events.event(id).event().businessArea());
        assertEquals(20, viewModel.selectedProperty().get().summary().event().capacity(), "the row follows");

        undo.undo();
        assertEquals(12, events.event(id).event().capacity());
        assertEquals("12", editor.capacityProperty().get());
        undo.redo();
        assertEquals(20, events.event(id).event().capacity());

        editor.endsOnProperty().set(DAY.minusDays(1));
        assertFalse(editor.errorProperty("endsOn").get().isEmpty(), "an end before the start is refused inline");
        assertEquals(DAY.plusDays(2), events.event(id).event().endsOn());
    }

    @Test
    void sessionsAndASeriesAreAddedWithTheirTimeZone() {
        EventEditorViewModel editor = selectNewEvent();
        editor.endsOnProperty().set(DAY.plusDays(30));
        SessionsViewModel sessions = editor.sessions();
        sessions.newSession();
        sessions.dateProperty().set(DAY);
        sessions.startProperty().set("9:00");
        sessions.endProperty().set("12:30");
        sessions.zoneSearchProperty().set("paris");
        assertEquals(List.of("Europe/Paris"), sessions.zones());
        sessions.zoneProperty().set("Europe/Paris");
        sessions.facilitators().get(0).selectedProperty().set(true);
        sessions.save();
        assertEquals(1, sessions.sessions().size());
        Session first = sessions.sessions().get(0).session();
        assertEquals(LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)), first.start());
        assertEquals(PARIS, first.zone());
        assertEquals(List.of(facilitator.id()), first.facilitatorIds());

        sessions.startProperty().set("25:00");
        sessions.save();
        assertFalse(sessions.errorProperty("start").get().isEmpty());

        sessions.startProperty().set("14:00");
        sessions.endProperty().set("16:00");
        sessions.dateProperty().set(DAY.plusDays(1));
        sessions.repeatProperty().set(true);
        sessions.frequencyProperty().set(Frequency.WEEKDAYS);
        sessions.weekdayProperty(DayOfWeek.TUESDAY).set(true);
        sessions.weekdayProperty(DayOfWeek.THURSDAY).set(true);
        sessions.countProperty().set("4");
        sessions.save();
        assertEquals("", sessions.errorProperty("form").get() + sessions.errorProperty("count").get()
                + sessions.errorProperty("weekdays").get() + sessions.errorProperty("start").get());
        assertEquals(5, sessions.sessions().size());
        assertEquals(4, sessions.sessions().stream().filter(row -> row.session().seriesId().isPresent()).count());
        assertEquals(5, events.event(editor.shownProperty().get().event().id()).sessions());
    }

    @Test
    void aSessionOfASeriesIsChangedForTheWholeSeriesAndCancelledWithAReason() {
        EventEditorViewModel editor = selectNewEvent();
        editor.endsOnProperty().set(DAY.plusDays(10));
        SessionsViewModel sessions = editor.sessions();
        sessions.dateProperty().set(DAY);
        sessions.zoneProperty().set("Europe/Paris");
        sessions.repeatProperty().set(true);
        sessions.frequencyProperty().set(Frequency.DAILY);
        sessions.countProperty().set("3");
        sessions.save();
        assertEquals(3, sessions.sessions().size());

        sessions.edit(sessions.sessions().get(1));
        sessions.startProperty().set("13:00");
        sessions.endProperty().set("15:00");
        dialogs.choices.add(2); // all sessions of the series
        sessions.save();
        assertEquals("choose", dialogs.shown.get(dialogs.shown.size() - 1).kind(), "a series edit asks which sessions");
        assertEquals(List.of("13:00–15:00", "13:00–15:00", "13:00–15:00"),
                sessions.sessions().stream().map(SessionRow::times).toList());

        SessionRow second = sessions.sessions().get(1);
        dialogs.choices.add(0); // this session only
        dialogs.texts.add(Optional.of("Public holiday"));
        sessions.cancel(second);
        assertTrue(sessions.sessions().get(1).isCancelled());
        assertFalse(sessions.sessions().get(0).isCancelled());
        assertEquals("Cancelled: Public holiday", sessions.sessions().get(1).status());
        assertEquals(2, viewModel.selectedProperty().get().summary().sessions(), "the list counts sessions not cancelled");
        assertFalse(editor.attendance().sessions().stream().anyMatch(SessionRow::isCancelled),
                "attendance is not taken for a cancelled session");

        sessions.restore(sessions.sessions().get(1));
        assertFalse(sessions.sessions().get(1).isCancelled());
    }

    @Test
    void enrollingBeyondCapacityWaitlistsAndACancellationPromotesTheFirstWaiting() {
        EventEditorViewModel editor = selectNewEvent();
        editor.capacityProperty().set("2");
        editor.saveDetails();
        EnrolmentsViewModel enrolments = editor.enrolments();
        for (String name : List.of("Ana Ruiz", "Ben Ode", "Cy Waits", "Di Later")) {
            person(name);
        }
        for (String name : List.of("Ben Ode", "Cy Waits", "Ana Ruiz", "Di Later")) {
            enrolments.findTextProperty().set(name.substring(0, 3).toLowerCase());
            enrolments.find();
            assertEquals(name, enrolments.chosenProperty().get().label());
            enrolments.enrol();
        }
        assertEquals("The event is full: Di Later is on the waitlist at position 2.", enrolments.informationProperty().get());
        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.WAITLISTED), enrolments.lines().stream().map(line -> line.enrolment().status()).toList());
        assertEquals("Ana Ruiz", enrolments.lines().get(2).personName(), "first come, first served");

        enrolments.moveUp(enrolments.lines().get(3));
        assertEquals("Di Later", enrolments.lines().get(2).personName(), "moved to the front of the waitlist");
        enrolments.moveDown(enrolments.lines().get(2));
        assertEquals("Ana Ruiz", enrolments.lines().get(2).personName());

        dialogs.answers.add(true);
        enrolments.cancel(enrolments.lines().get(0));
        assertEquals("The enrolment of Ben Ode is cancelled. Ana Ruiz was promoted from the waitlist.",
                enrolments.informationProperty().get());
        assertEquals(EnrolmentStatus.ENROLLED, enrolments.lines().stream()
                .filter(line -> line.personName().equals("Ana Ruiz")).findFirst().orElseThrow().enrolment().status());
        assertEquals(1, viewModel.selectedProperty().get().summary().waitlisted(), "the list row follows");

        editor.capacityProperty().set("3");
        editor.saveDetails();
        assertEquals("Di Later was promoted from the waitlist.", editor.informationProperty().get());
    }

    @Test
    void aDoubleBookedFacilitatorIsShownBeforeSavingAndTheOverrideReasonIsLogged() {
        Event other = event(course.id(), "Sales");
        events.addSession(new Session(0, other.id(), Optional.empty(), LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)),
                LocalDateTime.of(DAY, java.time.LocalTime.of(12, 0)), PARIS, Optional.empty(), "",
                List.of(facilitator.id()), Optional.empty()), null);
        EventEditorViewModel editor = selectNewEvent();
        SessionsViewModel sessions = editor.sessions();
        sessions.dateProperty().set(DAY);
        sessions.startProperty().set("11:00");
        sessions.endProperty().set("13:00");
        sessions.zoneProperty().set("Europe/Paris");
        sessions.facilitators().get(0).selectedProperty().set(true);
        sessions.checkConflicts();
        assertEquals(1, sessions.conflicts().size(), "found while editing, before saving");
        assertTrue(sessions.conflicts().get(0).needsReason());
        assertTrue(sessions.conflicts().get(0).text().contains("Flo Trainer"));

        dialogs.texts.add(Optional.empty());
        sessions.save();
        assertEquals(0, sessions.sessions().size(), "cancelling the reason saves nothing");

        dialogs.texts.add(Optional.of("Only trainer who speaks French"));
        sessions.save();
        assertEquals(1, sessions.sessions().size());
        assertTrue(editor.history().stream().anyMatch(entry -> entry.action() == AuditAction.CONFLICT_OVERRIDDEN
                && entry.after().contains("Only trainer who speaks French")), "the override and its reason are in the history");
    }

    @Test
    void aBlockedConflictSaysWhyAndSavesNothing() {
        events.setConflictPolicy(org.learnops.studio.domain.operations.ConflictKind.FACILITATOR_OVERLAP,
                org.learnops.studio.domain.operations.ConflictPolicy.BLOCK);
        Event other = event(course.id(), "Sales");
        events.addSession(new Session(0, other.id(), Optional.empty(), LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)),
                LocalDateTime.of(DAY, java.time.LocalTime.of(12, 0)), PARIS, Optional.empty(), "",
                List.of(facilitator.id()), Optional.empty()), null);
        EventEditorViewModel editor = selectNewEvent();
        SessionsViewModel sessions = editor.sessions();
        sessions.dateProperty().set(DAY);
        sessions.zoneProperty().set("Europe/Paris");
        sessions.facilitators().get(0).selectedProperty().set(true);
        sessions.save();
        assertEquals(0, sessions.sessions().size());
        assertTrue(sessions.errorProperty("form").get().startsWith("Not saved:"), sessions.errorProperty("form").get());
        assertTrue(dialogs.ofKind("text").isEmpty(), "a blocked conflict does not ask for a reason");
    }

    @Test
    void anEventIsCancelledWithAReasonAndRestored() {
        EventEditorViewModel editor = selectNewEvent();
        long id = editor.shownProperty().get().event().id();
        dialogs.texts.add(Optional.of("Venue flooded"));
        editor.cancelEvent();
        assertTrue(editor.cancelledProperty().get());
        assertTrue(editor.cancellationLineProperty().get().endsWith("Venue flooded"));
        assertEquals(EventStatus.CANCELLED, viewModel.selectedProperty().get().summary().shownStatus());

        editor.restoreEvent();
        assertFalse(editor.cancelledProperty().get());
        assertFalse(events.event(id).event().isCancelled());

        dialogs.texts.add(Optional.of("Budget cut"));
        editor.cancelEvent();
        undo.undo();
        assertFalse(events.event(id).event().isCancelled(), "undo restores");
        assertTrue(editor.history().stream().anyMatch(entry -> entry.action() == AuditAction.CANCELLED));
    }

    @Test
    void attendanceIsMarkedForSeveralPeopleAtOnce() throws Exception {
        EventEditorViewModel editor = selectNewEvent();
        SessionsViewModel sessions = editor.sessions();
        sessions.dateProperty().set(DAY);
        sessions.save();
        for (String name : List.of("Ana Ruiz", "Ben Ode", "Cy Waits")) {
            long personId = person(name).id();
            events.enrol(editor.shownProperty().get().event().id(), personId);
        }
        editor.enrolments().reload();
        AttendanceViewModel attendance = editor.attendance();
        assertNotNull(attendance.sessionProperty().get(), "the first session is chosen");
        assertEquals(3, attendance.rows().size());

        attendance.mark(attendance.rows().subList(0, 2), AttendanceMark.ATTENDED);
        attendance.mark(List.of(attendance.rows().get(2)), AttendanceMark.NO_SHOW);
        long sessionId = attendance.sessionProperty().get().id();
        assertEquals(List.of(AttendanceMark.ATTENDED, AttendanceMark.ATTENDED, AttendanceMark.NO_SHOW),
                attendance.rows().stream().map(row -> row.markProperty().get()).toList());
        assertEquals(3, events.attendance(sessionId).size());

        Path sheet = folder.resolve("sign-in.xlsx");
        dialogs.chosenFiles.add(Optional.of(sheet));
        attendance.signInSheet();
        assertTrue(Files.size(sheet) > 0, "the sign-in sheet is written");
        assertEquals("Saved the sign-in sheet sign-in.xlsx.", attendance.informationProperty().get());
        assertEquals(AttendanceMark.NO_SHOW, events.attendance(sessionId).get(attendance.rows().get(2).personId()));
    }

    @Test
    void costLinesAreAddedChangedDeletedAndUndone() {
        EventEditorViewModel editor = selectNewEvent();
        CostsViewModel costs = editor.costs();
        assertTrue(costs.currencies().contains("EUR"));
        costs.categoryProperty().set(CostCategory.CATERING);
        costs.amountProperty().set("-3");
        costs.save();
        assertFalse(costs.amountErrorProperty().get().isEmpty());
        costs.amountProperty().set("120,5");
        costs.currencyProperty().set("CHF");
        costs.noteProperty().set("Lunch");
        costs.save();
        assertEquals(1, costs.lines().size());
        assertEquals(new BigDecimal("120.5").compareTo(costs.lines().get(0).amount()), 0);
        assertEquals("CHF", costs.lines().get(0).currency());

        costs.edit(costs.lines().get(0));
        costs.amountProperty().set("150");
        costs.save();
        assertEquals(0, new BigDecimal("150").compareTo(costs.lines().get(0).amount()));
        undo.undo();
        assertEquals(0, new BigDecimal("120.5").compareTo(costs.lines().get(0).amount()));

        dialogs.answers.add(true);
        costs.delete(costs.lines().get(0));
        assertEquals(0, costs.lines().size());
        undo.undo();
        assertEquals(1, costs.lines().size(), "the deleted line is back");
    }

    @Test
    void theEventIsExportedToACalendarFile() throws Exception {
        EventEditorViewModel editor = selectNewEvent();
        editor.sessions().dateProperty().set(DAY);
        editor.sessions().save();
        Path target = folder.resolve("event.ics");
        dialogs.chosenFiles.add(Optional.of(target));
        editor.exportCalendar();
        assertTrue(Files.readString(target).contains("BEGIN:VEVENT"));
        assertEquals("Saved the calendar file event.ics.", editor.informationProperty().get());
    }
}
