package org.learnops.studio.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.Cancellation;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.persistence.OperationsStore;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The kept figures (decision 0014) under a few hundred random edits through the store's public
 * methods, on a real H2 file: after every 20 edits, every figure of every scope equals the live
 * SQL's answer, and the kept tables equal a rebuild's. A hook left out of any write fails here.
 */
class KeptFiguresPropertyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<String> BUSINESS = List.of("Finance", "FINANCE", " finance ", "Warehousing", "Transport",
            "HR");
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"));
    private static final List<EventStatus> STORED = List.of(EventStatus.PLANNED, EventStatus.OPEN, EventStatus.RUNNING,
            EventStatus.COMPLETED);

    @TempDir
    Path folder;

    /** What exists, to pick from (ids only; rows are read back from the store). */
    private final List<Long> people = new ArrayList<>();
    private final List<Long> courses = new ArrayList<>();
    private final List<Long> events = new ArrayList<>();
    private final List<Long> sessions = new ArrayList<>();
    private final List<Long> enrolments = new ArrayList<>();
    private final List<Long> costs = new ArrayList<>();
    private Random random;

    @ParameterizedTest
    @ValueSource(longs = {20261129L, 7L, 424242L})
    void keptFiguresEqualTheLiveSqlAfterRandomEdits(long seed) {
        random = new Random(seed);
        Workspace workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("kept-" + seed)));
        try {
            workspace.operations().inTransaction(store -> {
                for (int p = 0; p < 12; p++) {
                    people.add(store.insertPerson(new Person(0, "Person " + p, "p" + p + "@example.org", "Finance", "EU",
                            EnumSet.of(PersonRole.PARTICIPANT))).id());
                }
                for (int c = 0; c < 5; c++) {
                    // areas 1..3 of the Scope step and one course without area
                    Optional<Long> area = c == 4 ? Optional.empty() : Optional.of(1L + c % 3);
                    courses.add(store.insertCourse(new Course(0, "Course " + c, area, CourseFormat.IN_PERSON, 60,
                            Optional.empty())).id());
                }
                return null;
            });
            KeptFigures.assertKeptEqualsLive(workspace);
            int edits = 0;
            int checks = 0;
            while (edits < 300) {
                // one to three edits per transaction: the recount runs once per event at the end
                int inThisTransaction = 1 + random.nextInt(3);
                workspace.operations().inTransaction(store -> {
                    for (int i = 0; i < inThisTransaction; i++) {
                        edit(store);
                    }
                    return null;
                });
                edits += inThisTransaction;
                if (edits / 20 > checks) {
                    checks = edits / 20;
                    KeptFigures.assertKeptEqualsLive(workspace);
                }
            }
            KeptFigures.assertKeptEqualsLive(workspace);
            assertTrue(checks >= 15);
            // the edits reached every kind of figure (a check of empty sums would prove nothing)
            workspace.operations().inTransaction(store -> {
                MetricScope all = MetricScope.EVERYTHING;
                assertTrue(store.totals(all, Metric.EVENT_FILL_RATE).placesHeld() > 0);
                assertTrue(store.totals(all, Metric.ATTENDANCE_RATE).noShowMarks() > 0);
                assertTrue(store.totals(all, Metric.SESSIONS_CANCELLED).cancelledSessions() > 0);
                assertTrue(store.totals(all, Metric.WAITLIST_CONVERSION).waitlistConverted() > 0);
                assertTrue(store.totals(all, Metric.COST_PER_ATTENDED_LEARNER).attendedLearners() > 0);
                assertTrue(store.costsByCategory().stream().map(c -> c.currency()).distinct().count() > 1);
                assertTrue(store.fillByActivityArea().size() > 2);
                return null;
            });
            // an edit and a read in one transaction: the read sees the edit
            MetricScope everything = MetricScope.EVERYTHING;
            EventTotals seen = workspace.operations().inTransaction(store -> {
                store.insertEnrolment(new Enrolment(0, events.get(0), people.get(0), EnrolmentStatus.WAITLISTED, NOW, NOW, 1));
                return store.totals(everything, Metric.WAITLIST_CONVERSION);
            });
            String live = ((JdbcWorkspace) workspace).database().inTransaction(connection ->
                    new LiveFigures(connection).totals(everything, Metric.WAITLIST_CONVERSION).toString());
            assertEquals(live, seen.toString());
        } finally {
            workspace.close();
        }
    }

    private void edit(OperationsStore store) {
        if (events.isEmpty()) {
            newEvent(store);
            return;
        }
        int kind = random.nextInt(100);
        if (kind < 10) {
            newEvent(store);
        } else if (kind < 20) {
            editEvent(store);
        } else if (kind < 30) {
            newSession(store);
        } else if (kind < 38) {
            editSession(store);
        } else if (kind < 52) {
            newEnrolment(store);
        } else if (kind < 62) {
            editEnrolment(store);
        } else if (kind < 77) {
            mark(store);
        } else if (kind < 85) {
            newCost(store);
        } else if (kind < 93) {
            editCost(store);
        } else {
            moveCourse(store);
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Optional<Cancellation> maybeCancelled(int percent) {
        return random.nextInt(100) < percent ? Optional.of(new Cancellation("reason", NOW, "test")) : Optional.empty();
    }

    private void newEvent(OperationsStore store) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700));
        events.add(store.insertEvent(new Event(0, pick(courses), Optional.empty(), pick(BUSINESS), "EU",
                1 + random.nextInt(12), 0, pick(STORED), start, start.plusDays(random.nextInt(3)), maybeCancelled(15))).id());
    }

    private void editEvent(OperationsStore store) {
        Event e = store.event(pick(events)).orElseThrow();
        int what = random.nextInt(5);
        Event changed = new Event(e.id(), what == 0 ? pick(courses) : e.courseId(), e.coordinatorId(),
                what == 1 ? pick(BUSINESS) : e.businessArea(), e.region(),
                what == 2 ? 1 + random.nextInt(12) : e.capacity(), e.minimumEnrolment(),
                what == 3 ? pick(STORED) : e.status(), e.startsOn(), e.endsOn(),
                what == 4 ? (e.isCancelled() ? Optional.empty() : maybeCancelled(100)) : e.cancellation());
        store.updateEvent(changed);
    }

    private LocalDateTime someStart() {
        return LocalDateTime.of(2025, 1, 1, 9, 0).plusDays(random.nextInt(700)).plusHours(random.nextInt(12));
    }

    private void newSession(OperationsStore store) {
        LocalDateTime start = someStart();
        sessions.add(store.insertSession(new Session(0, pick(events), Optional.empty(), start, start.plusHours(2),
                pick(ZONES), Optional.empty(), "", List.of(), maybeCancelled(15))).id());
    }

    private void editSession(OperationsStore store) {
        if (sessions.isEmpty()) {
            newSession(store);
            return;
        }
        Session s = store.session(pick(sessions)).orElseThrow();
        LocalDateTime start = someStart(); // most likely another month
        store.updateSession(random.nextBoolean()
                ? s.withCancellation(s.isCancelled() ? Optional.empty() : maybeCancelled(100))
                : s.withTimes(start, start.plusHours(2), s.zone()));
    }

    private void newEnrolment(OperationsStore store) {
        EnrolmentStatus status = pick(List.of(EnrolmentStatus.values()));
        enrolments.add(store.insertEnrolment(new Enrolment(0, pick(events), pick(people), status, NOW, NOW,
                status == EnrolmentStatus.WAITLISTED ? 1 : 0)).id());
    }

    private void editEnrolment(OperationsStore store) {
        if (enrolments.isEmpty()) {
            newEnrolment(store);
            return;
        }
        Enrolment e = store.enrolment(pick(enrolments)).orElseThrow();
        // waitlisted people often get the place (waitlist conversion)
        EnrolmentStatus status = e.status() == EnrolmentStatus.WAITLISTED && random.nextBoolean()
                ? EnrolmentStatus.ENROLLED : pick(List.of(EnrolmentStatus.values()));
        store.updateEnrolment(e.withStatus(status, NOW, status == EnrolmentStatus.WAITLISTED ? 1 : 0));
    }

    private void mark(OperationsStore store) {
        if (sessions.isEmpty()) {
            newSession(store);
            return;
        }
        store.mark(pick(sessions), pick(people), random.nextInt(4) == 0 ? AttendanceMark.NO_SHOW : AttendanceMark.ATTENDED,
                NOW);
    }

    private BigDecimal amount() {
        return BigDecimal.valueOf(random.nextInt(100_000), 2);
    }

    private void newCost(OperationsStore store) {
        costs.add(store.insertCost(new CostLine(0, pick(events), pick(List.of(CostCategory.values())), amount(),
                pick(CURRENCIES), "")).id());
    }

    private void editCost(OperationsStore store) {
        if (costs.isEmpty()) {
            newCost(store);
            return;
        }
        long id = pick(costs);
        CostLine line = store.cost(id).orElseThrow();
        boolean deleted = store.costs(line.eventId()).stream().noneMatch(c -> c.id() == id);
        switch (random.nextInt(3)) {
            case 0 -> store.setCostDeleted(id, !deleted);
            case 1 -> {
                if (!deleted) {
                    store.updateCost(new CostLine(id, line.eventId(), line.category(), amount(), pick(CURRENCIES), "edited"));
                }
            }
            default -> {
                if (!deleted) {
                    store.updateCost(new CostLine(id, line.eventId(), pick(List.of(CostCategory.values())), line.amount(),
                            line.currency(), "edited"));
                }
            }
        }
    }

    private void moveCourse(OperationsStore store) {
        Course c = store.course(pick(courses)).orElseThrow();
        Optional<Long> area = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(1L + random.nextInt(4));
        store.updateCourse(new Course(c.id(), c.title(), area, c.format(), c.defaultDurationMinutes(), c.ownerId()));
    }
}
