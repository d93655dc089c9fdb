package org.learnops.studio.service;

import java.util.List;
import java.util.Optional;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.OperationsRepository;

/**
 * People, rooms and courses: what events are made of. Every change is checked, then stored at
 * once; deleting marks the record deleted (history and enrolments keep pointing at it).
 */
public class DirectoryService {

    private final OperationsRepository repository;

    public DirectoryService(OperationsRepository repository) {
        this.repository = repository;
    }

    /** People not deleted, by name. */
    public List<Person> people() {
        return repository.inTransaction(store -> store.people(Optional.empty()));
    }

    /** People having the role, by name (e.g. the facilitator picker). */
    public List<Person> people(PersonRole role) {
        return repository.inTransaction(store -> store.people(Optional.of(role)));
    }

    /** People whose name or e-mail contains the text (ignoring case), by name, at most {@code limit}. */
    public List<Person> findPeople(String text, int limit) {
        return repository.inTransaction(store -> store.findPeople(text == null ? "" : text, limit));
    }

    public Person addPerson(Person person) {
        refuse(OperationsRules.check(person));
        return repository.inTransaction(store -> store.insertPerson(person));
    }

    public void savePerson(Person person) {
        refuse(OperationsRules.check(person));
        repository.inTransaction(store -> {
            store.updatePerson(person);
            return null;
        });
    }

    /** How many enrolments (any status) the person has: the UI asks before deleting someone who has any. */
    public int enrolmentCount(long personId) {
        return repository.inTransaction(store -> store.enrolmentCount(personId));
    }

    /** Marks the person deleted; their enrolments and the history stay. */
    public void deletePerson(long id) {
        repository.inTransaction(store -> {
            store.setPersonDeleted(id, true);
            return null;
        });
    }

    public void restorePerson(long id) {
        repository.inTransaction(store -> {
            store.setPersonDeleted(id, false);
            return null;
        });
    }

    public List<Room> rooms() {
        return repository.inTransaction(store -> store.rooms());
    }

    public Room addRoom(Room room) {
        refuse(OperationsRules.check(room));
        return repository.inTransaction(store -> store.insertRoom(room));
    }

    public void saveRoom(Room room) {
        refuse(OperationsRules.check(room));
        repository.inTransaction(store -> {
            store.updateRoom(room);
            return null;
        });
    }

    public void deleteRoom(long id) {
        repository.inTransaction(store -> {
            store.setRoomDeleted(id, true);
            return null;
        });
    }

    public void restoreRoom(long id) {
        repository.inTransaction(store -> {
            store.setRoomDeleted(id, false);
            return null;
        });
    }

    public List<Course> courses() {
        return repository.inTransaction(store -> store.courses());
    }

    public Course addCourse(Course course) {
        refuse(OperationsRules.check(course));
        return repository.inTransaction(store -> store.insertCourse(course));
    }

    public void saveCourse(Course course) {
        refuse(OperationsRules.check(course));
        repository.inTransaction(store -> {
            store.updateCourse(course);
            return null;
        });
    }

    public void deleteCourse(long id) {
        repository.inTransaction(store -> {
            store.setCourseDeleted(id, true);
            return null;
        });
    }

    public void restoreCourse(long id) {
        repository.inTransaction(store -> {
            store.setCourseDeleted(id, false);
            return null;
        });
    }

    static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
