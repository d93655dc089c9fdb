package org.learnops.studio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.export.DeckExport;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.export.WorkbookExport;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.StakeholderService;
import org.learnops.studio.workspace.WorkspaceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> calls = new ArrayList<>();
    private final List<ExportOptions> options = new ArrayList<>();

    /** Writes "what" to the target and remembers the call: the real writers have their own tests. */
    private final class FakeWriter implements WorkbookExport, DeckExport {
        private final String what;

        FakeWriter(String what) {
            this.what = what;
        }

        @Override
        public void write(Workspace workspace, ExportOptions chosen, Path target, ExportProgress progress) {
            calls.add(what);
            options.add(chosen);
            progress.update(1, 2);
            progress.update(2, 2);
            try {
                Files.writeString(target, what);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final class FakeWorkshopFile implements WorkshopFile {
        @Override
        public void write(Workspace workspace, ExportOptions chosen, Path target, ExportProgress progress) {
            new FakeWriter("json").write(workspace, chosen, target, progress);
        }

        @Override
        public ImportPreview preview(Workspace workspace, Path source, ExportProgress progress) {
            calls.add("preview");
            return new ImportPreview(List.of(new ImportPreview.Line("exportSection.champions", 3, 1, 12)));
        }

        @Override
        public ImportPreview importInto(Workspace workspace, Path source, ExportProgress progress) {
            calls.add("import");
            if (source.getFileName().toString().startsWith("bad")) {
                throw new StudioException("export.error.cancelled");
            }
            new StakeholderService(workspace.stakeholders()).add(new org.learnops.studio.domain.stakeholder.Stakeholder(
                    0, "Imported", "", org.learnops.studio.domain.stakeholder.StakeholderGroup.OTHER, "", "", 3, 3,
                    org.learnops.studio.domain.stakeholder.Stance.NEUTRAL, ""));
            return preview(workspace, source, progress);
        }
    }

    private int run(String... args) {
        Cli.Tools tools = new Cli.Tools(new JdbcWorkspaceOpener(), () -> new FakeWriter("xlsx"), () -> new FakeWriter("pptx"),
                FakeWorkshopFile::new, CLOCK, Messages.load(Locale.ENGLISH));
        CommandLine line = Cli.commandLine(tools);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private String oneErrorLine() {
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr: " + err);
        assertTrue(lines.get(0).startsWith("learnops: "), lines.get(0));
        return lines.get(0);
    }

    private Path emptyWorkspace(String name) {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve(name));
        new JdbcWorkspaceOpener().create(file).close();
        return file.path();
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("export") && out.toString().contains("demo"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("LearnOps Studio"));
        assertEquals(0, run("export", "--help"));
        assertTrue(out.toString().contains("--include-personal-data"));
    }

    @Test
    void badArgumentsGiveOneLineAndUsageExitCode() {
        assertEquals(Cli.USAGE, run("export", "--xlsx", "a.xlsx"));
        assertTrue(oneErrorLine().contains("--workspace"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        oneErrorLine();
    }

    @Test
    void missingWorkspaceFailsWithTheModelsMessage() {
        assertEquals(Cli.FAILED, run("export", "--workspace", folder.resolve("nope").toString(), "--json",
                folder.resolve("x.json").toString()));
        assertTrue(oneErrorLine().contains("There is no workspace at"));
        assertTrue(calls.isEmpty());
    }

    @Test
    void unknownSectionIsNamed() {
        Path w = emptyWorkspace("w");
        assertEquals(Cli.FAILED, run("export", "--workspace", w.toString(), "--xlsx", folder.resolve("a.xlsx").toString(),
                "--sections", "scope,bogus"));
        assertTrue(oneErrorLine().contains("\"bogus\""));
        assertFalse(Files.exists(folder.resolve("a.xlsx")));
    }

    @Test
    void nothingToExportIsRefused() {
        Path w = emptyWorkspace("w");
        assertEquals(Cli.FAILED, run("export", "--workspace", w.toString()));
        assertTrue(oneErrorLine().contains("Nothing to export"));
    }

    @Test
    void aWorkspaceOpenElsewhereIsReportedAsOpen() {
        WorkspaceFile file = WorkspaceFile.of(folder.resolve("busy"));
        try (Workspace open = new JdbcWorkspaceOpener().create(file)) {
            assertEquals(Cli.FAILED, run("export", "--workspace", file.path().toString(), "--json",
                    folder.resolve("x.json").toString()));
            assertTrue(oneErrorLine().contains("already open"), err.toString());
        }
    }

    @Test
    void exportWritesEachChosenFormatWithTheOptions() {
        Path w = emptyWorkspace("w");
        assertEquals(0, run("export", "--workspace", w.toString(), "--xlsx", folder.resolve("a.xlsx").toString(),
                "--pptx", folder.resolve("a.pptx").toString(), "--json", folder.resolve("a.json").toString(),
                "--sections", "key-questions,OPERATIONS,needsAnalysis", "--include-personal-data"), err.toString());
        assertEquals(List.of("xlsx", "pptx", "json"), calls);
        assertTrue(Files.exists(folder.resolve("a.xlsx")) && Files.exists(folder.resolve("a.pptx"))
                && Files.exists(folder.resolve("a.json")));
        ExportOptions chosen = options.get(0);
        assertEquals(EnumSet.of(ExportSection.KEY_QUESTIONS, ExportSection.OPERATIONS, ExportSection.NEEDS_ANALYSIS),
                chosen.sections());
        assertTrue(chosen.includePersonalData());
        assertTrue(err.toString().contains("100%"), "progress on stderr");
        assertTrue(out.toString().contains("a.pptx"));
    }

    @Test
    void exportLeavesPersonalDataOutAndTakesAllSectionsByDefault() {
        Path w = emptyWorkspace("w");
        assertEquals(0, run("export", "--workspace", w.toString(), "--xlsx", folder.resolve("a.xlsx").toString()));
        assertEquals(List.of("xlsx"), calls);
        assertFalse(options.get(0).includePersonalData());
        assertEquals(EnumSet.allOf(ExportSection.class), options.get(0).sections());
    }

    @Test
    void dryRunPrintsThePreviewAndChangesNothing() throws IOException {
        Path source = Files.writeString(folder.resolve("in.json"), "{}");
        Path missing = folder.resolve("new-one");
        assertEquals(0, run("import", "--workspace", missing.toString(), "--json", source.toString(), "--dry-run"));
        assertTrue(out.toString().contains("Champions and stakeholders: 3 added, 1 changed, 12 unchanged"), out.toString());
        assertFalse(Files.exists(WorkspaceFile.of(missing).path()), "a dry run creates no workspace");
        assertEquals(List.of("preview"), calls);

        Path w = emptyWorkspace("w");
        assertEquals(0, run("import", "--workspace", w.toString(), "--json", source.toString(), "--dry-run"));
        try (Workspace open = new JdbcWorkspaceOpener().open(WorkspaceFile.of(w))) {
            assertTrue(new StakeholderService(open.stakeholders()).list().isEmpty());
        }
    }

    @Test
    void importCreatesAMissingWorkspace() throws IOException {
        Path source = Files.writeString(folder.resolve("in.json"), "{}");
        Path created = folder.resolve("created");
        assertEquals(0, run("import", "--workspace", created.toString(), "--json", source.toString()), err.toString());
        try (Workspace open = new JdbcWorkspaceOpener().open(WorkspaceFile.of(created))) {
            assertEquals(1, new StakeholderService(open.stakeholders()).list().size());
        }
        assertTrue(out.toString().contains("Imported into"));
    }

    @Test
    void aFailedImportLeavesNoNewWorkspaceBehind() throws IOException {
        Path source = Files.writeString(folder.resolve("bad.json"), "{}");
        Path created = folder.resolve("created");
        assertEquals(Cli.FAILED, run("import", "--workspace", created.toString(), "--json", source.toString()));
        oneErrorLine();
        assertFalse(Files.exists(WorkspaceFile.of(created).path()));
    }

    @Test
    void importOfAMissingFileIsRefused() {
        assertEquals(Cli.FAILED, run("import", "--workspace", folder.resolve("w").toString(), "--json",
                folder.resolve("none.json").toString()));
        assertTrue(oneErrorLine().contains("There is no file at"));
    }

    @Test
    void demoCreatesAWorkspaceAndRefusesToOverwriteIt() {
        Path w = folder.resolve("demo");
        assertEquals(0, run("demo", "--workspace", w.toString(), "--size", "small"), err.toString());
        assertTrue(out.toString().contains("120 events"), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(Cli.FAILED, run("demo", "--workspace", w.toString()));
        String line = oneErrorLine();
        assertTrue(line.contains("has data already"), line);

        assertEquals(0, run("export", "--workspace", w.toString(), "--xlsx", folder.resolve("demo.xlsx").toString()));
        assertTrue(Files.exists(folder.resolve("demo.xlsx")));
    }

    @Test
    void realWritersExportTheDemoAndTheWorkshopFileImportsIntoANewWorkspace() throws IOException {
        org.learnops.studio.app.exchange.FileWriters writers = org.learnops.studio.app.exchange.FileWriters.ofThisBuild();
        Cli.Tools tools = new Cli.Tools(new JdbcWorkspaceOpener(), writers::workbook, writers::deck, writers::workshopFile,
                CLOCK, Messages.load(Locale.ENGLISH));
        CommandLine line = Cli.commandLine(tools);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        Path demo = folder.resolve("demo");
        assertEquals(0, line.execute("demo", "--workspace", demo.toString()), err.toString());
        Path xlsx = folder.resolve("demo.xlsx");
        Path json = folder.resolve("demo.json");
        Path pptx = folder.resolve("demo.pptx");
        assertEquals(0, line.execute("export", "--workspace", demo.toString(), "--xlsx", xlsx.toString(),
                "--pptx", pptx.toString(), "--json", json.toString()), err.toString());
        assertTrue(Files.size(xlsx) > 10_000);
        try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(pptx))) {
            assertTrue(deck.getSlides().size() > 10, "a full deck of the demo: " + deck.getSlides().size());
        }
        assertTrue(Files.readString(json).contains("Northwind"));
        assertFalse(Files.readString(json).contains("@northwind.example"), "no e-mail addresses by default");

        out.getBuffer().setLength(0);
        Path copy = folder.resolve("copy");
        assertEquals(0, line.execute("import", "--workspace", copy.toString(), "--json", json.toString(), "--dry-run"),
                err.toString());
        assertTrue(out.toString().contains("added"), out.toString());
        assertFalse(Files.exists(WorkspaceFile.of(copy).path()));
        assertEquals(0, line.execute("import", "--workspace", copy.toString(), "--json", json.toString()), err.toString());
        try (Workspace open = new JdbcWorkspaceOpener().open(WorkspaceFile.of(copy))) {
            assertEquals(14, new StakeholderService(open.stakeholders()).list().size());
        }
    }

    @Test
    void demoSizeMustBeKnown() {
        assertEquals(Cli.USAGE, run("demo", "--workspace", folder.resolve("d").toString(), "--size", "huge"));
        assertTrue(oneErrorLine().contains("huge"));
    }
}
