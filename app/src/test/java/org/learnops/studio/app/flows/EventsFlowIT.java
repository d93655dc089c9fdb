package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.DataFolder;

/**
 * A coordinator runs an event: creates it with a series of three sessions, enrols beyond capacity,
 * cancels an enrolment and sees the first person waiting promoted; and double-books a facilitator,
 * sees the warning before saving, overrides it with a reason and finds the reason in the history.
 * People and courses come from the directory (the People screen is another screen's flow).
 */
class EventsFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        if (driver != null) {
            driver.stop();
        }
    }

    private void openEvents() throws TimeoutException {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navEvents");
        driver.waitFor("#eventsTable");
    }

    private void clickDialogButton(String text) throws TimeoutException {
        driver.waitFor(".dialog-pane");
        driver.clickOn(driver.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow());
    }

    /** Clicks a tab of the event editor by its title (a plain text lookup could hit a hidden label with the same text). */
    private void openTab(String title) {
        driver.clickOn(driver.lookup(".tab .tab-label").queryAllAs(Label.class).stream()
                .filter(label -> title.equals(label.getText())).findFirst().orElseThrow());
    }

    private void replaceText(String query, String text) {
        driver.clickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    private String cellText(String rowId, int column) {
        List<Node> cells = List.copyOf(driver.lookup(rowId + " .table-cell").queryAll());
        TableCell<?, ?> cell = (TableCell<?, ?>) cells.get(column);
        return cell.getText() != null ? cell.getText()
                : driver.from(cell).lookup(".label").queryAll().stream().map(node -> ((Label) node).getText())
                        .reduce("", (a, b) -> a + " " + b).strip();
    }

    private void enrol(String search, long personId) throws TimeoutException {
        replaceText("#findField", search);
        driver.waitUntil(() -> driver.lookup("#foundCombo").<ComboBox<?>>query().getValue() != null);
        driver.clickOn("#enrolButton");
        driver.waitFor("#enrolment-" + personId);
    }

    @Test
    void anEventWithThreeSessionsFillsUpAndACancellationPromotesTheFirstWaiting() throws Exception {
        long ana;
        long ben;
        long cy;
        try (Workspace workspace = new JdbcWorkspaceOpener().create(DataFolder.defaultWorkspace(dataFolder))) {
            DirectoryService directory = new DirectoryService(workspace.operations());
            directory.addCourse(new Course(0, "Leading hybrid teams", Optional.empty(), CourseFormat.IN_PERSON, 180,
                    Optional.empty()));
            directory.addPerson(new Person(0, "Flo Trainer", "", "", "", Set.of(PersonRole.FACILITATOR)));
            ana = directory.addPerson(Person.participant("Ana Ruiz")).id();
            ben = directory.addPerson(Person.participant("Ben Ode")).id();
            cy = directory.addPerson(Person.participant("Cy Waits")).id();
        }
        openEvents();

        // Ctrl+N in this screen is "New event" (not the File menu's "New workspace", which would open a file chooser).
        driver.clickOn("#filterField").press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        driver.waitUntil(() -> driver.lookup("#capacityField").query().isVisible());
        long eventId = ((org.learnops.studio.app.events.EventRow) driver.lookup("#eventsTable").<TableView<?>>query()
                .getSelectionModel().getSelectedItem()).id();
        String eventRow = "#event-" + eventId;
        replaceText("#capacityField", "2");
        driver.type(KeyCode.ENTER);
        LocalDate first = driver.lookup("#startsOnPicker").queryAs(DatePicker.class).getValue();
        replaceText(driver.lookup("#endsOnPicker").queryAs(DatePicker.class).getEditor(), first.plusDays(2).toString());
        driver.type(KeyCode.ENTER);
        String row = eventRow;
        driver.waitUntil(() -> cellText(row, 1).contains(first.plusDays(2).toString()));

        openTab("Sessions");
        driver.clickOn("#addSeriesButton");
        driver.clickOn("#frequencyCombo").type(KeyCode.UP).type(KeyCode.ENTER);
        assertEquals("DAILY", String.valueOf(driver.lookup("#frequencyCombo").<ComboBox<?>>query().getValue()));
        replaceText("#countField", "3");
        driver.clickOn(driver.lookup("#facilitatorsList .check-box").<Node>query());
        driver.clickOn("#countField").type(KeyCode.ENTER);
        driver.waitUntil(() -> driver.lookup("#sessionsTable").<TableView<?>>query().getItems().size() == 3);
        driver.waitUntil(() -> cellText(row, 0).contains("Leading hybrid teams"));

        openTab("Enrolments");
        enrol("ana", ana);
        enrol("ben", ben);
        enrol("cy w", cy);
        assertEquals("Waitlisted", cellText("#enrolment-" + cy, 1), "the third person waits: capacity is 2");
        assertEquals("1", cellText("#enrolment-" + cy, 2));
        driver.waitUntil(() -> cellText(row, 2).contains("1 waiting"));

        driver.clickOn("#enrolment-" + ana);
        driver.clickOn("#cancelEnrolmentButton");
        clickDialogButton("Cancel enrolment");
        driver.waitUntil(() -> driver.lookup("#enrolInformation").queryAs(Label.class).getText()
                .contains("Cy Waits was promoted from the waitlist."));
        driver.waitUntil(() -> "Enrolled".equals(cellText("#enrolment-" + cy, 1)));
        assertEquals("Cancelled", cellText("#enrolment-" + ana, 1));
        driver.waitUntil(() -> cellText(row, 2).startsWith("2 / 2") && !cellText(row, 2).contains("waiting"));
        driver.closeWindow();
    }

    private void replaceText(TextField field, String text) {
        driver.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @Test
    void aDoubleBookedFacilitatorIsWarnedBeforeSavingAndTheOverrideReasonIsInTheHistory() throws Exception {
        LocalDate day = LocalDate.now().plusDays(20);
        ZoneId zone = ZoneId.systemDefault();
        long eventId;
        try (Workspace workspace = new JdbcWorkspaceOpener().create(DataFolder.defaultWorkspace(dataFolder))) {
            DirectoryService directory = new DirectoryService(workspace.operations());
            EventService events = new EventService(workspace.operations(), Clock.systemDefaultZone(), "setup");
            Course course = directory.addCourse(new Course(0, "Budgeting basics", Optional.empty(), CourseFormat.IN_PERSON,
                    60, Optional.empty()));
            Course other = directory.addCourse(new Course(0, "Negotiation", Optional.empty(), CourseFormat.IN_PERSON,
                    60, Optional.empty()));
            Person flo = directory.addPerson(new Person(0, "Flo Trainer", "", "", "", Set.of(PersonRole.FACILITATOR)));
            Event busy = events.createEvent(new Event(0, other.id(), Optional.empty(), "", "", 10, 0, EventStatus.OPEN, day,
                    day, Optional.empty()));
            events.addSession(new Session(0, busy.id(), Optional.empty(), LocalDateTime.of(day, LocalTime.of(9, 0)),
                    LocalDateTime.of(day, LocalTime.of(12, 0)), zone, Optional.empty(), "", List.of(flo.id()),
                    Optional.empty()), null);
            eventId = events.createEvent(new Event(0, course.id(), Optional.empty(), "", "", 10, 0, EventStatus.OPEN, day,
                    day, Optional.empty())).id();
        }
        openEvents();
        driver.waitFor("#event-" + eventId);
        driver.clickOn("#event-" + eventId);
        openTab("Sessions");
        replaceText("#startTimeField", "10:00");
        replaceText("#endTimeField", "11:30");
        driver.clickOn(driver.lookup("#facilitatorsList .check-box").<Node>query());
        driver.waitFor(".conflict-line");
        String warning = driver.lookup(".conflict-line").queryAs(Label.class).getText();
        assertTrue(warning.contains("Flo Trainer"), warning);
        assertEquals(0, driver.lookup("#sessionsTable").<TableView<?>>query().getItems().size(), "shown before saving");

        driver.clickOn("#endTimeField").type(KeyCode.ENTER);
        driver.waitFor(".dialog-pane .text-field");
        driver.clickOn(".dialog-pane .text-field").write("Only trainer who knows the tool");
        clickDialogButton("OK");
        driver.waitUntil(() -> driver.lookup("#sessionsTable").<TableView<?>>query().getItems().size() == 1);

        openTab("History");
        driver.waitUntil(() -> driver.lookup("#historyTable .table-cell").queryAll().stream()
                .anyMatch(node -> ((TableCell<?, ?>) node).getText() != null
                        && ((TableCell<?, ?>) node).getText().contains("Only trainer who knows the tool")));
        driver.closeWindow();
    }
}
