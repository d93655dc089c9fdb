package org.learnops.studio.persistence.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.exchange.json.JsonWorkshopFile;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.testing.ChildJvm;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Runs trials of one crash scenario: each copies a fresh workspace, starts {@link CrashWorkload} in
 * a child JVM, kills it ({@code destroyForcibly}) at a moment drawn from the trial's seed (after its
 * first acknowledgement, or for CLOSE after {@code CLOSING}), reopens the workspace with the real
 * opener and checks it (content against the child's acknowledgements, a full {@code SCRIPT}, and
 * for the backup scenario every finished backup).
 */
final class CrashTrials {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration OUTPUT_TIMEOUT = Duration.ofSeconds(30);
    private static final int IMPORT_PEOPLE = 150;
    private static final int IMPORT_EVENTS = 30;

    /**
     * The figures of one scenario's trials. In flight: the operation that had begun but was not
     * acknowledged when the kill came, found committed or not (both are right). {@code problems}:
     * up to five per trial, each with the trial's seed.
     */
    record Summary(CrashScenario scenario, CrashSettings settings, int trials, long seed, int acknowledged, int lost,
                   int partial, int unexpected, int openFailures, int scriptFailures, int childFailures,
                   int backupsChecked, int backupFailures, int backupsInterrupted, int killedWhileClosing,
                   long medianCloseMillis, int inFlightCommitted, int inFlightNotCommitted, long medianKillMillis,
                   long seconds, List<String> problems) {

        boolean clean() {
            return lost == 0 && partial == 0 && unexpected == 0 && openFailures == 0 && scriptFailures == 0
                    && childFailures == 0 && backupFailures == 0;
        }

        String line() {
            String line = "CRASH " + scenario + " settings=" + settings + " trials=" + trials + " acknowledged="
                    + acknowledged + " lost=" + lost + " partial=" + partial + " unexpected=" + unexpected
                    + " openFailures=" + openFailures + " scriptFailures=" + scriptFailures + " childFailures="
                    + childFailures + " inFlightCommitted=" + inFlightCommitted + " inFlightNotCommitted="
                    + inFlightNotCommitted + " medianKillMs=" + medianKillMillis;
            if (scenario == CrashScenario.BACKUP) {
                line += " backupsChecked=" + backupsChecked + " backupFailures=" + backupFailures
                        + " backupsInterrupted=" + backupsInterrupted;
            }
            if (scenario == CrashScenario.CLOSE) {
                line += " killedWhileClosing=" + killedWhileClosing + " medianCloseMs="
                        + (killedWhileClosing == trials ? "n/a" : Long.toString(medianCloseMillis));
            }
            return line + " seconds=" + seconds + " seed=" + seed;
        }
    }

    private final CrashScenario scenario;
    private final CrashSettings settings;
    private final Path root;
    private final Path template;
    private String importValue = "";
    private int acknowledged;
    private int lost;
    private int partial;
    private int unexpected;
    private int openFailures;
    private int scriptFailures;
    private int childFailures;
    private int backupsChecked;
    private int backupFailures;
    private int backupsInterrupted;
    private int killedWhileClosing;
    private int inFlightCommitted;
    private int inFlightNotCommitted;
    private final List<Long> killMillis = new ArrayList<>();
    private final List<Long> closeMillis = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CrashTrials(CrashScenario scenario, CrashSettings settings, Path root) {
        this.scenario = scenario;
        this.settings = settings;
        this.root = root;
        this.template = root.resolve("template").resolve("plan.mv.db");
    }

    /** Trial {@code i} uses the seed {@code seed + i}: rerun one with that seed and one trial. */
    static Summary run(CrashScenario scenario, CrashSettings settings, int trials, long seed, Path root)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        CrashTrials run = new CrashTrials(scenario, settings, root);
        run.makeTemplate();
        for (int i = 0; i < trials; i++) {
            run.trial(i, seed + i);
        }
        return new Summary(scenario, settings, trials, seed, run.acknowledged, run.lost, run.partial, run.unexpected,
                run.openFailures, run.scriptFailures, run.childFailures, run.backupsChecked, run.backupFailures,
                run.backupsInterrupted, run.killedWhileClosing, median(run.closeMillis), run.inFlightCommitted,
                run.inFlightNotCommitted, median(run.killMillis), (System.nanoTime() - start) / 1_000_000_000,
                List.copyOf(run.problems));
    }

    /** The workspace every trial starts from (and for IMPORT the workshop file it imports again and again). */
    private void makeTemplate() throws IOException {
        Files.createDirectories(template.getParent());
        try (Workspace workspace = settings.opener().create(WorkspaceFile.of(template))) {
            new ScopeService(workspace.scope()).saveStrategy(new Strategy(CrashLog.START.get("strategy"), "", "",
                    Strategy.empty().organisation(), "", Strategy.empty().geography(), List.of(), ""));
            DirectoryService directory = new DirectoryService(workspace.operations());
            for (int j = 1; j <= CrashWorkload.PARTICIPANTS; j++) {
                directory.addPerson(Person.participant("participant-" + j));
            }
            directory.addCourse(new Course(0, CrashWorkload.COURSE_TITLE, Optional.empty(), CourseFormat.IN_PERSON, 180,
                    Optional.empty()));
        }
        if (scenario == CrashScenario.IMPORT) {
            makeImportTemplate();
        }
    }

    /** A workshop file with a course, people, events, sessions and enrolments, names carrying the import token. */
    private void makeImportTemplate() {
        WorkspaceFile source = WorkspaceFile.of(root.resolve("import-source").resolve("source.mv.db"));
        try (Workspace workspace = new JdbcWorkspaceOpener().create(source)) {
            DirectoryService directory = new DirectoryService(workspace.operations());
            List<Long> people = new ArrayList<>();
            for (int j = 1; j <= IMPORT_PEOPLE; j++) {
                people.add(directory.addPerson(Person.participant("Imported " + CrashWorkload.IMPORT_TOKEN + "-" + j)).id());
            }
            long courseId = directory.addCourse(new Course(0, "Import course " + CrashWorkload.IMPORT_TOKEN,
                    Optional.empty(), CourseFormat.IN_PERSON, 120, Optional.empty())).id();
            Instant now = Instant.parse("2026-11-01T09:00:00Z");
            workspace.operations().inTransaction(store -> {
                for (int e = 0; e < IMPORT_EVENTS; e++) {
                    LocalDate first = LocalDate.of(2027, 2, 1).plusDays(4L * e);
                    Event event = store.insertEvent(new Event(0, courseId, Optional.empty(), "Import", "", 20, 0,
                            EventStatus.OPEN, first, first.plusDays(2), Optional.empty()));
                    for (int day = 0; day < 3; day++) {
                        LocalDateTime start = first.plusDays(day).atTime(14, 0);
                        store.insertSession(new Session(0, event.id(), Optional.empty(), start, start.plusHours(2),
                                ZoneId.of("Europe/Berlin"), Optional.empty(), "", List.of(), Optional.empty()));
                    }
                    for (int j = 0; j < 15; j++) {
                        store.insertEnrolment(new Enrolment(0, event.id(), people.get((e * 5 + j) % IMPORT_PEOPLE),
                                EnrolmentStatus.ENROLLED, now, now, 0));
                    }
                }
                return null;
            });
            new JsonWorkshopFile().write(workspace, new ExportOptions(EnumSet.of(ExportSection.OPERATIONS), false,
                    Clock.fixed(now, ZoneOffset.UTC)), root.resolve("template.json"), ExportProgress.NONE);
            importValue = ((JdbcWorkspace) workspace).database().inTransaction(CrashContent::read)
                    .get("import:" + CrashWorkload.IMPORT_TOKEN);
        }
    }

    private void trial(int index, long seed) throws IOException, InterruptedException {
        Path dir = root.resolve(scenario.name().toLowerCase() + "-" + index);
        Files.createDirectories(dir);
        WorkspaceFile file = WorkspaceFile.of(dir.resolve("plan.mv.db"));
        Files.copy(template, file.path());
        if (scenario == CrashScenario.IMPORT) {
            Files.copy(root.resolve("template.json"), dir.resolve("template.json"));
        }
        // Closing with H2's compaction takes 200 ms and more: the kill may come any time in it.
        int window = scenario == CrashScenario.CLOSE && settings == CrashSettings.COMPACT_ON_CLOSE
                ? 300 : scenario.killWindowMillis();
        int delay = new Random(~seed).nextInt(window);
        int problemsBefore = problems.size();
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(CrashWorkload.class, dir.resolve("child.err"), scenario.name(),
                file.path().toString(), settings.name(), Long.toString(seed))) {
            // The random delay starts at the first acknowledgement (for CLOSE: at CLOSING), so every
            // trial has work to check even when the first operation is slow (a cold JVM's first import).
            String startAt = scenario == CrashScenario.CLOSE ? "CLOSING" : "ACK ";
            do {
                lines.add(child.nextLine(START_TIMEOUT));
            } while (!lines.get(lines.size() - 1).startsWith(startAt));
            long from = System.nanoTime();
            Thread.sleep(delay);
            boolean endedByItself = !child.isAlive();
            killMillis.add((System.nanoTime() - from) / 1_000_000);
            child.kill();
            lines.addAll(child.remainingLines(OUTPUT_TIMEOUT));
            // Only the CLOSE child may end by itself (it closed before the kill came), and only well.
            if (endedByItself && (scenario != CrashScenario.CLOSE || child.exitCode(OUTPUT_TIMEOUT) != 0)) {
                childFailures++;
                problems.add("seed " + seed + ": the child ended by itself: " + child.errors());
            }
        }
        CrashLog log = CrashLog.of(lines);
        acknowledged += log.acknowledgedOperations();
        if (scenario == CrashScenario.CLOSE) {
            log.closeMillis().ifPresentOrElse(closeMillis::add, () -> killedWhileClosing++);
        }
        check(file, log, dir, seed);
        if (scenario == CrashScenario.BACKUP) {
            checkBackups(dir, log, seed);
        }
        if (problems.size() > problemsBefore) {
            Files.write(dir.resolve("stdout.txt"), lines);
            problems.subList(problemsBefore, problems.size()).forEach(problem -> System.out.println("  " + problem));
            keepForReplay(dir, seed);
        } else {
            deleteTree(dir);
        }
    }

    /** Opens the workspace with the real opener, runs a full SCRIPT, compares its content with what was acknowledged. */
    private void check(WorkspaceFile file, CrashLog log, Path dir, long seed) {
        Workspace workspace;
        try {
            workspace = new JdbcWorkspaceOpener().open(file);
        } catch (RuntimeException e) {
            openFailures++;
            problems.add("seed " + seed + ": the workspace does not open: " + describe(e));
            return;
        }
        try (workspace) {
            Database database = ((JdbcWorkspace) workspace).database();
            try {
                database.inTransaction(connection -> {
                    CrashContent.script(connection, dir.resolve("script.sql"));
                    return null;
                });
            } catch (RuntimeException e) {
                scriptFailures++;
                problems.add("seed " + seed + ": SCRIPT fails: " + describe(e));
                return;
            }
            Map<String, String> actual = database.inTransaction(CrashContent::read);
            CrashContent.Verdict verdict = CrashContent.compare(log.acknowledged(), log.inFlight(), actual, importValue);
            log.inFlight().filter(op -> !op.isBackup()).ifPresent(op -> {
                if (CrashWorkload.IMPORT_VALUE.equals(op.value()) ? importValue.equals(actual.get(op.key()))
                        : op.value().equals(actual.get(op.key()))) {
                    inFlightCommitted++;
                } else {
                    inFlightNotCommitted++;
                }
            });
            lost += verdict.lost();
            partial += verdict.partial();
            unexpected += verdict.unexpected();
            verdict.problems().stream().limit(5).forEach(p -> problems.add("seed " + seed + ": " + p));
        }
    }

    /** Every finished backup zip unzips, opens as a workspace and holds what was acknowledged when it began. */
    private void checkBackups(Path dir, CrashLog log, long seed) throws IOException {
        Path backups = dir.resolve("backups");
        List<Path> files;
        try (Stream<Path> listed = Files.exists(backups) ? Files.list(backups) : Stream.empty()) {
            files = listed.sorted().toList();
        }
        List<Path> zips = files.stream().filter(f -> f.getFileName().toString().endsWith(".zip")).toList();
        // A .part is a backup the kill interrupted: ignored by design (never renamed to .zip).
        backupsInterrupted += (int) files.stream().filter(f -> f.getFileName().toString().endsWith(".zip.part")).count();
        for (String key : log.backupsAcknowledged()) {
            String n = key.substring("backup:".length());
            if (!Files.exists(backups.resolve("plan-" + n + ".zip"))) {
                backupFailures++;
                problems.add("seed " + seed + ": acknowledged backup " + n + " is missing");
            }
        }
        for (Path zip : zips) {
            backupsChecked++;
            String name = zip.getFileName().toString();
            Optional<String> problem = checkBackup(zip, log.atBackupStart("backup:"
                    + name.substring("plan-".length(), name.length() - ".zip".length())), dir.resolve("restored-" + name));
            if (problem.isPresent()) {
                backupFailures++;
                problems.add("seed " + seed + ": backup " + name + ": " + problem.get());
            }
        }
    }

    private Optional<String> checkBackup(Path zip, Optional<Map<String, String>> promised, Path folder) {
        if (promised.isEmpty()) {
            return Optional.of("exists, but no backup by that name began");
        }
        try (Workspace workspace = new JdbcWorkspaceOpener().open(unzip(zip, folder))) {
            Database database = ((JdbcWorkspace) workspace).database();
            database.inTransaction(connection -> {
                CrashContent.script(connection, folder.resolve("script.sql"));
                return null;
            });
            CrashContent.Verdict verdict = CrashContent.compare(promised.get(), Optional.empty(),
                    database.inTransaction(CrashContent::read), importValue);
            return verdict.clean() ? Optional.empty() : Optional.of(String.join("; ", verdict.problems()));
        } catch (IOException | RuntimeException e) {
            return Optional.of(describe(e));
        }
    }

    private static WorkspaceFile unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path database = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder) || entry.isDirectory()) {
                    continue;
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (target.getFileName().toString().endsWith(WorkspaceFile.SUFFIX)) {
                    database = target;
                }
            }
        }
        if (database == null) {
            throw new IOException(zip + " holds no " + WorkspaceFile.SUFFIX + " file");
        }
        return WorkspaceFile.of(database);
    }

    /** A failing trial's folder is copied to target/crash-failures, since the test's temp folder goes away. */
    private void keepForReplay(Path dir, long seed) throws IOException {
        Path kept = Path.of("target", "crash-failures", scenario + "-" + settings + "-" + seed);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path from : files.toList()) {
                Path to = kept.resolve(dir.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
