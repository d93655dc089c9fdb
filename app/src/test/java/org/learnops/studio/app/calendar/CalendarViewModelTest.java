package org.learnops.studio.app.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.calendar.CalendarViewModel.Mode;
import org.learnops.studio.app.common.FakeDialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SyncTaskRunner;
import org.learnops.studio.app.common.Choice;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.DueKind;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The calendar's ViewModel on a real workspace, on Monday 15 March 2027 in Paris. */
class CalendarViewModelTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T09:00:00Z"), PARIS);

    @TempDir
    Path folder;

    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private Workspace workspace;
    private Seed seed;
    private CalendarViewModel viewModel;
    private Person lee;
    private Person sam;
    private Room boardroom;
    private Room lab;
    private Course hybrid;
    private Event event;

    @BeforeEach
    void openWorkspace() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("cal")));
        seed = new Seed(workspace, CLOCK);
        lee = seed.person("Lee Okafor", PersonRole.COORDINATOR, PersonRole.FACILITATOR);
        sam = seed.person("Sam Ito", PersonRole.FACILITATOR);
        boardroom = seed.room("Boardroom 2", 12);
        lab = seed.room("Training lab", 20);
        hybrid = seed.course("Leading hybrid teams");
        event = seed.event(hybrid, lee, "Sales", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31), 10, 4);
        viewModel = new CalendarViewModel(new CalendarService(workspace.operations(), CLOCK), seed.directory, CLOCK,
                new SyncTaskRunner(), dialogs, messages);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Session at(LocalDateTime start, Room room, Person... facilitators) {
        return seed.session(event, start, 60, PARIS, room, facilitators);
    }

    private DayCell day(LocalDate date) {
        return viewModel.days().stream().filter(cell -> cell.date().equals(date)).findFirst().orElseThrow();
    }

    private List<Long> shownSessionIds() {
        return viewModel.days().stream().flatMap(cell -> cell.sessions().stream()).map(SessionItem::sessionId).toList();
    }

    @Test
    void theMonthIsSixWeeksFromTheMondayBeforeTheFirst() {
        viewModel.load();
        viewModel.next(); // April 2027 starts on a Thursday

        assertEquals(42, viewModel.days().size());
        assertEquals(LocalDate.of(2027, 3, 29), viewModel.days().get(0).date());
        assertEquals(LocalDate.of(2027, 4, 1), viewModel.days().get(3).date());
        assertFalse(viewModel.days().get(2).inMonth());
        assertTrue(viewModel.days().get(3).inMonth());
        assertEquals(LocalDate.of(2027, 5, 9), viewModel.days().get(41).date());
        assertEquals("April 2027", viewModel.periodProperty().get());

        viewModel.today();
        assertEquals(LocalDate.of(2027, 3, 1), viewModel.days().get(0).date(), "March 2027 starts on a Monday");
        assertTrue(day(LocalDate.of(2027, 3, 15)).today());
    }

    @Test
    void aDayWithMoreSessionsThanFitSaysHowManyMore() {
        for (int hour = 8; hour < 13; hour++) {
            at(LocalDateTime.of(2027, 3, 17, hour, 0), null);
        }
        at(LocalDateTime.of(2027, 3, 18, 9, 0), null);
        viewModel.chipsPerDayProperty().set(3);
        viewModel.load();

        DayCell wednesday = day(LocalDate.of(2027, 3, 17));
        assertEquals(3, wednesday.sessions().size(), "three chips fill the three lines; “+2 more” stands beside the day");
        assertEquals(2, wednesday.more());
        assertEquals("08:00 Leading hybrid teams", wednesday.sessions().get(0).chip());
        assertEquals(1, day(LocalDate.of(2027, 3, 18)).sessions().size());
        assertEquals(0, day(LocalDate.of(2027, 3, 18)).more());
        assertEquals("+2 more", messages.get("calendar.more", wednesday.more()));

        viewModel.chipsPerDayProperty().set(6);
        assertEquals(5, day(LocalDate.of(2027, 3, 17)).sessions().size());
        assertEquals(0, day(LocalDate.of(2027, 3, 17)).more());
    }

    @Test
    void theWeekMovesByWeeksAndTodayComesBack() {
        viewModel.modeProperty().set(Mode.WEEK);
        viewModel.show(LocalDate.of(2027, 3, 17));

        assertEquals(7, viewModel.days().size());
        assertEquals(LocalDate.of(2027, 3, 15), viewModel.firstDay());
        viewModel.next();
        assertEquals(LocalDate.of(2027, 3, 22), viewModel.days().get(0).date());
        viewModel.previous();
        viewModel.previous();
        assertEquals(LocalDate.of(2027, 3, 8), viewModel.days().get(0).date());
        assertTrue(viewModel.periodProperty().get().contains("8 Mar 2027") && viewModel.periodProperty().get().contains("14 Mar 2027"),
                viewModel.periodProperty().get());
        viewModel.today();
        assertEquals(LocalDate.of(2027, 3, 15), viewModel.days().get(0).date());
    }

    @Test
    void overlappingSessionsInTheWeekStandSideBySide() {
        Session nine = at(LocalDateTime.of(2027, 3, 16, 9, 0), boardroom);
        Session half = seed.session(event, LocalDateTime.of(2027, 3, 16, 9, 30), 90, PARIS, lab);
        Session eleven = seed.session(event, LocalDateTime.of(2027, 3, 16, 10, 30), 60, PARIS, null);
        Session afternoon = at(LocalDateTime.of(2027, 3, 16, 14, 0), null);
        viewModel.modeProperty().set(Mode.WEEK);
        viewModel.load();

        List<SessionItem> tuesday = day(LocalDate.of(2027, 3, 16)).sessions();
        assertEquals(List.of(nine.id(), half.id(), eleven.id(), afternoon.id()), tuesday.stream().map(SessionItem::sessionId).toList());
        assertEquals(List.of(0, 1, 0, 0), tuesday.stream().map(SessionItem::lane).toList(), "10:30 takes the column nine left");
        assertEquals(List.of(2, 2, 2, 1), tuesday.stream().map(SessionItem::lanes).toList());
        assertEquals(9 * 60, tuesday.get(0).startMinute());
        assertEquals(11 * 60, tuesday.get(1).endMinute());
    }

    @Test
    void filtersNarrowTheSessionsShown() {
        Session inBoardroom = at(LocalDateTime.of(2027, 3, 16, 9, 0), boardroom, sam);
        Session inLab = at(LocalDateTime.of(2027, 3, 17, 9, 0), lab, lee);
        Course excel = seed.course("Excel for planners");
        Event finance = seed.event(excel, sam, "Finance", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), 10, 0);
        Session financeSession = seed.session(finance, LocalDateTime.of(2027, 3, 18, 9, 0), 60, PARIS, null);
        Session cancelled = at(LocalDateTime.of(2027, 3, 19, 9, 0), null);
        seed.events.cancelSession(cancelled.id(), SeriesEdit.THIS_SESSION, "Trainer ill");
        viewModel.load();
        assertEquals(List.of(inBoardroom.id(), inLab.id(), financeSession.id()), shownSessionIds(), "cancelled ones hidden");

        viewModel.roomProperty().set(choice(viewModel.rooms(), "Boardroom 2"));
        assertEquals(List.of(inBoardroom.id()), shownSessionIds());
        viewModel.roomProperty().set(viewModel.rooms().get(0));
        viewModel.facilitatorProperty().set(choice(viewModel.facilitators(), "Lee Okafor"));
        assertEquals(List.of(inLab.id()), shownSessionIds());
        viewModel.facilitatorProperty().set(viewModel.facilitators().get(0));
        viewModel.businessAreaProperty().set("Finance");
        assertEquals(List.of(financeSession.id()), shownSessionIds());
        viewModel.businessAreaProperty().set("");
        viewModel.coordinatorProperty().set(choice(viewModel.coordinators(), "Lee Okafor"));
        assertEquals(List.of(inBoardroom.id(), inLab.id()), shownSessionIds());

        viewModel.showCancelledProperty().set(true);
        assertEquals(List.of(inBoardroom.id(), inLab.id(), cancelled.id()), shownSessionIds());
        SessionItem struck = day(LocalDate.of(2027, 3, 19)).sessions().get(0);
        assertTrue(struck.isCancelled());
        viewModel.select(struck);
        assertEquals(messages.get("calendar.status.sessionCancelled", "Trainer ill"), viewModel.detailStatusProperty().get());
    }

    private static Choice choice(List<Choice> choices, String label) {
        return choices.stream().filter(choice -> choice.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aSelectedSessionShowsItsDetailsInItsOwnZone() {
        Session here = at(LocalDateTime.of(2027, 3, 16, 9, 0), boardroom, sam, lee);
        Session newYork = seed.session(event, LocalDateTime.of(2027, 3, 17, 9, 0), 60, ZoneId.of("America/New_York"), null);
        viewModel.load();

        SessionItem local = day(LocalDate.of(2027, 3, 16)).sessions().get(0);
        viewModel.select(local);
        assertEquals(here.id(), viewModel.selectedProperty().get().sessionId());
        assertEquals("Leading hybrid teams", viewModel.detailTitleProperty().get());
        assertEquals("Tue 16 Mar 2027, 09:00–10:00", viewModel.detailWhenProperty().get());
        assertEquals("Boardroom 2", viewModel.detailRoomProperty().get());
        assertEquals("Sam Ito, Lee Okafor", viewModel.detailFacilitatorsProperty().get());
        assertEquals(messages.get("calendar.status.scheduled"), viewModel.detailStatusProperty().get());
        assertFalse(viewModel.inSeriesProperty().get());

        SessionItem abroad = day(LocalDate.of(2027, 3, 17)).sessions().get(0);
        assertEquals(newYork.id(), abroad.sessionId());
        assertTrue(abroad.otherZone());
        assertTrue(abroad.chip().startsWith("09:00 "), "its own local time: " + abroad.chip());
        viewModel.select(abroad);
        assertEquals("Wed 17 Mar 2027, 09:00–10:00 (America/New_York)", viewModel.detailWhenProperty().get());

        viewModel.select(null);
        assertNull(viewModel.selectedProperty().get());
    }

    @Test
    void theEventAndTheSeriesAreExportedWhereTheUserChooses() throws Exception {
        seed.weekly(event, LocalDate.of(2027, 3, 16), 3, LocalTime.of(9, 0), LocalTime.of(10, 0), PARIS, boardroom, sam);
        viewModel.load();
        viewModel.select(day(LocalDate.of(2027, 3, 16)).sessions().get(0));
        assertTrue(viewModel.inSeriesProperty().get());
        Path eventFile = folder.resolve("event.ics");
        Path seriesFile = folder.resolve("series.ics");
        dialogs.chosenFiles.add(Optional.of(eventFile));
        dialogs.chosenFiles.add(Optional.of(seriesFile));
        dialogs.chosenFiles.add(Optional.empty());

        viewModel.exportEvent();
        viewModel.exportSeries();
        viewModel.exportEvent(); // cancelled: nothing happens

        String written = Files.readString(eventFile);
        assertTrue(written.startsWith("BEGIN:VCALENDAR"), written);
        assertEquals(3, written.split("BEGIN:VEVENT").length - 1);
        assertEquals(3, Files.readString(seriesFile).split("BEGIN:VEVENT").length - 1);
        assertEquals(2, dialogs.ofKind("information").size());
        assertTrue(dialogs.ofKind("information").get(0).message().contains(eventFile.toString()));
        assertEquals("Leading hybrid teams.ics", CalendarViewModel.fileName("Leading hybrid teams"));
        assertEquals("Q1 Sales kick-off.ics", CalendarViewModel.fileName("Q1: Sales/kick-off?"));
    }

    @Test
    void whatsDueListsUpcomingSessionsAndEventsBelowTheirMinimum() {
        Session tomorrow = at(LocalDateTime.of(2027, 3, 16, 9, 0), boardroom);
        at(LocalDateTime.of(2027, 4, 20, 9, 0), boardroom); // beyond the two weeks
        Event soon = seed.event(seed.course("Excel for planners"), lee, "Finance", LocalDate.of(2027, 3, 22),
                LocalDate.of(2027, 3, 22), 10, 3);
        viewModel.load();

        List<DueLine> due = viewModel.due();
        DueLine upcoming = due.stream().filter(line -> line.item().kind() == DueKind.UPCOMING_SESSION).findFirst().orElseThrow();
        assertEquals(tomorrow.id(), upcoming.item().sessionId());
        assertEquals("Leading hybrid teams", upcoming.item().title());
        assertEquals(messages.get("dueKind.upcomingSession"), upcoming.kind());
        assertEquals(1, due.stream().filter(line -> line.item().kind() == DueKind.UPCOMING_SESSION).count());
        DueLine below = due.stream().filter(line -> line.item().kind() == DueKind.BELOW_MINIMUM).findFirst().orElseThrow();
        assertEquals(soon.id(), below.item().eventId());
        assertEquals("Excel for planners", below.item().title());
        assertEquals(messages.get("calendar.due.count.belowMinimum", 0), below.count());

        viewModel.open(upcoming);
        assertEquals(LocalDate.of(2027, 3, 16), viewModel.anchorProperty().get());
        assertEquals(tomorrow.id(), viewModel.selectedProperty().get().sessionId(), "its session is shown");
        viewModel.open(below);
        assertEquals(LocalDate.of(2027, 3, 22), viewModel.anchorProperty().get());
        assertEquals(tomorrow.id(), viewModel.selectedProperty().get().sessionId(),
                "a line about a whole event leaves the session looked at selected");
    }

    @Test
    void whatsDueIsReadAgainAfterChanges() {
        viewModel.load();
        long before = viewModel.due().stream().filter(line -> line.item().kind() == DueKind.UPCOMING_SESSION).count();
        at(LocalDateTime.of(2027, 3, 16, 9, 0), null);

        viewModel.load();

        assertEquals(before + 1, viewModel.due().stream().filter(line -> line.item().kind() == DueKind.UPCOMING_SESSION).count());
    }

    @Test
    void sessionsOutsideTheVisibleRangeAreNotShown() {
        at(LocalDateTime.of(2027, 3, 16, 9, 0), null);
        at(LocalDateTime.of(2027, 5, 20, 9, 0), null);
        viewModel.load();

        assertEquals(1, shownSessionIds().size());
        assertEquals(messages.get("calendar.summary", 1), viewModel.summaryProperty().get());
    }
}
