package org.learnops.studio.exchange.json;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.Raci;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.FindingStatus;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.NeedsSession;
import org.learnops.studio.domain.needs.SessionType;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.ConflictKind;
import org.learnops.studio.domain.operations.ConflictPolicy;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
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
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.ChampionService;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventFigures;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;

/** Fills a workspace with at least one record of every kind the workshop file carries, through the services. */
final class EveryKindWorkspace {

    private EveryKindWorkspace() {
    }

    static void fill(Workspace workspace, Clock clock) {
        ScopeService scope = new ScopeService(workspace.scope());
        scope.saveStrategy(new Strategy("Learning Ops 2027", "Ada Sponsor", "Olu Owner", OrganisationalScope.BUSINESS_AREA,
                "Retail", Geography.REGIONAL, List.of("EMEA", "APAC"), "Signed off by the board"));
        ActivityArea events = scope.load().areas().stream().filter(a -> a.builtIn() != null).findFirst().orElseThrow();
        scope.saveArea(new ActivityArea(events.id(), events.builtIn(), "", true, "Core", 5, 2));
        ActivityArea custom = scope.addCustomArea("Coaching");

        StakeholderService stakeholders = new StakeholderService(workspace.stakeholders());
        Stakeholder lead = stakeholders.add(new Stakeholder(0, "Mia Lead", "Head of L&D", StakeholderGroup.SENIOR_LEADER,
                "Retail", "EMEA", 5, 4, Stance.CHAMPION, "mia@example.com"));
        Stakeholder it = stakeholders.add(new Stakeholder(0, "Ivo IT", "CIO", StakeholderGroup.IT, "Group", "APAC", 3, 2,
                Stance.SKEPTIC, "ivo@example.com"));
        Stakeholder gone = stakeholders.add(new Stakeholder(0, "Gone Person", "", StakeholderGroup.OTHER, "", "", 1, 1,
                Stance.NEUTRAL, ""));
        stakeholders.delete(gone.id());

        DeliverableService deliverables = new DeliverableService(workspace.deliverables());
        Deliverable deck = deliverables.list().get(0);
        deliverables.save(new Deliverable(deck.id(), deck.kind(), "", true, "Win support", "Board", Optional.of(lead.id()),
                Optional.of(LocalDate.of(2027, 3, 1)), deck.status(), "notes"));
        deliverables.addCustom("Playbook");

        NeedsAnalysisService needs = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope());
        NeedsSession session = needs.addSession(new NeedsSession(0, SessionType.WORKSHOP, LocalDate.of(2026, 5, 4),
                List.of(lead.id(), it.id()), NeedsGroup.SENIOR_LEADERS, "Kick-off"));
        needs.addFinding(new Finding(0, "Booking takes too long", Optional.of(custom.id()), NeedsGroup.SENIOR_LEADERS, 4, 5,
                Optional.of(session.id()), FindingStatus.OPEN, 3));

        ChampionService champions = new ChampionService(workspace.champions());
        Champion champion = champions.add(new Champion(0, lead.id(), "Retail", "EMEA", Optional.of(custom.id()), "Monthly clinic"));
        champions.addEngagement(new EngagementEntry(0, champion.id(), LocalDate.of(2026, 6, 1), "First clinic"));

        GovernanceService governance = new GovernanceService(workspace.governance());
        governance.saveModel(Optional.of(GovernanceModel.FEDERATED));
        governance.addBody(new GovernanceBody(0, "Steering board", "Decide", "Monthly", List.of(lead.id(), it.id()), "Budget"));
        RaciProcess process = governance.addProcess(new RaciProcess(0, custom.id(), "Book a room"));
        RaciRole role = governance.addRole(new RaciRole(0, "Coordinator"));
        governance.setCell(process.id(), role.id(), Optional.of(Raci.A));

        EventService eventService = new EventService(workspace.operations(), clock, "tester");
        KeyQuestionsService questions = new KeyQuestionsService(workspace.keyQuestions(),
                new EventFigures(workspace.operations()), clock);
        questions.saveAnswer(KeyQuestion.DELIVERY, "Through the calendar");
        DoneCondition condition = questions.add(KeyQuestion.MEASUREMENT, Metric.EVENT_FILL_RATE);
        questions.save(new DoneCondition(condition.id(), KeyQuestion.MEASUREMENT, Metric.EVENT_FILL_RATE,
                new MetricScope(Optional.of(custom.id()), "Retail"), Comparison.AT_LEAST, new BigDecimal("80"),
                Optional.of(LocalDate.of(2027, 1, 1)), Optional.of(lead.id())));

        ArtefactsService artefacts = new ArtefactsService(workspace.artefacts());
        artefacts.addTerm("Event");
        artefacts.addPolicy("Cancellation policy");
        artefacts.addCommunication("All staff");
        LearningSystem lms = artefacts.addSystem("LMS", SystemType.values()[0]);
        LearningSystem hris = artefacts.addSystem("HRIS", SystemType.values()[0]);
        artefacts.saveSystem(new LearningSystem(hris.id(), "HRIS", hris.type(), Optional.of(it.id()), "", 120, 40));
        artefacts.addIntegration(hris.id(), lms.id(), "People", Direction.ONE_WAY);

        DirectoryService directory = new DirectoryService(workspace.operations());
        Person facilitator = directory.addPerson(new Person(0, "Fay Facilitator", "fay@example.com", "Retail", "EMEA",
                Set.of(PersonRole.FACILITATOR, PersonRole.COORDINATOR)));
        Person learner = directory.addPerson(new Person(0, "Leo Learner", "leo@example.com", "Retail", "EMEA",
                Set.of(PersonRole.PARTICIPANT)));
        Person other = directory.addPerson(new Person(0, "Ola Other", "ola@example.com", "Retail", "EMEA",
                Set.of(PersonRole.PARTICIPANT)));
        Room room = directory.addRoom(new Room(0, "Room 1", "HQ", 12, false, ""));
        Course course = directory.addCourse(new Course(0, "Coaching basics", Optional.of(custom.id()), CourseFormat.IN_PERSON,
                90, Optional.of(facilitator.id())));
        Event event = eventService.createEvent(new Event(0, course.id(), Optional.of(facilitator.id()), "Retail", "EMEA", 1, 0,
                EventStatus.OPEN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), Optional.empty()));
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Session single = eventService.addSession(new Session(0, event.id(), Optional.empty(), LocalDateTime.of(2026, 3, 2, 9, 0),
                LocalDateTime.of(2026, 3, 2, 10, 30), zone, Optional.of(room.id()), "", List.of(facilitator.id()),
                Optional.empty()), null);
        eventService.addSeries(event.id(), new Recurrence(Frequency.WEEKLY, Set.of(DayOfWeek.MONDAY), 2, LocalDate.of(2026, 3, 9),
                        LocalTime.of(14, 0), LocalTime.of(15, 0), zone),
                new Session(0, event.id(), Optional.empty(), LocalDateTime.of(2026, 3, 9, 14, 0), LocalDateTime.of(2026, 3, 9, 15, 0),
                        zone, Optional.empty(), "https://meet.example/x", List.of(), Optional.empty()), null);
        eventService.enrol(event.id(), learner.id());
        eventService.enrol(event.id(), other.id());
        Person leaver = directory.addPerson(new Person(0, "Lee Leaver", "lee@example.com", "Retail", "EMEA",
                Set.of(PersonRole.PARTICIPANT)));
        eventService.enrol(event.id(), leaver.id());
        directory.deletePerson(leaver.id());
        eventService.markAttendance(single.id(), List.of(learner.id()), AttendanceMark.ATTENDED);
        eventService.addCost(new CostLine(0, event.id(), CostCategory.CATERING, new BigDecimal("120.50"), "EUR", "Lunch"));
        eventService.setConflictPolicy(ConflictKind.ROOM_OVER_CAPACITY, ConflictPolicy.BLOCK);
    }
}
