package org.learnops.studio.app.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.workspace.DataFolder;

/**
 * A coordinator adds a facilitator, a room whose capacity of 0 is refused next to the field and
 * then corrected, a blended course, and blocks double-booked rooms; after a restart all is stored.
 */
class DirectoryFlowIT {

    @TempDir
    Path dataFolder;

    private AppDriver driver;

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    private boolean shown(String query) {
        return driver.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void pick(String combo, String label) {
        driver.clickOn(combo);
        driver.clickOn(driver.lookup((ListCell<?> cell) -> label.equals(cell.getText())).<Node>query());
    }

    @Test
    void aPersonARoomRefusedAtZeroSeatsThenFixedAndACourseAreStored() throws Exception {
        driver = new AppDriver(dataFolder);
        driver.start(Optional.empty());
        driver.openStep("#navDirectory");
        driver.waitFor("#newPersonField");

        driver.clickOn("#newPersonField").write("Sam Ito").type(KeyCode.ENTER);
        driver.waitUntil(() -> "Sam Ito".equals(driver.lookup("#personName").queryAs(TextField.class).getText()));
        driver.clickOn("#facilitatorCheck");
        driver.clickOn("#participantCheck");
        driver.clickOn("#personEmail").write("sam.ito");
        driver.waitUntil(() -> shown("#personEmailError"));
        driver.write("@example.com");
        driver.waitUntil(() -> !shown("#personEmailError"));

        driver.clickOn("#roomsTab");
        driver.clickOn("#newRoomField").write("Boardroom 2").type(KeyCode.ENTER);
        driver.waitUntil(() -> "Boardroom 2".equals(driver.lookup("#roomName").queryAs(TextField.class).getText()));
        Spinner<?> capacity = driver.lookup("#roomCapacity").queryAs(Spinner.class);
        driver.doubleClickOn(capacity.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("0").type(KeyCode.ENTER);
        driver.waitUntil(() -> shown("#roomCapacityError"));
        assertTrue(driver.lookup("#roomCapacityError").queryAs(Label.class).getText().contains("zero"));
        driver.clickOn(capacity.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("12").type(KeyCode.ENTER);
        driver.waitUntil(() -> !shown("#roomCapacityError"));
        driver.clickOn("#roomSite").write("Lyon");

        driver.clickOn("#coursesTab");
        driver.clickOn("#newCourseField").write("Leading hybrid teams").type(KeyCode.ENTER);
        driver.waitUntil(() -> "Leading hybrid teams".equals(driver.lookup("#courseTitle").queryAs(TextField.class).getText()));
        pick("#courseFormat", "Blended");
        pick("#courseOwner", "Sam Ito");

        driver.clickOn("#rulesTab");
        pick("#policy-ROOM_DOUBLE_BOOKED", "Block");
        driver.waitUntil(() -> ConflictPolicy.BLOCK == driver.lookup("#policy-ROOM_DOUBLE_BOOKED").queryAs(ComboBox.class).getValue());
        driver.closeWindow();

        try (Workspace workspace = new JdbcWorkspaceOpener().open(DataFolder.defaultWorkspace(dataFolder))) {
            DirectoryService directory = new DirectoryService(workspace.operations());
            Person sam = directory.people().get(0);
            assertEquals("Sam Ito", sam.name());
            assertEquals("sam.ito@example.com", sam.email());
            assertEquals(Set.of(PersonRole.FACILITATOR), sam.roles());
            List<Room> rooms = directory.rooms();
            assertEquals(1, rooms.size());
            assertEquals(12, rooms.get(0).capacity(), "0 was refused, 12 stored");
            assertEquals("Lyon", rooms.get(0).site());
            Course course = directory.courses().get(0);
            assertEquals("Leading hybrid teams", course.title());
            assertEquals(CourseFormat.BLENDED, course.format());
            assertEquals(Optional.of(sam.id()), course.ownerId());
            assertEquals(ConflictPolicy.BLOCK, new EventService(workspace.operations(), java.time.Clock.systemUTC(), "t")
                    .conflictPolicies().get(ConflictKind.ROOM_DOUBLE_BOOKED));
            assertFalse(directory.people(PersonRole.PARTICIPANT).contains(sam));
        }
    }
}
