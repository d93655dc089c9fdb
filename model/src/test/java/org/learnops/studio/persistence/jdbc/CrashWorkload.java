package org.learnops.studio.persistence.jdbc;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.learnops.studio.domain.operations.AuditAction;
import org.learnops.studio.domain.operations.AuditEntry;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The child JVM of the crash harness ({@link CrashTrials}). Opens the workspace {@code args[1]} with
 * the real opener (settings {@code args[2]}, a {@link CrashSettings}) and runs scenario
 * {@code args[0]} with the random seed {@code args[3]} until it is killed. Talks on stdout:
 * <pre>
 * READY                       the workspace is open
 * BEGIN seq key value         operation seq starts; once committed, record {@code key} reads {@code value}
 * ACK seq                     operation seq's commit returned
 * CLOSING / CLOSED millis     (scenario CLOSE) the workspace is being closed / is closed
 * </pre>
 * Keys: {@code strategy}, {@code stakeholder:<name>} (role), {@code person:<name>} (region),
 * {@code event:<region>} (counts of its rows), {@code import:<n>} (counts of the rows of import n),
 * {@code backup:<n>} (the file {@code backups/plan-<n>.zip} beside the workspace).
 */
public final class CrashWorkload {

    static final String STAKEHOLDER = "crash-stakeholder-";
    static final String PERSON = "crash-person-";
    static final String EVENT = "crash-event-";
    /** Replaced by the import's number in the workshop-file template. */
    static final String IMPORT_TOKEN = "@@";
    static final String IMPORT_VALUE = "template";
    static final String COURSE_TITLE = "Crash course";
    static final int PARTICIPANTS = 30;
    /** A child whose parent died stops on its own. */
    private static final long LONGEST_RUN_MILLIS = 120_000;

    private final Workspace workspace;
    private final Random random;
    private final PrintStream out;
    private final StakeholderService stakeholders;
    private final ScopeService scope;
    private final DirectoryService directory;
    private final List<Stakeholder> myStakeholders = new ArrayList<>();
    private final List<Person> myPeople = new ArrayList<>();
    private long seq;

    private CrashWorkload(Workspace workspace, Random random, PrintStream out) {
        this.workspace = workspace;
        this.random = random;
        this.out = out;
        this.stakeholders = new StakeholderService(workspace.stakeholders());
        this.scope = new ScopeService(workspace.scope());
        this.directory = new DirectoryService(workspace.operations());
    }

    public static void main(String[] args) throws IOException {
        CrashScenario scenario = CrashScenario.valueOf(args[0]);
        WorkspaceFile file = WorkspaceFile.of(Path.of(args[1]));
        CrashSettings settings = CrashSettings.valueOf(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        // Not System.out: its println is two writes (text, then line end); here each line is one
        // write of a few bytes to the pipe, which a kill cannot cut in half.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        Workspace workspace = settings.opener().open(file);
        CrashWorkload workload = new CrashWorkload(workspace, random, out);
        workload.say("READY");
        long stopAt = System.currentTimeMillis() + LONGEST_RUN_MILLIS;
        switch (scenario) {
            case EDITS -> {
                while (System.currentTimeMillis() < stopAt) {
                    workload.edit();
                }
            }
            case EVENTS -> workload.events(Integer.MAX_VALUE, stopAt);
            case IMPORT -> workload.imports(file, stopAt);
            case BACKUP -> workload.backups(file, stopAt);
            case CLOSE -> workload.editThenClose();
        }
        workspace.close();
    }

    private void say(String line) {
        out.print(line + "\n");
        out.flush();
    }

    private void begin(String key, String value) {
        seq++;
        say("BEGIN " + seq + " " + key + " " + value);
    }

    private void ack() {
        say("ACK " + seq);
    }

    /** One single-row edit through the services, chosen at random. */
    private void edit() {
        int choice = random.nextInt(100);
        String value = "v" + (seq + 1);
        if (choice < 30 || (choice < 55 && myStakeholders.isEmpty())) {
            String name = STAKEHOLDER + (seq + 1);
            begin("stakeholder:" + name, value);
            Stakeholder added = stakeholders.add(new Stakeholder(0, name, value, StakeholderGroup.SENIOR_LEADER,
                    "", "", 1 + random.nextInt(5), 1 + random.nextInt(5), Stance.NEUTRAL, ""));
            myStakeholders.add(added);
            ack();
        } else if (choice < 55) {
            int at = random.nextInt(myStakeholders.size());
            Stakeholder old = myStakeholders.get(at);
            Stakeholder changed = new Stakeholder(old.id(), old.name(), value, old.group(), old.businessArea(), old.region(),
                    old.influence(), old.interest(), old.stance(), old.email());
            begin("stakeholder:" + old.name(), value);
            stakeholders.save(changed);
            myStakeholders.set(at, changed);
            ack();
        } else if (choice < 70) {
            Strategy old = scope.load().strategy();
            begin("strategy", value);
            scope.saveStrategy(new Strategy(value, old.sponsor(), old.owner(), old.organisation(), old.businessArea(),
                    old.geography(), old.regions(), old.authorityNotes()));
            ack();
        } else if (choice < 85 || myPeople.isEmpty()) {
            String name = PERSON + (seq + 1);
            begin("person:" + name, value);
            Person added = directory.addPerson(new Person(0, name, "", "", value, Set.of(PersonRole.PARTICIPANT)));
            myPeople.add(added);
            ack();
        } else {
            int at = random.nextInt(myPeople.size());
            Person old = myPeople.get(at);
            Person changed = new Person(old.id(), old.name(), old.email(), old.businessArea(), value, old.roles());
            begin("person:" + old.name(), value);
            directory.savePerson(changed);
            myPeople.set(at, changed);
            ack();
        }
    }

    /** {@code count} events, each created with 1–8 sessions, 1–30 enrolments and a history line in one transaction. */
    private void events(int count, long stopAt) {
        long courseId = directory.courses().stream().filter(c -> c.title().equals(COURSE_TITLE)).findFirst()
                .orElseThrow().id();
        List<Long> participants = directory.people().stream().filter(p -> !p.name().startsWith(PERSON))
                .map(Person::id).toList();
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        ZoneId zone = ZoneId.of("Europe/Paris");
        for (int n = 0; n < count && System.currentTimeMillis() < stopAt; n++) {
            int sessions = 1 + random.nextInt(8);
            int enrolments = 1 + random.nextInt(Math.min(30, participants.size()));
            String region = EVENT + (seq + 1);
            LocalDate first = LocalDate.of(2027, 1, 4).plusDays(random.nextInt(300));
            begin("event:" + region, eventValue(sessions, enrolments));
            workspace.operations().inTransaction(store -> {
                Event event = store.insertEvent(new Event(0, courseId, Optional.empty(), "Crash", region, 30, 0,
                        EventStatus.OPEN, first, first.plusDays(sessions - 1L), Optional.empty()));
                for (int day = 0; day < sessions; day++) {
                    LocalDateTime start = first.plusDays(day).atTime(9, 0);
                    store.insertSession(new Session(0, event.id(), Optional.empty(), start, start.plusHours(3), zone,
                            Optional.empty(), "", List.of(), Optional.empty()));
                }
                for (int i = 0; i < enrolments; i++) {
                    store.insertEnrolment(new Enrolment(0, event.id(), participants.get(i), EnrolmentStatus.ENROLLED,
                            now, now, 0));
                }
                store.append(new AuditEntry(0, now, "crash", event.id(), "event", event.id(), AuditAction.CREATED, "",
                        region));
                return null;
            });
            ack();
        }
    }

    static String eventValue(int sessions, int enrolments) {
        return "sessions=" + sessions + " enrolments=" + enrolments + " history=1";
    }

    /** Imports the workshop-file template again and again, each time with its names made new. */
    private void imports(WorkspaceFile file, long stopAt) throws IOException {
        Path folder = file.path().getParent();
        String template = Files.readString(folder.resolve("template.json"));
        JsonWorkshopFile workshopFile = new JsonWorkshopFile();
        for (int n = 1; System.currentTimeMillis() < stopAt; n++) {
            Path json = folder.resolve("import-" + n + ".json");
            Files.writeString(json, template.replace(IMPORT_TOKEN, Integer.toString(n)));
            begin("import:" + n, IMPORT_VALUE);
            workshopFile.importInto(workspace, json, ExportProgress.NONE);
            ack();
        }
    }

    /** 10 to 30 edits, then an online backup to {@code backups/plan-<n>.zip}, again and again. */
    private void backups(WorkspaceFile file, long stopAt) {
        Path backups = file.path().resolveSibling("backups");
        for (int n = 1; System.currentTimeMillis() < stopAt; n++) {
            for (int i = 10 + random.nextInt(21); i > 0; i--) {
                edit();
            }
            begin("backup:" + n, backups.resolve("plan-" + n + ".zip").toString());
            workspace.backUpTo(backups.resolve("plan-" + n + ".zip"));
            ack();
        }
    }

    /** 100–300 edits and 10–30 events (old chunks for a compaction to move), then close. */
    private void editThenClose() {
        for (int i = 100 + random.nextInt(201); i > 0; i--) {
            edit();
        }
        events(10 + random.nextInt(21), Long.MAX_VALUE);
        say("CLOSING");
        long start = System.nanoTime();
        workspace.close();
        say("CLOSED " + (System.nanoTime() - start) / 1_000_000);
    }
}
