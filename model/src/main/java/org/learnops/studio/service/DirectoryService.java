package org.learnops.studio.service;

import java.util.List;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
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
    public List<Person> people() { throw new UnsupportedOperationException("issue 5"); }

    /** People having the role, by name (e.g. the facilitator picker). */
    public List<Person> people(PersonRole role) { throw new UnsupportedOperationException("issue 5"); }

    /** People whose name or e-mail contains the text (ignoring case), by name, at most {@code limit}. */
    public List<Person> findPeople(String text, int limit) { throw new UnsupportedOperationException("issue 5"); }

    public Person addPerson(Person person) { throw new UnsupportedOperationException("issue 5"); }

    public void savePerson(Person person) { throw new UnsupportedOperationException("issue 5"); }

    /** How many enrolments (any status) the person has: the UI asks before deleting someone who has any. */
    public int enrolmentCount(long personId) { throw new UnsupportedOperationException("issue 5"); }

    /** Marks the person deleted; their enrolments and the history stay. */
    public void deletePerson(long id) { throw new UnsupportedOperationException("issue 5"); }

    public void restorePerson(long id) { throw new UnsupportedOperationException("issue 5"); }

    public List<Room> rooms() { throw new UnsupportedOperationException("issue 5"); }

    public Room addRoom(Room room) { throw new UnsupportedOperationException("issue 5"); }

    public void saveRoom(Room room) { throw new UnsupportedOperationException("issue 5"); }

    public void deleteRoom(long id) { throw new UnsupportedOperationException("issue 5"); }

    public void restoreRoom(long id) { throw new UnsupportedOperationException("issue 5"); }

    public List<Course> courses() { throw new UnsupportedOperationException("issue 5"); }

    public Course addCourse(Course course) { throw new UnsupportedOperationException("issue 5"); }

    public void saveCourse(Course course) { throw new UnsupportedOperationException("issue 5"); }

    public void deleteCourse(long id) { throw new UnsupportedOperationException("issue 5"); }

    public void restoreCourse(long id) { throw new UnsupportedOperationException("issue 5"); }
}
