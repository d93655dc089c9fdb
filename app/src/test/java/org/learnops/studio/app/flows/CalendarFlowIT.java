package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.app.calendar.CalendarViewModel;
import org.learnops.studio.app.calendar.Seed;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.SeriesEdit;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.DataFolder;

/**
 * A coordinator opens the calendar on a month with a weekly series and a cancelled session,
 * picks a session, reads its details and exports its event as .ics, which a calendar parser reads
 * back with one entry per session, stable UIDs and the cancelled one marked cancelled.
 */
class CalendarFlowIT {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @TempDir
    Path dataFolder;

    private AppDriver driver;
    private List<Session> series;
    private Session cancelled;

    @BeforeEach
    void seedAMonth() {
        LocalDate month = LocalDate.now(ZONE).withDayOfMonth(1);
        try (Workspace workspace = new JdbcWorkspaceOpener().create(DataFolder.defaultWorkspace(dataFolder))) {
            Seed seed = new Seed(workspace, Clock.system(ZONE));
            Person lee = seed.person("Lee Okafor", PersonRole.COORDINATOR, PersonRole.FACILITATOR);
            Room boardroom = seed.room("Boardroom 2", 12);
            Course course = seed.course("Leading hybrid teams");
            Event event = seed.event(course, lee, "Sales", month, month.plusMonths(1).minusDays(1), 12, 0);
            series = seed.weekly(event, month.plusDays(7), 3, LocalTime.of(9, 0), LocalTime.of(11, 0), ZONE, boardroom, lee);
            cancelled = seed.session(event, LocalDateTime.of(month.plusDays(8), LocalTime.of(14, 0)), 60, ZONE, boardroom, lee);
            seed.events.cancelSession(cancelled.id(), SeriesEdit.THIS_SESSION, "Trainer ill");
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private boolean shown(String query) {
        return driver.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aSessionsEventIsExportedAsAnIcsACalendarParserReads() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navCalendar");
        String first = "#chip-" + series.get(0).id();
        driver.waitFor(first);
        assertEquals("09:00 Leading hybrid teams", driver.lookup(first).queryAs(Button.class).getText());
        assertFalse(shown("#chip-" + cancelled.id()), "cancelled sessions are hidden until asked for");

        driver.clickOn("#showCancelledCheck");
        driver.waitUntil(() -> shown("#chip-" + cancelled.id()));
        assertTrue(driver.lookup("#chip-" + cancelled.id()).query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("cancelled")), "struck through");

        driver.clickOn(first);
        driver.waitUntil(() -> "Leading hybrid teams".equals(driver.lookup("#detailTitle").queryAs(Label.class).getText()));
        assertEquals("Boardroom 2", driver.lookup("#detailRoom").queryAs(Label.class).getText());
        assertEquals("Lee Okafor", driver.lookup("#detailFacilitators").queryAs(Label.class).getText());
        assertTrue(shown("#exportEventButton"));
        assertTrue(shown("#exportSeriesButton"), "the session belongs to a series");

        // The export button asks for a file with the system's chooser, which a headless run cannot
        // show; the flow hands the ViewModel the file the user would have chosen, as the PNG flow does.
        CalendarViewModel calendar = (CalendarViewModel) driver.lookup("#calendarRoot").query().getUserData();
        Path file = dataFolder.resolve("hybrid.ics");
        driver.interact(() -> calendar.exportEventTo(file));
        driver.waitFor(".dialog-pane");
        driver.clickOn(driver.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> "OK".equals(button.getText())).findFirst().orElseThrow());

        Calendar parsed = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertEquals(4, events.size(), "three of the series and the cancelled one");
        Map<String, VEvent> byStart = events.stream().collect(Collectors.toMap(event -> value(event, Property.DTSTART), e -> e));
        for (Session session : series) {
            VEvent entry = byStart.get(UTC.format(session.startInstant().atOffset(ZoneOffset.UTC)));
            assertEquals("Leading hybrid teams", value(entry, Property.SUMMARY));
            assertEquals(UTC.format(session.endInstant().atOffset(ZoneOffset.UTC)), value(entry, Property.DTEND));
            assertFalse("CANCELLED".equals(entry.getProperty(Property.STATUS).map(Property::getValue).orElse("")));
        }
        VEvent dropped = byStart.get(UTC.format(cancelled.startInstant().atOffset(ZoneOffset.UTC)));
        assertEquals("CANCELLED", value(dropped, Property.STATUS));
        List<String> uids = events.stream().map(event -> value(event, Property.UID)).toList();
        assertEquals(4, uids.stream().distinct().count(), "one UID per session");

        // Exporting again gives the same UIDs: a calendar app updates its entries instead of adding copies.
        Path again = dataFolder.resolve("again.ics");
        driver.interact(() -> calendar.exportEventTo(again));
        driver.waitFor(".dialog-pane");
        driver.clickOn(driver.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> "OK".equals(button.getText())).findFirst().orElseThrow());
        List<VEvent> second = new CalendarBuilder().build(new StringReader(Files.readString(again))).getComponents("VEVENT");
        assertEquals(uids.stream().sorted().toList(), second.stream().map(event -> value(event, Property.UID)).sorted().toList());
        driver.closeWindow();
    }

    @Test
    void theKeyboardMovesTheMonthAndTComesBack() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navCalendar");
        driver.waitFor("#chip-" + series.get(0).id());
        String thisMonth = driver.lookup("#periodLabel").queryAs(Label.class).getText();

        driver.clickOn("#chip-" + series.get(0).id());
        driver.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        driver.waitUntil(() -> !thisMonth.equals(driver.lookup("#periodLabel").queryAs(Label.class).getText()));
        assertFalse(shown("#chip-" + series.get(0).id()));
        driver.type(javafx.scene.input.KeyCode.T);
        driver.waitUntil(() -> thisMonth.equals(driver.lookup("#periodLabel").queryAs(Label.class).getText()));

        driver.clickOn("#weekToggle");
        driver.waitFor("#weekGrid");
        driver.clickOn("#monthToggle");
        driver.waitFor("#monthGrid");
        driver.closeWindow();
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }
}
