package org.learnops.studio.app.events;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;

/**
 * What the event editor's pickers offer, read from the directory: courses, coordinators,
 * facilitators, rooms, and the conflict policies. Read again whenever the screen is shown, since
 * the People screen may have changed them. FX thread only.
 */
public final class References {

    /** Everything read in one background task. */
    record Snapshot(List<Course> courses, List<Person> people, List<Room> rooms, Map<ConflictKind, ConflictPolicy> policies) {
    }

    private final ObservableList<Choice<Long>> courses = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> coordinators = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> facilitators = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> rooms = FXCollections.observableArrayList();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Room> roomsById = new HashMap<>();
    private final Map<Long, String> courseTitles = new HashMap<>();
    private final Map<ConflictKind, ConflictPolicy> policies = new EnumMap<>(ConflictKind.class);
    private final Choice<Long> noCoordinator;
    private final Choice<Long> noRoom;

    References(String noCoordinatorLabel, String noRoomLabel) {
        this.noCoordinator = new Choice<>(null, noCoordinatorLabel);
        this.noRoom = new Choice<>(null, noRoomLabel);
        coordinators.setAll(noCoordinator);
        rooms.setAll(noRoom);
    }

    static Snapshot read(EventsContext context) {
        return new Snapshot(context.directory().courses(), context.directory().people(), context.directory().rooms(),
                context.events().conflictPolicies());
    }

    void apply(Snapshot snapshot) {
        courseTitles.clear();
        snapshot.courses().forEach(course -> courseTitles.put(course.id(), course.title()));
        courses.setAll(snapshot.courses().stream().map(course -> new Choice<>(course.id(), course.title())).toList());
        names.clear();
        snapshot.people().forEach(person -> names.put(person.id(), person.name()));
        coordinators.setAll(noCoordinator);
        snapshot.people().stream().filter(person -> person.has(PersonRole.COORDINATOR))
                .forEach(person -> coordinators.add(new Choice<>(person.id(), person.name())));
        facilitators.setAll(snapshot.people().stream().filter(person -> person.has(PersonRole.FACILITATOR))
                .map(person -> new Choice<>(person.id(), person.name())).toList());
        roomsById.clear();
        snapshot.rooms().forEach(room -> roomsById.put(room.id(), room));
        rooms.setAll(noRoom);
        snapshot.rooms().forEach(room -> rooms.add(new Choice<>(room.id(), room.name())));
        policies.clear();
        policies.putAll(snapshot.policies());
    }

    public ObservableList<Choice<Long>> courses() {
        return courses;
    }

    /** "No coordinator", then the people with the coordinator role. */
    public ObservableList<Choice<Long>> coordinators() {
        return coordinators;
    }

    public ObservableList<Choice<Long>> facilitators() {
        return facilitators;
    }

    /** "No room", then the rooms. */
    public ObservableList<Choice<Long>> rooms() {
        return rooms;
    }

    Choice<Long> noCoordinator() {
        return noCoordinator;
    }

    Choice<Long> noRoom() {
        return noRoom;
    }

    Choice<Long> coordinator(Long id) {
        return id == null ? noCoordinator : new Choice<>(id, name(id));
    }

    Choice<Long> room(Long id) {
        return id == null ? noRoom : new Choice<>(id, roomName(id));
    }

    Choice<Long> course(long id) {
        return new Choice<>(id, courseTitles.getOrDefault(id, "#" + id));
    }

    /** A person's name; a deleted person (no longer listed) shows by id rather than vanishing. */
    String name(long personId) {
        return names.getOrDefault(personId, "#" + personId);
    }

    String roomName(long roomId) {
        Room room = roomsById.get(roomId);
        return room == null ? "#" + roomId : room.name();
    }

    ConflictPolicy policy(ConflictKind kind) {
        return policies.getOrDefault(kind, ConflictPolicy.WARN);
    }
}
