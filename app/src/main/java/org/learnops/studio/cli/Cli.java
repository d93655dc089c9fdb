package org.learnops.studio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.exchange.FileWriters;
import org.learnops.studio.demo.DemoWorkspace;
import org.learnops.studio.demo.DemoWorkspace.DemoSize;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.export.DeckExport;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.export.WorkbookExport;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.WorkspaceOpener;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.DataFolder;
import org.learnops.studio.workspace.WorkspaceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code learnops export | import | demo}, no window. Every text comes from the
 * app's bundle; a failure prints one line {@code learnops: <reason>} on standard error and exits
 * non-zero; long work prints a percentage on standard error.
 */
@Command(name = "learnops", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "LearnOps Studio without a window: export a workspace, import a workshop file, create a demo.",
        subcommands = {Cli.Export.class, Cli.Import.class, Cli.Demo.class})
public final class Cli implements Runnable {

    /** Exit code of a failure the user can fix (a missing file, a locked workspace…). */
    public static final int FAILED = 1;
    /** Exit code of a command line picocli could not parse. */
    public static final int USAGE = 2;

    /** What the commands work with; tests hand in fakes. */
    public record Tools(WorkspaceOpener opener, Supplier<WorkbookExport> workbook, Supplier<DeckExport> deck,
                        Supplier<WorkshopFile> workshopFile, Clock clock, Messages messages) {
    }

    private final Tools tools;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    public Cli(Tools tools) {
        this.tools = tools;
    }

    public static void main(String[] args) {
        if (System.getProperty("learnops.logDir") == null) {
            System.setProperty("learnops.logDir", DataFolder.resolve().resolve("logs").toString());
        }
        // SLF4J's own start-up notes would break "one line on stderr"; the log file has the rest.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        FileWriters writers = FileWriters.ofThisBuild();
        Tools tools = new Tools(new JdbcWorkspaceOpener(), () -> present(writers.workbook(), "--xlsx"),
                () -> present(writers.deck(), "--pptx"), () -> present(writers.workshopFile(), "--json"),
                Clock.systemDefaultZone(), Messages.load(Locale.getDefault()));
        System.exit(commandLine(tools).execute(args));
    }

    /** The configured command line: one-line errors, case-insensitive enum values. */
    public static CommandLine commandLine(Tools tools) {
        CommandLine line = new CommandLine(new Cli(tools), new Factory(tools));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("learnops: " + oneLine(e.getMessage())
                    + " (" + tools.messages().get("cli.seeHelp") + ")");
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            String reason;
            if (e instanceof StudioException) {
                reason = tools.messages().describe(e);
            } else {
                // not a static logger: SLF4J starts only after main pointed the log file at the data folder
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("The command failed", e);
                reason = tools.messages().get("cli.error.unexpected", e.toString());
            }
            commandLine.getErr().println("learnops: " + oneLine(reason));
            return FAILED;
        });
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Creates the subcommands with the tools. */
    private record Factory(Tools tools) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == Export.class) {
                return type.cast(new Export(tools));
            }
            if (type == Import.class) {
                return type.cast(new Import(tools));
            }
            if (type == Demo.class) {
                return type.cast(new Demo(tools));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version from the build's version.properties, as the About box shows it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("/org/learnops/studio/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // the development version then
            }
            return new String[] {"LearnOps Studio " + properties.getProperty("version", "development")};
        }
    }

    // --- export ---

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the workspace as an Excel workbook, a PowerPoint deck and/or a workshop file (JSON).")
    static final class Export implements Callable<Integer> {

        private final Tools tools;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace file (.mv.db)")
        private Path workspace;

        @Option(names = "--xlsx", paramLabel = "F", description = "write the Excel workbook to F")
        private Path xlsx;

        @Option(names = "--pptx", paramLabel = "F", description = "write the stakeholder deck to F")
        private Path pptx;

        @Option(names = "--json", paramLabel = "F", description = "write the workshop file to F")
        private Path json;

        @Option(names = "--include-personal-data",
                description = "include participants' and stakeholders' e-mail addresses (left out by default)")
        private boolean personalData;

        @Option(names = "--sections", split = ",", paramLabel = "S",
                description = "only these sections: scope, expectations, needs-analysis, champions, governance, "
                        + "key-questions, artefacts, operations, next-steps (default: all)")
        private List<String> sections = List.of();

        Export(Tools tools) {
            this.tools = tools;
        }

        @Override
        public Integer call() {
            if (xlsx == null && pptx == null && json == null) {
                throw new StudioException("cli.error.nothingToExport");
            }
            ExportOptions options = new ExportOptions(sections(sections), personalData, tools.clock());
            PrintWriter err = spec.commandLine().getErr();
            try (Workspace opened = tools.opener().open(WorkspaceFile.of(workspace))) {
                if (xlsx != null) {
                    tools.workbook().get().write(opened, options, xlsx, new Percent(err, tools.messages().get("cli.progress.workbook")));
                    written(xlsx);
                }
                if (pptx != null) {
                    tools.deck().get().write(opened, options, pptx, new Percent(err, tools.messages().get("cli.progress.deck")));
                    written(pptx);
                }
                if (json != null) {
                    tools.workshopFile().get().write(opened, options, json, new Percent(err, tools.messages().get("cli.progress.workshopFile")));
                    written(json);
                }
            }
            return 0;
        }

        private void written(Path file) {
            spec.commandLine().getOut().println(tools.messages().get("cli.written", file.toAbsolutePath()));
        }

        private Set<ExportSection> sections(List<String> names) {
            if (names.isEmpty()) {
                return EnumSet.allOf(ExportSection.class);
            }
            Set<ExportSection> chosen = EnumSet.noneOf(ExportSection.class);
            for (String name : names) {
                String normal = name.strip().replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_').toUpperCase(Locale.ROOT);
                ExportSection section = Arrays.stream(ExportSection.values()).filter(s -> s.name().equals(normal))
                        .findFirst().orElseThrow(() -> new StudioException("cli.error.unknownSection", name.strip(),
                                Arrays.stream(ExportSection.values()).map(Cli::sectionName).collect(Collectors.joining(", "))));
                chosen.add(section);
            }
            return chosen;
        }
    }

    static String sectionName(ExportSection section) {
        return section.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // --- import ---

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a workshop file (JSON) into a workspace; a workspace that does not exist is created.")
    static final class Import implements Callable<Integer> {

        private final Tools tools;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace file (.mv.db)")
        private Path workspace;

        @Option(names = "--json", required = true, paramLabel = "F", description = "the workshop file to import")
        private Path json;

        @Option(names = "--dry-run", description = "only show what would be added, changed and left alone")
        private boolean dryRun;

        Import(Tools tools) {
            this.tools = tools;
        }

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(json)) {
                throw new StudioException("cli.error.noFile", json.toAbsolutePath());
            }
            WorkshopFile workshopFile = tools.workshopFile().get();
            WorkspaceFile target = WorkspaceFile.of(workspace);
            boolean exists = Files.exists(target.path());
            PrintWriter out = spec.commandLine().getOut();
            if (dryRun) {
                if (exists) {
                    try (Workspace opened = tools.opener().open(target)) {
                        print(out, tools.messages().get("cli.import.preview"), workshopFile.preview(opened, json, ExportProgress.NONE));
                    }
                } else {
                    // compare with an empty workspace that is thrown away: a dry run writes nothing
                    Path scratch = Files.createTempDirectory("learnops-dry-run");
                    WorkspaceFile empty = WorkspaceFile.of(scratch.resolve("empty"));
                    try (Workspace opened = tools.opener().create(empty)) {
                        print(out, tools.messages().get("cli.import.preview"), workshopFile.preview(opened, json, ExportProgress.NONE));
                    } finally {
                        deleteQuietly(empty, scratch);
                    }
                }
                return 0;
            }
            ImportPreview done;
            boolean completed = false;
            try (Workspace opened = exists ? tools.opener().open(target) : tools.opener().create(target)) {
                done = workshopFile.importInto(opened, json, new Percent(spec.commandLine().getErr(),
                        tools.messages().get("cli.progress.import")));
                completed = true;
            } finally {
                if (!exists && !completed) {
                    deleteQuietly(target, null); // the import failed: leave no half-made workspace behind
                }
            }
            print(out, tools.messages().get("cli.import.done", target.path().toAbsolutePath()), done);
            return 0;
        }

        private void print(PrintWriter out, String heading, ImportPreview preview) {
            out.println(heading);
            for (ImportPreview.Line line : preview.lines()) {
                out.println("  " + tools.messages().get("cli.import.line", tools.messages().get(line.recordKind()),
                        line.added(), line.changed(), line.unchanged()));
            }
            out.println(tools.messages().get("cli.import.total", preview.totalAdded(), preview.totalChanged()));
        }
    }

    private static void deleteQuietly(WorkspaceFile file, Path folder) {
        try {
            Files.deleteIfExists(file.path());
            Files.deleteIfExists(file.lockFile());
            Path trace = file.databasePath().resolveSibling(file.name() + ".trace.db");
            Files.deleteIfExists(trace);
            if (folder != null) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    // --- demo ---

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Create a demo workspace: Northwind Logistics, every strategy step and a year of operations.")
    static final class Demo implements Callable<Integer> {

        private final Tools tools;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--workspace", required = true, paramLabel = "W", description = "the workspace file to create")
        private Path workspace;

        @Option(names = "--size", paramLabel = "SIZE", defaultValue = "small",
                description = "small (150 people, 120 events) or large (10,000 people, 100,000 events, 1,000,000 enrolments); default: ${DEFAULT-VALUE}")
        private DemoSize size;

        Demo(Tools tools) {
            this.tools = tools;
        }

        @Override
        public Integer call() {
            WorkspaceFile target = WorkspaceFile.of(workspace);
            boolean exists = Files.exists(target.path());
            Instant started = Instant.now();
            long events;
            try (Workspace opened = exists ? tools.opener().open(target) : tools.opener().create(target)) {
                if (exists && !isEmpty(opened)) {
                    throw new StudioException("cli.error.notEmpty", target.path().toAbsolutePath());
                }
                DemoWorkspace.fill(opened, size, tools.clock(), new Percent(spec.commandLine().getErr(),
                        tools.messages().get("cli.progress.demo")));
                events = new EventService(opened.operations(), tools.clock(), "demo").countEvents(EventFilter.ALL);
            }
            spec.commandLine().getOut().println(tools.messages().get("cli.demo.done", target.path().toAbsolutePath(),
                    events, Duration.between(started, Instant.now()).toSeconds()));
            return 0;
        }

        private boolean isEmpty(Workspace opened) {
            return new ScopeService(opened.scope()).load().strategy().name().isBlank()
                    && new StakeholderService(opened.stakeholders()).list().isEmpty()
                    && new DirectoryService(opened.operations()).people().isEmpty();
        }
    }

    /** "Exporting the workbook… 42%" on standard error, rewritten in place, a new line at 100%. */
    static final class Percent implements ExportProgress {

        private final PrintWriter err;
        private final String label;
        private int shown = -1;

        Percent(PrintWriter err, String label) {
            this.err = err;
            this.label = label;
        }

        @Override
        public void update(long done, long total) {
            int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                err.print("\r" + label + " " + percent + "%");
                if (percent == 100) {
                    err.println();
                }
                err.flush();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static <T> T present(T writer, String option) {
        if (writer == null) {
            throw new StudioException("cli.error.notInThisBuild", option);
        }
        return writer;
    }
}
