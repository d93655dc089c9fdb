package org.learnops.studio.app.directory;

import org.learnops.studio.app.common.Choice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.workspace.WorkspaceFile;

/** "People, rooms & courses" on a real workspace file, without a window. */
class DirectoryViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final JdbcWorkspaceOpener opener = new JdbcWorkspaceOpener();
    private final Messages messages = Messages.load(Locale.ROOT);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private WorkspaceFile file;
    private Workspace workspace;
    private DirectoryService directory;
    private EventService events;
    private DirectoryViewModel viewModel;

    @BeforeEach
    void openNewWorkspace() {
        file = WorkspaceFile.of(folder.resolve("ops"));
        workspace = opener.create(file);
        directory = new DirectoryService(workspace.operations());
        events = new EventService(workspace.operations(), CLOCK, "tester");
        viewModel = new DirectoryViewModel(directory, events, new ScopeService(workspace.scope()), new SyncTaskRunner(),
                dialogs, messages, new SaveTracker(), undo);
        viewModel.refreshFromOtherSteps();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<Person> storedPeople() {
        workspace.close();
        workspace = opener.open(file);
        return new DirectoryService(workspace.operations()).people();
    }

    private PersonRowViewModel add(String name) {
        viewModel.newPersonNameProperty().set(name);
        viewModel.addPerson();
        return viewModel.selectedPersonProperty().get();
    }

    @Test
    void aPersonAddedIsStoredSelectedAndUndoTakesThemBack() {
        PersonRowViewModel ana = add("Ana Silva");

        assertEquals("Ana Silva", ana.nameProperty().get());
        assertTrue(ana.participantProperty().get(), "a new person takes part until told otherwise");
        assertEquals("", viewModel.newPersonNameProperty().get());
        assertEquals(List.of("Ana Silva"), directory.people().stream().map(Person::name).toList());

        undo.undo();
        assertEquals(List.of(), directory.people());
        assertFalse(viewModel.people().contains(ana));

        undo.redo();
        assertEquals(List.of("Ana Silva"), directory.people().stream().map(Person::name).toList());
        assertSame(ana, viewModel.selectedPersonProperty().get());
    }

    @Test
    void aNameIsRequiredToAdd() {
        viewModel.newPersonNameProperty().set("  ");
        viewModel.addPerson();

        assertEquals(messages.get("operations.error.nameRequired"), viewModel.newPersonErrorProperty().get());
        assertEquals(List.of(), directory.people());
    }

    @Test
    void editsAreStoredAtOnceAndBadOnesRefusedNextToTheField() {
        PersonRowViewModel ana = add("Ana Silva");

        ana.emailProperty().set("ana.silva");
        assertEquals(messages.get("operations.error.email"), ana.errors().get("email").get());
        ana.emailProperty().set("ana@example.com");
        assertEquals("", ana.errors().get("email").get());
        ana.facilitatorProperty().set(true);
        ana.businessAreaProperty().set("Sales");
        ana.regionProperty().set("EMEA");
        ana.participantProperty().set(false);
        ana.facilitatorProperty().set(false);
        assertEquals(messages.get("operations.error.roleRequired"), ana.errors().get("roles").get());

        Person stored = storedPeople().get(0);
        assertEquals("ana@example.com", stored.email());
        assertEquals("Sales", stored.businessArea());
        assertEquals("EMEA", stored.region());
        assertEquals(Set.of(PersonRole.FACILITATOR), stored.roles(), "the role-less state was not stored");
    }

    @Test
    void anEditIsUndoneAsOneStep() {
        PersonRowViewModel ana = add("Ana");
        ana.nameProperty().set("Ana ");
        ana.nameProperty().set("Ana S");

        undo.undo();

        assertEquals("Ana", ana.nameProperty().get());
        assertEquals("Ana", directory.people().get(0).name());
    }

    @Test
    void theSearchNarrowsThePeopleInTheDatabase() {
        directory.addPerson(Person.participant("Ana Silva"));
        directory.addPerson(Person.participant("Bruno Costa"));
        directory.addPerson(new Person(0, "Carla Dias", "carla@anacorp.example", "", "", Set.of(PersonRole.COORDINATOR)));

        viewModel.searchProperty().set("ana");

        assertEquals(List.of("Ana Silva", "Carla Dias"), viewModel.people().stream().map(row -> row.nameProperty().get()).toList(),
                "name or e-mail contains the text");
        viewModel.searchProperty().set("");
        assertEquals(3, viewModel.people().size());
        assertEquals(messages.get("directory.people.count", 3), viewModel.peopleSummaryProperty().get());
    }

    @Test
    void deletingSomeoneWithEnrolmentsSaysSoKeepsTheirHistoryAndUndoRestoresThem() {
        PersonRowViewModel ana = add("Ana Silva");
        Course course = directory.addCourse(new Course(0, "Coaching", Optional.empty(), CourseFormat.IN_PERSON, 60, Optional.empty()));
        Event event = events.createEvent(new Event(0, course.id(), Optional.empty(), "", "", 10, 0, EventStatus.OPEN,
                LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), Optional.empty()));
        events.enrol(event.id(), ana.id());
        dialogs.answers.add(true);

        viewModel.deletePerson(ana);

        FakeDialogService.Shown question = dialogs.ofKind("ask").get(0);
        assertEquals(messages.get("directory.person.delete.questionEnrolled", "Ana Silva", 1), question.message());
        assertTrue(question.message().contains("one enrolment") && question.message().contains("history"), question.message());
        assertEquals(List.of(), directory.people());
        assertFalse(viewModel.people().contains(ana));
        assertNull(viewModel.selectedPersonProperty().get());
        assertEquals(1, directory.enrolmentCount(ana.id()), "the enrolment stays");
        assertEquals(1, events.enrolments(event.id()).size());

        undo.undo();
        assertEquals(List.of("Ana Silva"), storedPeople().stream().map(Person::name).toList());
    }

    @Test
    void deletingSomeoneWithoutEnrolmentsAsksPlainlyAndCancelKeepsThem() {
        PersonRowViewModel bruno = add("Bruno");
        dialogs.answers.add(false);

        viewModel.deletePerson(bruno);

        assertEquals(messages.get("directory.person.delete.question", "Bruno"), dialogs.ofKind("ask").get(0).message());
        assertEquals(1, directory.people().size());
        assertTrue(viewModel.people().contains(bruno));
    }

    @Test
    void aRoomOfZeroSeatsIsRefusedInlineAndNotStored() {
        viewModel.newRoomNameProperty().set("Boardroom");
        viewModel.addRoom();
        RoomRowViewModel room = viewModel.selectedRoomProperty().get();

        room.capacityProperty().set(0);
        assertEquals(messages.get("operations.error.roomCapacity", 1, 100_000), room.errors().get("capacity").get());
        assertEquals(1, directory.rooms().get(0).capacity(), "zero was not stored");

        room.capacityProperty().set(12);
        room.siteProperty().set("Lyon");
        assertEquals("", room.errors().get("capacity").get());
        Room stored = directory.rooms().get(0);
        assertEquals(12, stored.capacity());
        assertEquals("Lyon", stored.site());
    }

    @Test
    void aVirtualRoomNeedsItsLink() {
        viewModel.newRoomNameProperty().set("Teams – Academy");
        viewModel.addRoom();
        RoomRowViewModel room = viewModel.selectedRoomProperty().get();

        room.virtualProperty().set(true);
        assertFalse(room.errors().get("link").get().isEmpty());
        assertFalse(directory.rooms().get(0).virtual());
        room.linkProperty().set("https://teams.example/academy");
        assertTrue(directory.rooms().get(0).virtual());
        assertEquals("https://teams.example/academy", directory.rooms().get(0).link());
    }

    @Test
    void aRoomDeletedAfterAskingComesBackWithUndo() {
        viewModel.newRoomNameProperty().set("Boardroom");
        viewModel.addRoom();
        dialogs.answers.add(true);

        viewModel.deleteRoom(viewModel.selectedRoomProperty().get());
        assertEquals(List.of(), directory.rooms());
        assertTrue(viewModel.rooms().isEmpty());

        undo.undo();
        assertEquals(1, directory.rooms().size());
        assertEquals(1, viewModel.rooms().size());
    }

    @Test
    void aCourseTakesTheScopeStepsAreasAndStaffAsOwners() {
        directory.addPerson(new Person(0, "Dana Reyes", "", "", "", Set.of(PersonRole.COORDINATOR)));
        directory.addPerson(Person.participant("Paul Participant"));
        List<ActivityArea> areas = new ScopeService(workspace.scope()).load().areas();
        viewModel.refreshFromOtherSteps();

        viewModel.newCourseTitleProperty().set("Leading hybrid teams");
        viewModel.addCourse();
        CourseRowViewModel course = viewModel.selectedCourseProperty().get();

        assertEquals(areas.size() + 1, viewModel.areaChoices().size(), "no area, then each of the Scope step's areas");
        assertEquals(List.of("No owner", "Dana Reyes"), viewModel.ownerChoices().stream().map(Choice::label).toList());
        course.areaProperty().set(viewModel.areaChoices().get(2));
        course.formatProperty().set(CourseFormat.BLENDED);
        course.durationProperty().set(90);
        course.ownerProperty().set(viewModel.ownerChoices().get(1));
        course.durationProperty().set(0);
        assertFalse(course.errors().get("defaultDurationMinutes").get().isEmpty());

        Course stored = directory.courses().get(0);
        assertEquals("Leading hybrid teams", stored.title());
        assertEquals(Optional.of(areas.get(1).id()), stored.activityAreaId());
        assertEquals(CourseFormat.BLENDED, stored.format());
        assertEquals(90, stored.defaultDurationMinutes());
        assertEquals(Optional.of(viewModel.ownerChoices().get(1).id()), stored.ownerId());
    }

    @Test
    void someoneMadeFacilitatorCanOwnACourseAtOnce() {
        PersonRowViewModel sam = add("Sam Ito");
        assertEquals(List.of("No owner"), viewModel.ownerChoices().stream().map(Choice::label).toList(), "participants own no course");

        sam.facilitatorProperty().set(true);
        sam.nameProperty().set("Sam Itō");
        assertEquals(List.of("No owner", "Sam Itō"), viewModel.ownerChoices().stream().map(Choice::label).toList());

        dialogs.answers.add(true);
        viewModel.deletePerson(sam);
        assertEquals(List.of("No owner"), viewModel.ownerChoices().stream().map(Choice::label).toList());
        undo.undo();
        assertEquals(List.of("No owner", "Sam Itō"), viewModel.ownerChoices().stream().map(Choice::label).toList());
    }

    @Test
    void aConflictRuleIsStoredAndUndoable() {
        ConflictPolicy before = viewModel.policyProperty(ConflictKind.FACILITATOR_OVERLAP).get();

        viewModel.policyProperty(ConflictKind.FACILITATOR_OVERLAP).set(ConflictPolicy.OVERRIDE_WITH_REASON);
        viewModel.policyProperty(ConflictKind.ROOM_DOUBLE_BOOKED).set(ConflictPolicy.BLOCK);

        assertEquals(ConflictPolicy.OVERRIDE_WITH_REASON, events.conflictPolicies().get(ConflictKind.FACILITATOR_OVERLAP));
        assertEquals(ConflictPolicy.BLOCK, events.conflictPolicies().get(ConflictKind.ROOM_DOUBLE_BOOKED));
        undo.undo();
        undo.undo();
        assertEquals(before, events.conflictPolicies().get(ConflictKind.FACILITATOR_OVERLAP));

        DirectoryViewModel again = new DirectoryViewModel(directory, events, new ScopeService(workspace.scope()),
                new SyncTaskRunner(), dialogs, messages, new SaveTracker(), new UndoManager());
        viewModel.policyProperty(ConflictKind.PARTICIPANT_OVERLAP).set(ConflictPolicy.BLOCK);
        again.load();
        assertEquals(ConflictPolicy.BLOCK, again.policyProperty(ConflictKind.PARTICIPANT_OVERLAP).get(), "read back when loaded");
    }
}
