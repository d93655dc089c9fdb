package org.learnops.studio.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.learnops.studio.domain.artefacts.Channel;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.CommunicationStatus;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.LearningSystem;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.artefacts.PolicyStatus;
import org.learnops.studio.domain.artefacts.SystemType;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableStatus;
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
import org.learnops.studio.domain.operations.Cancellation;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.Comparison;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Geography;
import org.learnops.studio.domain.scope.OrganisationalScope;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.OperationsStore.MarkRow;
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

/**
 * Fills an empty workspace with a realistic, fictional company — Northwind Logistics — for demos,
 * screenshots and benchmarks: every strategy step (through the services, so every rule holds) and
 * a year of operations, nine months past and three ahead. Deterministic: the same size and clock
 * give the same workspace.
 *
 * <p>{@link DemoSize#SMALL} goes through the services one action at a time. {@link DemoSize#LARGE}
 * (at least 10,000 people, 100,000 events, 300,000 sessions, 1,000,000 enrolments) writes the
 * operation with JDBC batches, one transaction per {@value #CHUNK} events.
 */
public final class DemoWorkspace {

    /** Events per bulk transaction. */
    static final int CHUNK = 1000;

    private static final String USER = "demo";
    private static final String CURRENCY = "EUR";
    private static final String[] BUSINESS_AREAS = {"Warehousing", "Transport", "Customer Service", "Finance",
            "IT", "HR"};
    private static final String[] REGIONS = {"Europe", "North America", "Asia Pacific"};
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Berlin"), ZoneId.of("America/Chicago"),
            ZoneId.of("Asia/Singapore")};
    private static final String[] FIRST = {"Ada", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines",
            "Jonas", "Kira", "Luis", "Maya", "Nils", "Olu", "Paula", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera",
            "Wen", "Xavi", "Yara", "Zoe", "Amir", "Bea", "Chen", "Dora"};
    private static final String[] LAST = {"Andersen", "Baptiste", "Castillo", "Dubois", "Eriksen", "Fischer",
            "Garcia", "Hoffmann", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
            "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Uddin", "Varga", "Weber", "Xu", "Yilmaz", "Zhang"};
    private static final String[] COURSES = {"Forklift safety refresher", "Dangerous goods handling",
            "Warehouse management system basics", "Customer conversations that stick", "Route planning with TMS",
            "New manager essentials", "Data protection for everyone", "Lean warehousing", "Cold-chain compliance",
            "Excel for shift leads", "Coaching on the floor", "Incident reporting", "Customs paperwork",
            "Driver fatigue awareness", "Inclusive hiring", "Budgeting for team leads"};

    /** How big a demo workspace is. */
    public enum DemoSize {
        SMALL(new Volume(150, 8, 16, 120, 2, 10)),
        LARGE(new Volume(10_000, 60, 80, 100_000, 3, 10));

        private final Volume volume;

        DemoSize(Volume volume) {
            this.volume = volume;
        }

        public Volume volume() {
            return volume;
        }
    }

    /**
     * The operation's numbers: people, rooms, courses, events, sessions per event and enrolment
     * attempts per event (some end on the waitlist or cancelled).
     */
    public record Volume(int people, int rooms, int courses, int events, int sessionsPerEvent,
                         int enrolmentsPerEvent) {

        /** The same shape with fewer people and events (tests of the large generator). */
        public Volume scaled(double factor) {
            return new Volume(Math.max(20, (int) (people * factor)), rooms, courses,
                    Math.max(1, (int) (events * factor)), sessionsPerEvent, enrolmentsPerEvent);
        }
    }

    private final Workspace workspace;
    private final Clock clock;
    private final ExportProgress progress;
    private final Random random = new Random(20_260_601L);
    private final LocalDate today;
    private final List<Long> stakeholderIds = new ArrayList<>();
    private final List<Long> areaIds = new ArrayList<>();

    private DemoWorkspace(Workspace workspace, Clock clock, ExportProgress progress) {
        this.workspace = workspace;
        this.clock = clock;
        this.progress = progress;
        this.today = LocalDate.now(clock);
    }

    /** Fills {@code workspace} (expected empty) with the demo company of the given size. */
    public static void fill(Workspace workspace, DemoSize size, Clock clock, ExportProgress progress) {
        fill(workspace, size.volume(), size == DemoSize.LARGE, clock, progress);
    }

    /**
     * Fills {@code workspace} with a demo of {@code volume}; {@code bulk} writes the operation
     * with batches (as LARGE does) instead of through the services.
     */
    public static void fill(Workspace workspace, Volume volume, boolean bulk, Clock clock, ExportProgress progress) {
        DemoWorkspace demo = new DemoWorkspace(workspace, clock, progress);
        demo.strategy();
        if (bulk) {
            demo.bulkOperation(volume);
        } else {
            demo.operation(volume);
        }
        demo.keyQuestions();
    }

    // --- strategy ---

    private void strategy() {
        ScopeService scope = new ScopeService(workspace.scope());
        scope.saveStrategy(new Strategy("Northwind Learning Operations 2026", "Dana Whitfield, COO", "Priya Raman",
                OrganisationalScope.ENTERPRISE_WIDE, "", Geography.REGIONAL, List.of(REGIONS),
                "The COO signs off budgets above 50,000 EUR; regional operations directors decide schedules."));
        Map<BuiltInArea, String[]> rationale = Map.of(
                BuiltInArea.REQUEST_FULFILLMENT, new String[] {"in", "Requests arrive by e-mail and get lost; one intake is the first win."},
                BuiltInArea.MATERIAL_PROVISIONING, new String[] {"in", "Printed safety cards reach depots late."},
                BuiltInArea.LEARNING_TECHNOLOGY_ADMINISTRATION, new String[] {"in", "Three LMS instances after the 2024 merger."},
                BuiltInArea.FINANCIAL_TRACKING, new String[] {"in", "Nobody knows the cost per trained driver."},
                BuiltInArea.EVENT_MANAGEMENT, new String[] {"in", "Most of our training is scheduled classroom time at depots."},
                BuiltInArea.CONTENT_MANAGEMENT, new String[] {"in", "Safety content must be reviewed yearly by law."},
                BuiltInArea.VENDOR_MANAGEMENT, new String[] {"out", "Procurement owns vendor contracts until 2027."},
                BuiltInArea.COMPLIANCE, new String[] {"in", "Dangerous-goods certificates expire every two years."},
                BuiltInArea.ANALYTICS, new String[] {"out", "Waits for the data platform programme; revisit in Q3."});
        int i = 0;
        for (ActivityArea area : scope.load().areas()) {
            String[] r = area.builtIn() == null ? new String[] {"in", ""} : rationale.get(area.builtIn());
            ActivityArea saved = new ActivityArea(area.id(), area.builtIn(), area.customName(), r[0].equals("in"), r[1],
                    1 + (i * 3 + 2) % 5, 1 + (i * 2 + 1) % 5);
            scope.saveArea(saved);
            areaIds.add(area.id());
            i++;
        }
        ActivityArea custom = scope.addCustomArea("Safety induction");
        scope.saveArea(new ActivityArea(custom.id(), null, custom.customName(), true,
                "Every new depot worker needs induction before the first shift.", 5, 2));
        areaIds.add(custom.id());

        StakeholderService stakeholders = new StakeholderService(workspace.stakeholders());
        Object[][] people = {
                {"Dana Whitfield", "Chief Operating Officer", StakeholderGroup.SENIOR_LEADER, "", "Europe", 5, 4, Stance.CHAMPION},
                {"Priya Raman", "Head of Learning Operations", StakeholderGroup.LEARNING_OPS, "HR", "Europe", 4, 5, Stance.CHAMPION},
                {"Marcus Lee", "VP Transport", StakeholderGroup.BUSINESS_AREA, "Transport", "North America", 4, 3, Stance.SKEPTIC},
                {"Sofia Almeida", "Warehouse Director", StakeholderGroup.BUSINESS_AREA, "Warehousing", "Europe", 4, 4, Stance.SUPPORTER},
                {"Kenji Mori", "Regional Director APAC", StakeholderGroup.SENIOR_LEADER, "", "Asia Pacific", 4, 2, Stance.NEUTRAL},
                {"Hannah Brooks", "HR Business Partner", StakeholderGroup.HR, "HR", "North America", 3, 4, Stance.SUPPORTER},
                {"Tomasz Nowak", "IT Service Owner, LMS", StakeholderGroup.IT, "IT", "Europe", 3, 3, Stance.NEUTRAL},
                {"Amara Okoye", "Legal Counsel", StakeholderGroup.LEGAL, "", "Europe", 3, 2, Stance.SKEPTIC},
                {"Lena Vogel", "Internal Communications Lead", StakeholderGroup.CORPORATE_COMMUNICATIONS, "", "Europe", 2, 4, Stance.SUPPORTER},
                {"Raj Patel", "Customer Service Manager", StakeholderGroup.BUSINESS_AREA, "Customer Service", "Asia Pacific", 3, 4, Stance.CHAMPION},
                {"Olivia Grant", "Finance Controller", StakeholderGroup.OTHER, "Finance", "North America", 4, 2, Stance.BLOCKER},
                {"Diego Santos", "Depot Manager Rotterdam", StakeholderGroup.BUSINESS_AREA, "Warehousing", "Europe", 2, 5, Stance.CHAMPION},
                {"Mei Lin", "Learning Coordinator APAC", StakeholderGroup.LEARNING_OPS, "HR", "Asia Pacific", 2, 5, Stance.SUPPORTER},
                {"Samuel Price", "Fleet Safety Manager", StakeholderGroup.BUSINESS_AREA, "Transport", "North America", 3, 4, Stance.SUPPORTER}};
        for (Object[] p : people) {
            String name = (String) p[0];
            stakeholderIds.add(stakeholders.add(new Stakeholder(0, name, (String) p[1], (StakeholderGroup) p[2],
                    (String) p[3], (String) p[4], (int) p[5], (int) p[6], (Stance) p[7], email(name))).id());
        }

        DeliverableService deliverables = new DeliverableService(workspace.deliverables());
        DeliverableStatus[] statuses = DeliverableStatus.values();
        i = 0;
        for (Deliverable d : deliverables.list()) {
            deliverables.save(new Deliverable(d.id(), d.kind(), d.customTitle(), true,
                    "Agreed with the steering group in the kick-off workshop.", i % 2 == 0 ? "Executive team" : "Depot managers",
                    Optional.of(stakeholderIds.get(1 + i % 6)), Optional.of(today.plusDays(30L * (i - 3))),
                    statuses[i % statuses.length], ""));
            i++;
        }
        deliverables.save(withTitle(deliverables.addCustom("Depot training calendar"), today.plusDays(45)));

        NeedsAnalysisService needs = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope());
        List<Long> sessions = new ArrayList<>();
        SessionType[] types = SessionType.values();
        for (int s = 0; s < 6; s++) {
            sessions.add(needs.addSession(new NeedsSession(0, types[s % types.length], today.minusDays(200 - 20L * s),
                    List.of(stakeholderIds.get(s), stakeholderIds.get(s + 5)),
                    s < 2 ? NeedsGroup.SENIOR_LEADERS : s < 5 ? NeedsGroup.LEARNING_OPS_STAFF : NeedsGroup.OTHER,
                    "Notes from the " + (s + 1) + ". discovery session.")).id());
        }
        String[] findings = {"Training requests arrive by e-mail, phone and chat; nobody sees the queue.",
                "Depot managers learn about cancelled courses on the day.",
                "Dangerous-goods certificates expire unnoticed.", "No one can say what a trained driver costs.",
                "Three LMS instances with different course codes.", "Printed materials reach depots after the course.",
                "Waitlists are kept in personal spreadsheets.", "Safety content has not been reviewed since 2023.",
                "New starters wait weeks for their induction slot.", "Attendance is signed on paper and typed in late."};
        for (int f = 0; f < findings.length; f++) {
            needs.addFinding(new Finding(0, findings[f], Optional.of(areaIds.get(f % areaIds.size())),
                    f % 3 == 0 ? NeedsGroup.SENIOR_LEADERS : NeedsGroup.LEARNING_OPS_STAFF, 1 + (f * 3) % 5,
                    1 + (f * 2 + 3) % 5, Optional.of(sessions.get(f % sessions.size())),
                    f % 4 == 3 ? FindingStatus.ADDRESSED : FindingStatus.OPEN, 12 - f));
        }

        ChampionService champions = new ChampionService(workspace.champions());
        int[] championStakeholders = {1, 3, 9, 11, 13};
        for (int c = 0; c < championStakeholders.length; c++) {
            long sid = stakeholderIds.get(championStakeholders[c]);
            Champion champion = champions.add(new Champion(0, sid, BUSINESS_AREAS[c % BUSINESS_AREAS.length],
                    REGIONS[c % REGIONS.length], Optional.of(areaIds.get(c)),
                    "Two hours a month to test changes with the depot teams."));
            for (int e = 0; e < 3; e++) {
                champions.addEngagement(new EngagementEntry(0, champion.id(), today.minusDays(90 - 30L * e),
                        "Monthly check-in: " + (e == 0 ? "agreed pilot depots" : e == 1 ? "reviewed feedback" : "planned roll-out")));
            }
        }

        GovernanceService governance = new GovernanceService(workspace.governance());
        governance.saveModel(Optional.of(GovernanceModel.FEDERATED));
        governance.addBody(new GovernanceBody(0, "Learning Operations Steering Group",
                "Sets priorities and approves the roadmap.", "Monthly",
                List.of(stakeholderIds.get(0), stakeholderIds.get(1), stakeholderIds.get(2), stakeholderIds.get(10)),
                "Approves budgets up to 50,000 EUR and the yearly calendar."));
        governance.addBody(new GovernanceBody(0, "Regional Learning Council", "Aligns depots on schedules and content.",
                "Every two weeks", List.of(stakeholderIds.get(1), stakeholderIds.get(11), stakeholderIds.get(12)),
                "Decides regional schedules and course cancellations."));
        List<RaciRole> roles = new ArrayList<>();
        for (String role : List.of("Central Learning Ops", "Regional coordinator", "Depot manager", "HR", "IT", "Finance")) {
            roles.add(governance.addRole(new RaciRole(0, role)));
        }
        String[] processes = {"Approve a training request", "Schedule an event", "Cancel an event", "Track spend",
                "Review safety content", "Assign compliance training", "Administer the LMS"};
        for (int p = 0; p < processes.length; p++) {
            RaciProcess process = governance.addProcess(new RaciProcess(0, areaIds.get(p % areaIds.size()), processes[p]));
            governance.setCell(process.id(), roles.get(0).id(), Optional.of(p % 2 == 0 ? Raci.A : Raci.R));
            governance.setCell(process.id(), roles.get(1).id(), Optional.of(p % 2 == 0 ? Raci.R : Raci.A));
            governance.setCell(process.id(), roles.get(2 + p % 4).id(), Optional.of(p % 3 == 0 ? Raci.C : Raci.I));
        }

        ArtefactsService artefacts = new ArtefactsService(workspace.artefacts());
        String[][] terms = {{"Event", "A scheduled offering of a course with its sessions and participants.", "Class"},
                {"Session", "One block of time of an event, in a room or online.", "Slot"},
                {"Waitlist", "People waiting for a place; promoted in order when one frees up.", ""},
                {"Depot", "A Northwind warehouse site with its own training room.", "Site"},
                {"No-show", "Enrolled, did not attend any session.", ""},
                {"Fill rate", "Places taken divided by capacity.", "Utilisation"}};
        for (int t = 0; t < terms.length; t++) {
            GlossaryTerm term = artefacts.addTerm(terms[t][0]);
            artefacts.saveTerm(new GlossaryTerm(term.id(), terms[t][0], terms[t][1],
                    Optional.of(stakeholderIds.get(1 + t % 3)), terms[t][2]));
        }
        String[] policies = {"Training cancellation policy", "Mandatory safety training", "Learning data retention",
                "External trainer engagement"};
        PolicyStatus[] policyStatuses = PolicyStatus.values();
        for (int p = 0; p < policies.length; p++) {
            Policy policy = artefacts.addPolicy(policies[p]);
            artefacts.savePolicy(new Policy(policy.id(), policies[p], Optional.of(areaIds.get(p * 2)),
                    Optional.of(stakeholderIds.get(p + 1)), policyStatuses[p % policyStatuses.length],
                    Optional.of(today.plusDays(60L * (p + 1))), "Applies to every Northwind site."));
        }
        String[] audiences = {"All depot staff", "Depot managers", "Executive team", "Drivers"};
        Channel[] channels = {Channel.INTRANET, Channel.TEAM_MEETING, Channel.EMAIL, Channel.TOWN_HALL};
        for (int c = 0; c < audiences.length; c++) {
            Communication comm = artefacts.addCommunication(audiences[c]);
            artefacts.saveCommunication(new Communication(comm.id(), audiences[c],
                    "What changes in how you book and attend training.", channels[c],
                    Optional.of(today.plusDays(14L * (c - 1))), Optional.of(stakeholderIds.get(8)),
                    c == 0 ? CommunicationStatus.DONE : c == 1 ? CommunicationStatus.SENT : CommunicationStatus.PLANNED));
        }
        Object[][] systems = {{"Cornerstone LMS", SystemType.LMS}, {"Workday", SystemType.HRIS},
                {"Articulate 360", SystemType.AUTHORING_TOOL}, {"Microsoft Teams", SystemType.VIRTUAL_CLASSROOM},
                {"LinkedIn Learning", SystemType.CONTENT_VENDOR}};
        List<Long> systemIds = new ArrayList<>();
        for (int s = 0; s < systems.length; s++) {
            LearningSystem system = artefacts.addSystem((String) systems[s][0], (SystemType) systems[s][1]);
            artefacts.saveSystem(new LearningSystem(system.id(), system.name(), system.type(),
                    Optional.of(stakeholderIds.get(6)), "", 120 + 180 * (s % 3), 100 + 160 * (s / 3)));
            systemIds.add(system.id());
        }
        artefacts.addIntegration(systemIds.get(1), systemIds.get(0), "People and org units, nightly", Direction.ONE_WAY);
        artefacts.addIntegration(systemIds.get(2), systemIds.get(0), "SCORM packages", Direction.ONE_WAY);
        artefacts.addIntegration(systemIds.get(0), systemIds.get(3), "Meeting links and attendance", Direction.TWO_WAY);
        artefacts.addIntegration(systemIds.get(4), systemIds.get(0), "Course catalogue", Direction.ONE_WAY);
    }

    private Deliverable withTitle(Deliverable d, LocalDate due) {
        return new Deliverable(d.id(), d.kind(), d.customTitle(), true, "One calendar every depot can see.",
                "Depot managers", Optional.of(stakeholderIds.get(12)), Optional.of(due), DeliverableStatus.IN_PROGRESS, "");
    }

    private void keyQuestions() {
        KeyQuestionsService questions = new KeyQuestionsService(workspace.keyQuestions(),
                new EventFigures(workspace.operations()), clock);
        questions.saveAnswer(KeyQuestion.CONTENT, "Safety and compliance first, then leadership and customer skills.");
        questions.saveAnswer(KeyQuestion.DELIVERY, "Classroom at the depots, virtual for office staff; one calendar.");
        questions.saveAnswer(KeyQuestion.MEASUREMENT, "Fill rate, attendance and cost per attended learner, monthly.");
        questions.saveAnswer(KeyQuestion.RESPONSIBILITY, "Central Learning Ops owns the process; regions own schedules.");
        condition(questions, KeyQuestion.DELIVERY, Metric.EVENT_FILL_RATE, Comparison.AT_LEAST, "75", 2);
        condition(questions, KeyQuestion.DELIVERY, Metric.SESSIONS_CANCELLED, Comparison.AT_MOST, "5", 7);
        condition(questions, KeyQuestion.MEASUREMENT, Metric.ATTENDANCE_RATE, Comparison.AT_LEAST, "85", 1);
        condition(questions, KeyQuestion.MEASUREMENT, Metric.NO_SHOW_RATE, Comparison.LESS_THAN, "10", 1);
        condition(questions, KeyQuestion.RESPONSIBILITY, Metric.WAITLIST_CONVERSION, Comparison.AT_LEAST, "50", 12);
        condition(questions, KeyQuestion.CONTENT, Metric.COST_PER_ATTENDED_LEARNER, Comparison.AT_MOST, "250", 10);
    }

    private void condition(KeyQuestionsService questions, KeyQuestion question, Metric metric, Comparison comparison,
                           String threshold, int owner) {
        DoneCondition added = questions.add(question, metric);
        questions.save(new DoneCondition(added.id(), question, metric, MetricScope.EVERYTHING, comparison,
                new BigDecimal(threshold), Optional.of(today.plusMonths(6)), Optional.of(stakeholderIds.get(owner))));
    }

    // --- operation, one action at a time (small) ---

    private void operation(Volume volume) {
        DirectoryService directory = new DirectoryService(workspace.operations());
        EventService events = new EventService(workspace.operations(), clock, USER);
        for (ConflictKind kind : ConflictKind.values()) {
            events.setConflictPolicy(kind, ConflictPolicy.WARN);
        }
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < volume.people(); p++) {
            people.add(directory.addPerson(person(p)));
        }
        List<Long> facilitators = people.stream().filter(p -> p.roles().contains(PersonRole.FACILITATOR)).map(Person::id).toList();
        List<Long> coordinators = people.stream().filter(p -> p.roles().contains(PersonRole.COORDINATOR)).map(Person::id).toList();
        List<Long> participants = people.stream().map(Person::id).toList();
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < volume.rooms(); r++) {
            rooms.add(directory.addRoom(room(r)));
        }
        List<Course> courses = new ArrayList<>();
        for (int c = 0; c < volume.courses(); c++) {
            courses.add(directory.addCourse(course(c, facilitators)));
        }
        Instant now = clock.instant();
        for (int e = 0; e < volume.events(); e++) {
            check(e, volume.events());
            Plan plan = plan(e, volume, courses, rooms, facilitators, coordinators);
            Event planned = plan.event();
            Event event = events.createEvent(new Event(0, planned.courseId(), planned.coordinatorId(),
                    planned.businessArea(), planned.region(), planned.capacity(), planned.minimumEnrolment(),
                    EventStatus.OPEN, planned.startsOn(), planned.endsOn(), Optional.empty()));
            List<Session> sessions = new ArrayList<>();
            for (Session s : plan.sessions()) {
                sessions.add(events.addSession(at(s, event.id()), "Demo schedule"));
            }
            List<Long> chosen = pick(participants, volume.enrolmentsPerEvent());
            List<Enrolment> enrolments = new ArrayList<>();
            for (Long personId : chosen) {
                enrolments.add(events.enrol(event.id(), personId));
            }
            if (random.nextInt(5) == 0 && !enrolments.isEmpty()) {
                events.cancelEnrolment(enrolments.get(0).id());
            }
            for (CostLine cost : plan.costs()) {
                events.addCost(at(cost, event.id()));
            }
            List<Long> holders = events.enrolments(event.id()).stream()
                    .filter(l -> l.enrolment().status() == EnrolmentStatus.ENROLLED)
                    .map(l -> l.enrolment().personId()).toList();
            for (Session session : sessions) {
                if (session.endInstant().isBefore(now) && !holders.isEmpty()) {
                    List<Long> noShows = holders.stream().filter(id -> (id * 31 + event.id()) % 9 == 0).toList();
                    List<Long> attended = holders.stream().filter(id -> !noShows.contains(id)).toList();
                    events.markAttendance(session.id(), attended, AttendanceMark.ATTENDED);
                    events.markAttendance(session.id(), noShows, AttendanceMark.NO_SHOW);
                }
            }
            if (plan.cancelled()) {
                events.cancelEvent(event.id(), "Trainer ill; moved to the next month.");
            }
        }
        progress.update(volume.events(), volume.events());
    }

    // --- operation in batches (large) ---

    private void bulkOperation(Volume volume) {
        DirectoryService directory = new DirectoryService(workspace.operations());
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < volume.people(); p++) {
            people.add(person(p));
        }
        List<Long> personIds = new ArrayList<>();
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<Person> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            personIds.addAll(workspace.operations().inTransaction(store -> store.insertPeople(chunk)));
        }
        List<Long> facilitators = new ArrayList<>();
        List<Long> coordinators = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            if (people.get(p).roles().contains(PersonRole.FACILITATOR)) {
                facilitators.add(personIds.get(p));
            }
            if (people.get(p).roles().contains(PersonRole.COORDINATOR)) {
                coordinators.add(personIds.get(p));
            }
        }
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < volume.rooms(); r++) {
            rooms.add(directory.addRoom(room(r)));
        }
        List<Course> courses = new ArrayList<>();
        for (int c = 0; c < volume.courses(); c++) {
            courses.add(directory.addCourse(course(c, facilitators)));
        }
        Instant now = clock.instant();
        for (int from = 0; from < volume.events(); from += CHUNK) {
            check(from, volume.events());
            List<Plan> plans = new ArrayList<>();
            for (int e = from; e < Math.min(volume.events(), from + CHUNK); e++) {
                plans.add(plan(e, volume, courses, rooms, facilitators, coordinators));
            }
            List<List<Long>> chosen = plans.stream().map(p -> pick(personIds, volume.enrolmentsPerEvent())).toList();
            workspace.operations().inTransaction(store -> {
                List<Long> eventIds = store.insertEvents(plans.stream().map(Plan::event).toList());
                List<Session> sessions = new ArrayList<>();
                List<Enrolment> enrolments = new ArrayList<>();
                List<CostLine> costs = new ArrayList<>();
                List<List<Long>> attendedBy = new ArrayList<>();
                for (int i = 0; i < plans.size(); i++) {
                    Plan plan = plans.get(i);
                    long eventId = eventIds.get(i);
                    plan.sessions().forEach(s -> sessions.add(at(s, eventId)));
                    plan.costs().forEach(c -> costs.add(at(c, eventId)));
                    List<Long> held = enrol(plan, eventId, chosen.get(i), now, enrolments);
                    plan.sessions().forEach(s -> attendedBy.add(held));
                }
                List<Long> sessionIds = store.insertSessions(sessions);
                store.insertEnrolments(enrolments);
                store.insertCosts(costs);
                List<MarkRow> marks = new ArrayList<>();
                for (int s = 0; s < sessions.size(); s++) {
                    Session session = sessions.get(s);
                    if (session.cancellation().isPresent() || !session.endInstant().isBefore(now)) {
                        continue;
                    }
                    long sessionId = sessionIds.get(s);
                    for (Long personId : attendedBy.get(s)) {
                        boolean noShow = (personId * 31 + session.eventId()) % 9 == 0;
                        marks.add(new MarkRow(sessionId, personId, noShow ? AttendanceMark.NO_SHOW : AttendanceMark.ATTENDED,
                                session.endInstant()));
                    }
                }
                store.insertMarks(marks);
                return null;
            });
        }
        progress.update(volume.events(), volume.events());
    }

    /** The enrolments of one event as the waitlist rules would have left them; returns those holding a place. */
    private List<Long> enrol(Plan plan, long eventId, List<Long> people, Instant now, List<Enrolment> out) {
        Event event = plan.event();
        Instant opened = event.startsOn().minusDays(30).atStartOfDay(ZONES[0]).toInstant();
        boolean past = !plan.sessions().isEmpty()
                && plan.sessions().get(plan.sessions().size() - 1).endInstant().isBefore(now);
        List<Long> held = new ArrayList<>();
        int waiting = 0;
        for (int i = 0; i < people.size(); i++) {
            long personId = people.get(i);
            Instant at = opened.plusSeconds(3600L * (i + 1));
            EnrolmentStatus status;
            int position = 0;
            if ((i + eventId) % 13 == 0) {
                status = EnrolmentStatus.CANCELLED;
            } else if (held.size() < event.capacity()) {
                held.add(personId);
                status = past && !plan.cancelled()
                        ? ((personId * 31 + eventId) % 9 == 0 ? EnrolmentStatus.NO_SHOW : EnrolmentStatus.ATTENDED)
                        : EnrolmentStatus.ENROLLED;
            } else {
                status = EnrolmentStatus.WAITLISTED;
                position = ++waiting;
            }
            out.add(new Enrolment(0, eventId, personId, status, at, at, position));
        }
        return plan.cancelled() ? List.of() : held;
    }

    // --- shared building blocks ---

    /** An event with its sessions (event id 0) and cost lines, spread over nine months back and three ahead. */
    private record Plan(Event event, List<Session> sessions, List<CostLine> costs, boolean cancelled) {
    }

    private Plan plan(int index, Volume volume, List<Course> courses, List<Room> rooms, List<Long> facilitators,
                      List<Long> coordinators) {
        int span = 365;
        LocalDate startsOn = today.minusDays(273).plusDays((long) index * span / Math.max(1, volume.events()));
        while (startsOn.getDayOfWeek() == DayOfWeek.SATURDAY || startsOn.getDayOfWeek() == DayOfWeek.SUNDAY) {
            startsOn = startsOn.plusDays(1);
        }
        int days = volume.sessionsPerEvent();
        LocalDate endsOn = startsOn.plusDays(days - 1L);
        Course course = courses.get(random.nextInt(courses.size()));
        int region = random.nextInt(REGIONS.length);
        int capacity = 6 + random.nextInt(7);
        boolean cancelled = random.nextInt(25) == 0;
        Event event = new Event(0, course.id(), Optional.of(coordinators.get(random.nextInt(coordinators.size()))),
                BUSINESS_AREAS[random.nextInt(BUSINESS_AREAS.length)], REGIONS[region], capacity, Math.min(4, capacity),
                // CANCELLED is never stored as the status (it follows from the cancellation): the status kept is OPEN.
                EventStatus.OPEN, startsOn, endsOn,
                cancelled ? Optional.of(new Cancellation("Trainer ill; moved to the next month.",
                        startsOn.minusDays(3).atStartOfDay(ZONES[region]).toInstant(), USER)) : Optional.empty());
        Room room = rooms.get(random.nextInt(rooms.size()));
        long facilitator = facilitators.get(random.nextInt(facilitators.size()));
        List<Session> sessions = new ArrayList<>();
        LocalTime start = LocalTime.of(9 + random.nextInt(5), 0);
        for (int d = 0; d < days; d++) {
            LocalDateTime from = startsOn.plusDays(d).atTime(start);
            sessions.add(new Session(0, 0, Optional.empty(), from, from.plusMinutes(course.defaultDurationMinutes()),
                    ZONES[region], room.virtual() ? Optional.empty() : Optional.of(room.id()),
                    room.virtual() ? room.link() : "", List.of(facilitator), Optional.empty()));
        }
        List<CostLine> costs = new ArrayList<>();
        costs.add(new CostLine(0, 0, CostCategory.FACILITATOR, BigDecimal.valueOf(400 + 50L * random.nextInt(12)),
                CURRENCY, "Trainer day rate"));
        if (!room.virtual()) {
            costs.add(new CostLine(0, 0, CostCategory.CATERING, BigDecimal.valueOf(8L * capacity * days),
                    CURRENCY, "Lunch and coffee"));
        }
        if (random.nextInt(3) == 0) {
            costs.add(new CostLine(0, 0, CostCategory.MATERIALS, new BigDecimal("12.50").multiply(BigDecimal.valueOf(capacity)),
                    CURRENCY, "Printed handbooks"));
        }
        return new Plan(event, sessions, costs, cancelled);
    }

    private Person person(int index) {
        String name = FIRST[index % FIRST.length] + " " + LAST[(index / FIRST.length) % LAST.length]
                + (index >= FIRST.length * LAST.length ? " " + (index / (FIRST.length * LAST.length) + 1) : "");
        Set<PersonRole> roles = EnumSet.of(PersonRole.PARTICIPANT);
        if (index % 12 == 0) {
            roles.add(PersonRole.FACILITATOR);
        }
        if (index % 25 == 1) {
            roles.add(PersonRole.COORDINATOR);
        }
        return new Person(0, name, email(name), BUSINESS_AREAS[index % BUSINESS_AREAS.length],
                REGIONS[index % REGIONS.length], roles);
    }

    private static Room room(int index) {
        String[] sites = {"Rotterdam depot", "Chicago hub", "Singapore DC", "Leipzig depot", "Dallas depot",
                "Head office Hamburg"};
        if (index % 5 == 4) {
            return new Room(0, "Virtual classroom " + (index / 5 + 1), "Online", 30, true,
                    "https://teams.example.com/northwind/room-" + (index / 5 + 1));
        }
        return new Room(0, "Training room " + (char) ('A' + index % 26) + (index >= 26 ? index / 26 : ""),
                sites[index % sites.length], 12 + (index % 3) * 4, false, "");
    }

    private Course course(int index, List<Long> facilitators) {
        String title = COURSES[index % COURSES.length] + (index >= COURSES.length ? " " + (index / COURSES.length + 1) : "");
        CourseFormat[] formats = CourseFormat.values();
        return new Course(0, title, Optional.of(areaIds.get(index % areaIds.size())), formats[index % formats.length],
                (2 + index % 3) * 60, Optional.of(facilitators.get(index % facilitators.size())));
    }

    private List<Long> pick(List<Long> from, int count) {
        Set<Long> chosen = new LinkedHashSet<>();
        int wanted = Math.min(count, from.size());
        while (chosen.size() < wanted) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(chosen);
    }

    private void check(long done, long total) {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        progress.update(done, total);
    }

    private static Session at(Session s, long eventId) {
        return new Session(s.id(), eventId, s.seriesId(), s.start(), s.end(), s.zone(), s.roomId(), s.virtualLink(),
                s.facilitatorIds(), s.cancellation());
    }

    private static CostLine at(CostLine c, long eventId) {
        return new CostLine(c.id(), eventId, c.category(), c.amount(), c.currency(), c.note());
    }

    private static String email(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@northwind.example";
    }
}
