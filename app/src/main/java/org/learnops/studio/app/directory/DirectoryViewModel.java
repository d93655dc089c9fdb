package org.learnops.studio.app.directory;

import org.learnops.studio.app.common.Choice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.ScopeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "People, rooms & courses": the records events are made of, and the conflict rules. Every valid
 * change is stored at once (an invalid one is shown next to its field and not stored); adds,
 * deletes and edits are undo steps; deletes ask first and are taken back by restoring the record.
 * The people list is searched in the database, at most {@value #SEARCH_LIMIT} at a time.
 */
public final class DirectoryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryViewModel.class);

    /** How many people one search shows; a longer list is narrowed by typing more. */
    public static final int SEARCH_LIMIT = 200;

    private final DirectoryService directory;
    private final EventService events;
    private final ScopeService scope;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final SaveTracker saves;
    private final UndoManager undo;

    private final ObservableList<PersonRowViewModel> people = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRowViewModel> selectedPerson = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper peopleSummary = new ReadOnlyStringWrapper("");
    private final StringProperty newPersonName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newPersonError = new ReadOnlyStringWrapper("");
    private int searchGeneration;

    private final ObservableList<RoomRowViewModel> rooms = FXCollections.observableArrayList();
    private final ObjectProperty<RoomRowViewModel> selectedRoom = new SimpleObjectProperty<>();
    private final StringProperty newRoomName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newRoomError = new ReadOnlyStringWrapper("");

    private final ObservableList<CourseRowViewModel> courses = FXCollections.observableArrayList();
    private final ObjectProperty<CourseRowViewModel> selectedCourse = new SimpleObjectProperty<>();
    private final StringProperty newCourseTitle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newCourseError = new ReadOnlyStringWrapper("");
    private final ObservableList<Choice> areaChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> ownerChoices = FXCollections.observableArrayList();

    private final Map<ConflictKind, ObjectProperty<ConflictPolicy>> policies = new EnumMap<>(ConflictKind.class);
    private boolean showingStored;
    private boolean loaded;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public DirectoryViewModel(DirectoryService directory, EventService events, ScopeService scope, TaskRunner tasks,
                              DialogService dialogs, Messages messages, SaveTracker saves, UndoManager undo) {
        this.directory = directory;
        this.events = events;
        this.scope = scope;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saves = saves;
        this.undo = undo;
        for (ConflictKind kind : ConflictKind.values()) {
            ObjectProperty<ConflictPolicy> policy = new SimpleObjectProperty<>(ConflictPolicy.WARN);
            policy.addListener((observable, before, after) -> policyChanged(kind, before, after));
            policies.put(kind, policy);
        }
        search.addListener((observable, before, after) -> searchPeople());
        newPersonName.addListener(changed -> newPersonError.set(""));
        newRoomName.addListener(changed -> newRoomError.set(""));
        newCourseTitle.addListener(changed -> newCourseError.set(""));
    }

    private record Loaded(List<Person> people, List<Room> rooms, List<Course> courses, List<ActivityArea> areas,
                          List<Person> owners, Map<ConflictKind, ConflictPolicy> policies) {
    }

    /** Reads people (the current search), rooms, courses, the areas and owners courses may have, and the conflict rules. */
    public void load() {
        busy.set(true);
        String text = search.get();
        int generation = ++searchGeneration;
        tasks.run(() -> new Loaded(directory.findPeople(text, SEARCH_LIMIT), directory.rooms(), directory.courses(),
                scope.load().areas(), owners(), events.conflictPolicies()), data -> {
                    busy.set(false);
                    setAreas(data.areas());
                    setOwners(data.owners());
                    if (generation == searchGeneration) {
                        showPeople(data.people());
                    }
                    rooms.clear();
                    data.rooms().forEach(room -> rooms.add(roomRow(room)));
                    courses.clear();
                    data.courses().forEach(course -> courses.add(courseRow(course)));
                    showingStored = true;
                    data.policies().forEach((kind, policy) -> policies.get(kind).set(policy));
                    showingStored = false;
                    loaded = true;
                }, failure -> {
                    busy.set(false);
                    LOG.error("Could not load people, rooms and courses", failure);
                    dialogs.showError(messages.get("directory.loadFailed.title"), messages.describe(failure));
                });
    }

    /**
     * Coming to this screen: the first time everything is read; later only what other screens
     * change (the Scope step's areas, the people who may own a course), so selections stay.
     */
    public void refreshFromOtherSteps() {
        if (!loaded) {
            load();
            return;
        }
        tasks.run(() -> new Choices(scope.load().areas(), owners()), data -> {
            setAreas(data.areas());
            setOwners(data.owners());
        }, failure -> LOG.warn("Could not reread the areas and owners courses may have", failure));
    }

    private record Choices(List<ActivityArea> areas, List<Person> owners) {
    }

    /** Course owners are the staff — coordinators and facilitators — not every participant. */
    private List<Person> owners() {
        Map<Long, Person> staff = new LinkedHashMap<>();
        directory.people(PersonRole.COORDINATOR).forEach(person -> staff.put(person.id(), person));
        directory.people(PersonRole.FACILITATOR).forEach(person -> staff.putIfAbsent(person.id(), person));
        return staff.values().stream().sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private void setAreas(List<ActivityArea> areas) {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.none(messages.get("directory.course.noArea")));
        for (ActivityArea area : areas) {
            choices.add(new Choice(area.id(), area.isCustom() ? area.customName() : messages.get(area.builtIn().messageKey())));
        }
        areaChoices.setAll(choices);
    }

    /** Keeps the owner choices in step with a person just added, edited, deleted or restored. */
    private void showAsOwner(Person person, boolean present) {
        boolean staff = present && (person.has(PersonRole.COORDINATOR) || person.has(PersonRole.FACILITATOR));
        List<Choice> choices = new ArrayList<>(ownerChoices);
        Choice none = choices.isEmpty() ? Choice.none(messages.get("directory.course.noOwner")) : choices.remove(0);
        choices.removeIf(choice -> choice.id() == person.id());
        if (staff) {
            choices.add(new Choice(person.id(), person.name()));
        }
        choices.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        choices.add(0, none);
        boolean same = choices.size() == ownerChoices.size() && IntStream.range(0, choices.size()).allMatch(i ->
                choices.get(i).id() == ownerChoices.get(i).id() && choices.get(i).label().equals(ownerChoices.get(i).label()));
        if (!same) {
            ownerChoices.setAll(choices);
        }
    }

    private void setOwners(List<Person> owners) {
        List<Choice> choices = new ArrayList<>();
        choices.add(Choice.none(messages.get("directory.course.noOwner")));
        owners.forEach(person -> choices.add(new Choice(person.id(), person.name())));
        ownerChoices.setAll(choices);
    }

    // --- people ---

    private void searchPeople() {
        String text = search.get();
        int generation = ++searchGeneration;
        tasks.run(() -> directory.findPeople(text, SEARCH_LIMIT), found -> {
            if (generation == searchGeneration) { // a later search's answer wins
                showPeople(found);
            }
        }, failure -> {
            LOG.error("Could not search people", failure);
            dialogs.showError(messages.get("directory.loadFailed.title"), messages.describe(failure));
        });
    }

    private void showPeople(List<Person> found) {
        PersonRowViewModel chosen = selectedPerson.get();
        people.clear();
        found.forEach(person -> people.add(chosen != null && chosen.id() == person.id() ? chosen : personRow(person)));
        if (chosen != null && !people.contains(chosen)) {
            selectedPerson.set(null);
        }
        peopleSummary.set(found.size() >= SEARCH_LIMIT ? messages.get("directory.people.moreThan", SEARCH_LIMIT)
                : messages.get("directory.people.count", found.size()));
    }

    private PersonRowViewModel personRow(Person person) {
        PersonRowViewModel row = new PersonRowViewModel(person);
        row.save = new Autosave<>(tasks, saves, directory::savePerson, failure -> saveFailed(row.errors(), failure));
        Runnable changed = () -> {
            Person edited = row.toPerson();
            if (show(row.errors(), OperationsRules.check(edited))) {
                row.save.submit(edited);
                showAsOwner(edited, true);
            }
        };
        String description = messages.get("undo.directory.person", person.name());
        for (Property<?> property : List.of(row.nameProperty(), row.emailProperty(), row.businessAreaProperty(),
                row.regionProperty(), row.facilitatorProperty(), row.participantProperty(), row.coordinatorProperty())) {
            watch(row, property, description, changed);
        }
        return row;
    }

    /** Adds a participant named as typed, selects them, clears the field. */
    public void addPerson() {
        String name = strip(newPersonName.get());
        Person person = Person.participant(name);
        List<Problem> problems = OperationsRules.check(person);
        if (!problems.isEmpty()) {
            newPersonError.set(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> directory.addPerson(person), added -> {
            busy.set(false);
            PersonRowViewModel row = personRow(added);
            showAsOwner(added, true);
            people.add(0, row);
            selectedPerson.set(row);
            newPersonName.set("");
            undo.record(UndoManager.addOrRemove(messages.get("undo.directory.addPerson", name), false,
                    () -> removePerson(row), () -> restorePerson(row)));
        }, failure -> {
            busy.set(false);
            addFailed(newPersonError, failure);
        });
    }

    /**
     * Deletes the person after asking; when they have enrolments the question says so and that
     * their history stays. Edit → Undo restores them.
     */
    public void deletePerson(PersonRowViewModel row) {
        if (row == null) {
            return;
        }
        String name = row.nameProperty().get();
        busy.set(true);
        tasks.run(() -> directory.enrolmentCount(row.id()), count -> {
            busy.set(false);
            String question = count == 0 ? messages.get("directory.person.delete.question", name)
                    : messages.get("directory.person.delete.questionEnrolled", name, count);
            if (dialogs.ask(messages.get("directory.person.delete.title"), question,
                    messages.get("directory.delete.yes"), messages.get("dialog.cancel"))) {
                removePerson(row);
                undo.record(UndoManager.addOrRemove(messages.get("undo.directory.deletePerson", name), true,
                        () -> removePerson(row), () -> restorePerson(row)));
            }
        }, failure -> {
            busy.set(false);
            saveFailed(row.errors(), failure);
        });
    }

    private void removePerson(PersonRowViewModel row) {
        run(() -> directory.deletePerson(row.id()), () -> {
            showAsOwner(row.toPerson(), false);
            if (selectedPerson.get() == row) {
                selectedPerson.set(null);
            }
            people.remove(row);
        });
    }

    private void restorePerson(PersonRowViewModel row) {
        run(() -> directory.restorePerson(row.id()), () -> {
            showAsOwner(row.toPerson(), true);
            if (!people.contains(row)) {
                people.add(0, row);
            }
            selectedPerson.set(row);
        });
    }

    // --- rooms ---

    private RoomRowViewModel roomRow(Room room) {
        RoomRowViewModel row = new RoomRowViewModel(room);
        row.save = new Autosave<>(tasks, saves, directory::saveRoom, failure -> saveFailed(row.errors(), failure));
        Runnable changed = () -> {
            Room edited = row.toRoom();
            if (show(row.errors(), OperationsRules.check(edited))) {
                row.save.submit(edited);
            }
        };
        String description = messages.get("undo.directory.room", room.name());
        for (Property<?> property : List.of(row.nameProperty(), row.siteProperty(), row.capacityProperty(),
                row.virtualProperty(), row.linkProperty())) {
            watch(row, property, description, changed);
        }
        return row;
    }

    /** Adds a room named as typed (one seat until the user says how many), selects it. */
    public void addRoom() {
        String name = strip(newRoomName.get());
        Room room = new Room(0, name, "", 1, false, "");
        List<Problem> problems = OperationsRules.check(room);
        if (!problems.isEmpty()) {
            newRoomError.set(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> directory.addRoom(room), added -> {
            busy.set(false);
            RoomRowViewModel row = roomRow(added);
            rooms.add(row);
            selectedRoom.set(row);
            newRoomName.set("");
            undo.record(UndoManager.addOrRemove(messages.get("undo.directory.addRoom", name), false,
                    () -> removeRoom(row), () -> restoreRoom(row)));
        }, failure -> {
            busy.set(false);
            addFailed(newRoomError, failure);
        });
    }

    /** Deletes the room after asking; sessions booked in it keep pointing at it. Undo restores it. */
    public void deleteRoom(RoomRowViewModel row) {
        if (row == null) {
            return;
        }
        String name = row.nameProperty().get();
        if (dialogs.ask(messages.get("directory.room.delete.title"), messages.get("directory.room.delete.question", name),
                messages.get("directory.delete.yes"), messages.get("dialog.cancel"))) {
            removeRoom(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.directory.deleteRoom", name), true,
                    () -> removeRoom(row), () -> restoreRoom(row)));
        }
    }

    private void removeRoom(RoomRowViewModel row) {
        run(() -> directory.deleteRoom(row.id()), () -> {
            if (selectedRoom.get() == row) {
                selectedRoom.set(null);
            }
            rooms.remove(row);
        });
    }

    private void restoreRoom(RoomRowViewModel row) {
        run(() -> directory.restoreRoom(row.id()), () -> {
            if (!rooms.contains(row)) {
                rooms.add(row);
            }
            selectedRoom.set(row);
        });
    }

    // --- courses ---

    private CourseRowViewModel courseRow(Course course) {
        CourseRowViewModel row = new CourseRowViewModel(course, choice(areaChoices, course.activityAreaId()),
                choice(ownerChoices, course.ownerId()));
        row.save = new Autosave<>(tasks, saves, directory::saveCourse, failure -> saveFailed(row.errors(), failure));
        Runnable changed = () -> {
            Course edited = row.toCourse();
            if (show(row.errors(), OperationsRules.check(edited))) {
                row.save.submit(edited);
            }
        };
        String description = messages.get("undo.directory.course", course.title());
        for (Property<?> property : List.of(row.titleProperty(), row.areaProperty(), row.formatProperty(),
                row.durationProperty(), row.ownerProperty())) {
            watch(row, property, description, changed);
        }
        return row;
    }

    private static Choice choice(List<Choice> choices, Optional<Long> id) {
        long wanted = id.orElse(0L);
        return choices.stream().filter(choice -> choice.id() == wanted).findFirst()
                .orElseGet(() -> choices.isEmpty() ? Choice.none("") : choices.get(0));
    }

    /** Adds an in-person course of an hour titled as typed, selects it. */
    public void addCourse() {
        String title = strip(newCourseTitle.get());
        Course course = new Course(0, title, Optional.empty(), CourseFormat.IN_PERSON, 60, Optional.empty());
        List<Problem> problems = OperationsRules.check(course);
        if (!problems.isEmpty()) {
            newCourseError.set(messages.describe(problems.get(0)));
            return;
        }
        busy.set(true);
        tasks.run(() -> directory.addCourse(course), added -> {
            busy.set(false);
            CourseRowViewModel row = courseRow(added);
            courses.add(row);
            selectedCourse.set(row);
            newCourseTitle.set("");
            undo.record(UndoManager.addOrRemove(messages.get("undo.directory.addCourse", title), false,
                    () -> removeCourse(row), () -> restoreCourse(row)));
        }, failure -> {
            busy.set(false);
            addFailed(newCourseError, failure);
        });
    }

    /** Deletes the course after asking; its events keep it. Undo restores it. */
    public void deleteCourse(CourseRowViewModel row) {
        if (row == null) {
            return;
        }
        String title = row.titleProperty().get();
        if (dialogs.ask(messages.get("directory.course.delete.title"), messages.get("directory.course.delete.question", title),
                messages.get("directory.delete.yes"), messages.get("dialog.cancel"))) {
            removeCourse(row);
            undo.record(UndoManager.addOrRemove(messages.get("undo.directory.deleteCourse", title), true,
                    () -> removeCourse(row), () -> restoreCourse(row)));
        }
    }

    private void removeCourse(CourseRowViewModel row) {
        run(() -> directory.deleteCourse(row.id()), () -> {
            if (selectedCourse.get() == row) {
                selectedCourse.set(null);
            }
            courses.remove(row);
        });
    }

    private void restoreCourse(CourseRowViewModel row) {
        run(() -> directory.restoreCourse(row.id()), () -> {
            if (!courses.contains(row)) {
                courses.add(row);
            }
            selectedCourse.set(row);
        });
    }

    // --- conflict rules ---

    private void policyChanged(ConflictKind kind, ConflictPolicy before, ConflictPolicy after) {
        if (showingStored || after == null || before == after) {
            return;
        }
        run(() -> events.setConflictPolicy(kind, after), () -> { });
        undo.recordChange(List.of(this, kind), messages.get("undo.directory.policy", kind), before, after,
                policies.get(kind)::set);
    }

    /** What a save does when it finds a conflict of this kind. */
    public ObjectProperty<ConflictPolicy> policyProperty(ConflictKind kind) {
        return policies.get(kind);
    }

    // --- shared ---

    /** Saves each real change of {@code property} and makes it an undo step (typing in one field merges into one step). */
    private <T> void watch(Object row, Property<T> property, String description, Runnable changed) {
        property.addListener((observable, before, after) -> {
            if (Objects.equals(before, after)) {
                return;
            }
            changed.run();
            undo.recordChange(List.of(row, property), description, before, after, property::setValue);
        });
    }

    /** Shows each problem next to its field; true when there are none. */
    private boolean show(FieldErrors errors, List<Problem> problems) {
        errors.clear();
        for (Problem problem : problems) {
            if (errors.has(problem.field()) && errors.get(problem.field()).get().isEmpty()) {
                errors.set(problem.field(), messages.describe(problem));
            }
        }
        return problems.isEmpty();
    }

    private void run(Runnable work, Runnable done) {
        busy.set(true);
        tasks.run(work, () -> {
            busy.set(false);
            done.run();
        }, failure -> {
            busy.set(false);
            LOG.error("Could not save people, rooms or courses", failure);
            dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
        });
    }

    /** The model refused the change: its reasons go next to the fields; anything else is a dialog. */
    private void saveFailed(FieldErrors errors, Throwable failure) {
        if (failure instanceof InvalidInputException invalid
                && invalid.problems().stream().allMatch(problem -> errors.has(problem.field()))) {
            show(errors, invalid.problems());
            return;
        }
        LOG.error("Could not save people, rooms or courses", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    private void addFailed(ReadOnlyStringWrapper error, Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            error.set(messages.describe(invalid.problems().get(0)));
            return;
        }
        LOG.error("Could not add to people, rooms or courses", failure);
        dialogs.showError(messages.get("error.saveFailed.title"), messages.describe(failure));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    // --- properties ---

    /** The people the search finds, by name. */
    public ObservableList<PersonRowViewModel> people() {
        return people;
    }

    public ObjectProperty<PersonRowViewModel> selectedPersonProperty() {
        return selectedPerson;
    }

    /** Name or e-mail contains this (any case); searched in the database as it changes. */
    public StringProperty searchProperty() {
        return search;
    }

    /** E.g. "12 people" or "More than 200: type more of a name". */
    public ReadOnlyStringProperty peopleSummaryProperty() {
        return peopleSummary.getReadOnlyProperty();
    }

    public StringProperty newPersonNameProperty() {
        return newPersonName;
    }

    public ReadOnlyStringProperty newPersonErrorProperty() {
        return newPersonError.getReadOnlyProperty();
    }

    public ObservableList<RoomRowViewModel> rooms() {
        return rooms;
    }

    public ObjectProperty<RoomRowViewModel> selectedRoomProperty() {
        return selectedRoom;
    }

    public StringProperty newRoomNameProperty() {
        return newRoomName;
    }

    public ReadOnlyStringProperty newRoomErrorProperty() {
        return newRoomError.getReadOnlyProperty();
    }

    public ObservableList<CourseRowViewModel> courses() {
        return courses;
    }

    public ObjectProperty<CourseRowViewModel> selectedCourseProperty() {
        return selectedCourse;
    }

    public StringProperty newCourseTitleProperty() {
        return newCourseTitle;
    }

    public ReadOnlyStringProperty newCourseErrorProperty() {
        return newCourseError.getReadOnlyProperty();
    }

    /** "No activity area", then the Scope step's areas. */
    public ObservableList<Choice> areaChoices() {
        return areaChoices;
    }

    /** "No owner", then coordinators and facilitators by name. */
    public ObservableList<Choice> ownerChoices() {
        return ownerChoices;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
