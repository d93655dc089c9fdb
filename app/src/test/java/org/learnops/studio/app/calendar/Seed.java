package org.learnops.studio.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Frequency;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Recurrence;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;

/** Puts people, rooms, courses, events and sessions into a workspace through the services, as a user would. */
public final class Seed {

    public final DirectoryService directory;
    public final EventService events;

    public Seed(Workspace workspace, java.time.Clock clock) {
        this.directory = new DirectoryService(workspace.operations());
        this.events = new EventService(workspace.operations(), clock, "tester");
    }

    public Person person(String name, PersonRole... roles) {
        return directory.addPerson(new Person(0, name, "", "", "", Set.of(roles)));
    }

    public Room room(String name, int capacity) {
        return directory.addRoom(new Room(0, name, "Lyon", capacity, false, ""));
    }

    public Course course(String title) {
        return directory.addCourse(new Course(0, title, Optional.empty(), CourseFormat.IN_PERSON, 60, Optional.empty()));
    }

    public Event event(Course course, Person coordinator, String businessArea, LocalDate first, LocalDate last,
                       int capacity, int minimum) {
        return events.createEvent(new Event(0, course.id(), Optional.ofNullable(coordinator).map(Person::id),
                businessArea, "EMEA", capacity, minimum, EventStatus.OPEN, first, last, Optional.empty()));
    }

    public Session session(Event event, LocalDateTime start, int minutes, ZoneId zone, Room room, Person... facilitators) {
        return events.addSession(new Session(0, event.id(), Optional.empty(), start, start.plusMinutes(minutes), zone,
                Optional.ofNullable(room).map(Room::id), "", List.of(facilitators).stream().map(Person::id).toList(),
                Optional.empty()), "seeded");
    }

    public List<Session> weekly(Event event, LocalDate first, int count, LocalTime start, LocalTime end, ZoneId zone,
                                Room room, Person... facilitators) {
        Recurrence recurrence = new Recurrence(Frequency.WEEKLY, Set.<DayOfWeek>of(), count, first, start, end, zone);
        Session template = new Session(0, event.id(), Optional.empty(), first.atTime(start), first.atTime(end), zone,
                Optional.ofNullable(room).map(Room::id), "", List.of(facilitators).stream().map(Person::id).toList(),
                Optional.empty());
        return events.addSeries(event.id(), recurrence, template, "seeded");
    }

    /** A coordinator's month: a few dozen sessions around {@code month}, some overlapping, one cancelled, one abroad. */
    public void demoMonth(LocalDate month, ZoneId zone) {
        LocalDate first = month.withDayOfMonth(1);
        Person dana = person("Dana Reyes", PersonRole.COORDINATOR);
        Person lee = person("Lee Okafor", PersonRole.COORDINATOR, PersonRole.FACILITATOR);
        Person sam = person("Sam Ito", PersonRole.FACILITATOR);
        Person mia = person("Mia Laurent", PersonRole.FACILITATOR);
        for (String name : List.of("Ana Silva", "Bruno Costa", "Carla Dias", "Diego Ruiz", "Eva Novak")) {
            person(name, PersonRole.PARTICIPANT);
        }
        Room boardroom = room("Boardroom 2", 12);
        Room lab = room("Training lab", 20);
        Room studio = room("Studio A", 8);
        Course hybrid = course("Leading hybrid teams");
        Course feedback = course("Giving feedback that lands");
        Course excel = course("Excel for planners");
        Course onboarding = course("New manager onboarding");
        Course safety = course("Site safety refresher");
        LocalDate last = first.plusMonths(1).plusDays(14);
        Event e1 = event(hybrid, dana, "Sales", first.minusDays(7), last, 12, 6);
        weekly(e1, first.plusDays(1), 6, LocalTime.of(9, 0), LocalTime.of(11, 0), zone, boardroom, lee);
        Event e2 = event(feedback, lee, "Operations", first.minusDays(7), last, 16, 4);
        weekly(e2, first.plusDays(1), 6, LocalTime.of(10, 0), LocalTime.of(12, 0), zone, lab, sam);
        Event e3 = event(excel, dana, "Finance", first.minusDays(7), last, 10, 2);
        for (int day = 0; day < 20; day += 3) {
            session(e3, first.plusDays(day).atTime(14, 0), 90, zone, studio, mia);
        }
        Event e4 = event(onboarding, lee, "Sales", first.minusDays(7), last, 20, 10);
        weekly(e4, first.plusDays(3), 5, LocalTime.of(13, 30), LocalTime.of(16, 0), zone, lab, lee, sam);
        Event e5 = event(safety, dana, "Operations", first.minusDays(7), last, 30, 0);
        LocalDate busy = first.plusDays(8);
        for (int hour = 8; hour < 16; hour += 2) {
            session(e5, busy.atTime(hour, 0), 60, zone, boardroom, mia);
        }
        Session abroad = session(e2, first.plusDays(9).atTime(9, 0), 60, ZoneId.of("America/New_York"), null, sam);
        Session cancelled = session(e3, first.plusDays(10).atTime(9, 30), 60, zone, studio, mia);
        events.cancelSession(cancelled.id(), org.learnops.studio.domain.operations.SeriesEdit.THIS_SESSION, "Trainer ill");
        events.enrol(e1.id(), directory.findPeople("Ana", 1).get(0).id());
        abroad.id();
    }
}
