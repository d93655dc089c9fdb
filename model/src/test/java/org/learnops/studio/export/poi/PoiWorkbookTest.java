package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.OperationsStore;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class PoiWorkbookTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, PARIS);
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path dir;
    private Workspace workspace;
    private Path out;

    @BeforeEach
    void createWorkspace() throws IOException {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(dir.resolve("w")));
        out = Files.createDirectories(dir.resolve("out"));
        workspace.stakeholders().add(new Stakeholder(0, HOSTILE, "CFO", StakeholderGroup.SENIOR_LEADER, "Finance", "EMEA",
                4, 3, Stance.SKEPTIC, "mallory@example.com"));
        tx(s -> {
            Person ana = s.insertPerson(new Person(0, "Ana Lima", "ana@example.com", "Retail", "EMEA",
                    Set.of(PersonRole.PARTICIPANT, PersonRole.COORDINATOR)));
            Person bo = s.insertPerson(new Person(0, "Bo Chen", "bo@example.com", "", "", Set.of(PersonRole.PARTICIPANT)));
            Person cy = s.insertPerson(new Person(0, "Cy Ode", "cy@example.com", "", "", Set.of(PersonRole.PARTICIPANT)));
            Course course = s.insertCourse(new Course(0, "Hybrid teams", Optional.of(5L), CourseFormat.IN_PERSON, 90,
                    Optional.empty()));
            Event event = s.insertEvent(new Event(0, course.id(), Optional.of(ana.id()), "Retail", "EMEA", 4, 0,
                    EventStatus.OPEN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), Optional.empty()));
            Session session = s.insertSession(new Session(0, event.id(), Optional.empty(),
                    LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 2, 12, 0), PARIS, Optional.empty(), "",
                    List.of(), Optional.empty()));
            s.insertEnrolment(new Enrolment(0, event.id(), ana.id(), EnrolmentStatus.ATTENDED, NOW, NOW, 0));
            s.insertEnrolment(new Enrolment(0, event.id(), bo.id(), EnrolmentStatus.NO_SHOW, NOW, NOW, 0));
            s.insertEnrolment(new Enrolment(0, event.id(), cy.id(), EnrolmentStatus.ENROLLED, NOW, NOW, 0));
            s.mark(session.id(), ana.id(), AttendanceMark.ATTENDED, NOW);
            s.mark(session.id(), bo.id(), AttendanceMark.NO_SHOW, NOW);
            s.insertCost(new CostLine(0, event.id(), CostCategory.ROOM, new BigDecimal("120.50"), "EUR", "Room"));
            s.insertCost(new CostLine(0, event.id(), CostCategory.CATERING, new BigDecimal("79.50"), "EUR", ""));
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private <T> T tx(Function<OperationsStore, T> work) {
        return workspace.operations().inTransaction(work);
    }

    private Path export(ExportOptions options, ExportProgress progress) {
        Path target = out.resolve("strategy.xlsx");
        new PoiWorkbook().write(workspace, options, target, progress);
        return target;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> headings(Sheet sheet) {
        List<String> headings = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesTheSummaryFirstThenOneSheetPerChosenSection() throws IOException {
        ExportOptions options = new ExportOptions(EnumSet.of(ExportSection.SCOPE, ExportSection.CHAMPIONS), false, CLOCK);
        try (XSSFWorkbook workbook = read(export(options, ExportProgress.NONE))) {
            assertEquals(List.of("Summary", "Scope", "Stakeholders", "Champions"), sheetNames(workbook));
        }
        try (XSSFWorkbook workbook = read(export(ExportOptions.everything(CLOCK), ExportProgress.NONE))) {
            assertEquals(List.of("Summary", "Scope", "Deliverables", "Findings", "Stakeholders", "Champions", "RACI",
                    "Done-conditions", "Glossary", "Policies", "Communications", "Events", "Sessions", "Enrolments",
                    "Attendance", "Costs"), sheetNames(workbook));
        }
    }

    @Test
    void tablesHaveAStyledFrozenFilteredHeaderAndRealDates() throws IOException {
        try (XSSFWorkbook workbook = read(export(ExportOptions.everything(CLOCK), ExportProgress.NONE))) {
            XSSFSheet events = workbook.getSheet("Events");
            assertEquals(1, events.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(events.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:L2", events.getCTWorksheet().getAutoFilter().getRef());
            Cell header = events.getRow(0).getCell(0);
            assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            assertTrue(events.getColumnWidth(1) >= 13 * 256, "the course column is wide enough for its title");

            Cell startsOn = events.getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, startsOn.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(startsOn));
            assertEquals(LocalDate.of(2026, 3, 2), startsOn.getLocalDateTimeCellValue().toLocalDate());

            Cell sessionStart = workbook.getSheet("Sessions").getRow(1).getCell(3);
            assertTrue(DateUtil.isCellDateFormatted(sessionStart));
            assertEquals(LocalDateTime.of(2026, 3, 2, 9, 0), sessionStart.getLocalDateTimeCellValue());
            assertEquals("Europe/Paris", workbook.getSheet("Sessions").getRow(1).getCell(5).getStringCellValue());
            assertTrue(workbook.getSheet("Sessions").getColumnWidth(3) >= 18 * 256, "wide enough not to show ###");
        }
    }

    @Test
    void fillRateTotalsAndSummaryAreFormulasThatEvaluate() throws IOException {
        try (XSSFWorkbook workbook = read(export(ExportOptions.everything(CLOCK), ExportProgress.NONE))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet events = workbook.getSheet("Events");
            assertEquals("Fill rate", events.getRow(0).getCell(11).getStringCellValue());
            Cell fillRate = events.getRow(1).getCell(11);
            assertEquals(CellType.FORMULA, fillRate.getCellType());
            assertEquals(0.75, evaluator.evaluate(fillRate).getNumberValue(), 1e-9); // 3 places held of 4
            assertEquals(0.75, fillRate.getNumericCellValue(), 1e-9, "the computed value is stored for viewers that do not recalculate");

            Sheet costs = workbook.getSheet("Costs");
            Cell total = costs.getRow(4).getCell(3);
            assertEquals("Total", costs.getRow(4).getCell(2).getStringCellValue());
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals("SUM(D2:D3)", total.getCellFormula());
            assertEquals(200.0, evaluator.evaluate(total).getNumberValue(), 1e-9);
            assertTrue(costs.getRow(1).getCell(3).getCellStyle().getDataFormatString().contains("EUR"));

            Sheet summary = workbook.getSheet("Summary");
            assertEquals(0.75, evaluator.evaluate(summaryValue(summary, "Fill rate (places held ÷ capacity)")).getNumberValue(), 1e-9);
            assertEquals(0.5, evaluator.evaluate(summaryValue(summary, "Attendance rate")).getNumberValue(), 1e-9);
            assertEquals(3.0, evaluator.evaluate(summaryValue(summary, "Enrolments")).getNumberValue(), 1e-9);
            Cell euros = summaryValue(summary, "Costs EUR");
            assertEquals(CellType.FORMULA, euros.getCellType());
            assertTrue(euros.getCellFormula().startsWith("SUMIFS("));
            assertEquals(200.0, evaluator.evaluate(euros).getNumberValue(), 1e-9);
            assertEquals(200.0, euros.getNumericCellValue(), 1e-9);
            assertTrue(workbook.getForceFormulaRecalculation());
        }
    }

    @Test
    void aTableLongerThanASheetGoesOnInContinuationSheetsAndTheSummaryCountsThemAll() throws IOException {
        Path target = out.resolve("long.xlsx");
        new PoiWorkbook(1).write(workspace, ExportOptions.everything(CLOCK), target, ExportProgress.NONE);
        try (XSSFWorkbook workbook = read(target)) {
            List<String> names = sheetNames(workbook);
            assertTrue(names.containsAll(List.of("Attendance", "Attendance (2)", "Enrolments (3)", "Costs (2)")), names.toString());
            Sheet second = workbook.getSheet("Attendance (2)");
            assertEquals(headings(workbook.getSheet("Attendance")), headings(second), "every part has the header");
            assertEquals("No-show", second.getRow(1).getCell(6).getStringCellValue());

            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet summary = workbook.getSheet("Summary");
            assertEquals(0.5, evaluator.evaluate(summaryValue(summary, "Attendance rate")).getNumberValue(), 1e-9);
            assertEquals(3.0, evaluator.evaluate(summaryValue(summary, "Enrolments")).getNumberValue(), 1e-9);
            assertEquals(200.0, evaluator.evaluate(summaryValue(summary, "Costs EUR")).getNumberValue(), 1e-9);
        }
    }

    private static Cell summaryValue(Sheet summary, String label) {
        for (Row row : summary) {
            Cell name = row.getCell(0);
            if (name != null && label.equals(name.getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no summary line " + label);
    }

    @Test
    void aRateWithNothingToDivideByIsEmptyNotZero() throws IOException {
        workspace.close();
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(dir.resolve("empty")));
        ExportOptions operations = new ExportOptions(EnumSet.of(ExportSection.OPERATIONS), false, CLOCK);
        try (XSSFWorkbook workbook = read(export(operations, ExportProgress.NONE))) {
            Sheet summary = workbook.getSheet("Summary");
            Cell attendance = summaryValue(summary, "Attendance rate");
            assertEquals(CellType.STRING, attendance.getCachedFormulaResultType());
            assertEquals("", attendance.getStringCellValue());
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertEquals("", evaluator.evaluate(summaryValue(summary, "Fill rate (places held ÷ capacity)")).getStringValue());
            assertEquals(0.0, summaryValue(summary, "Events").getNumericCellValue());
            assertEquals(1, workbook.getSheet("Events").getLastRowNum() + 1, "only the header");
            assertTrue(workbook.getSheet("Events").getFitToPage());
        }
    }

    @Test
    void eMailColumnsOnlyWithPersonalData() throws IOException {
        try (XSSFWorkbook workbook = read(export(ExportOptions.everything(CLOCK), ExportProgress.NONE))) {
            assertFalse(headings(workbook.getSheet("Enrolments")).contains("E-mail"));
            assertFalse(headings(workbook.getSheet("Stakeholders")).contains("E-mail"));
        }
        ExportOptions personal = new ExportOptions(EnumSet.allOf(ExportSection.class), true, CLOCK);
        try (XSSFWorkbook workbook = read(export(personal, ExportProgress.NONE))) {
            Sheet enrolments = workbook.getSheet("Enrolments");
            int column = headings(enrolments).indexOf("E-mail");
            assertEquals("ana@example.com", enrolments.getRow(1).getCell(column).getStringCellValue());
            Sheet stakeholders = workbook.getSheet("Stakeholders");
            assertEquals("mallory@example.com",
                    stakeholders.getRow(1).getCell(headings(stakeholders).indexOf("E-mail")).getStringCellValue());
        }
    }

    @Test
    void aFormulaLookingStakeholderNameIsQuotePrefixedText() throws IOException {
        try (XSSFWorkbook workbook = read(export(ExportOptions.everything(CLOCK), ExportProgress.NONE))) {
            Cell name = workbook.getSheet("Stakeholders").getRow(1).getCell(0);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(HOSTILE, name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void cancellingLeavesNoFileAndNoPartFile() throws IOException {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> export(ExportOptions.everything(CLOCK), cancelled));
        assertEquals(List.of(), filesIn(out));
    }

    @Test
    void aFailureHalfWayLeavesNoHalfFileAndKeepsTheEarlierOne() throws IOException {
        Path target = export(ExportOptions.everything(CLOCK), ExportProgress.NONE);
        byte[] earlier = Files.readAllBytes(target);
        ExportProgress failing = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                if (done == total && total > 0) {
                    throw new IllegalStateException("progress bar gone");
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        StudioException failure = assertThrows(StudioException.class,
                () -> export(ExportOptions.everything(CLOCK), failing));
        assertEquals("workbook.error.write", failure.messageKey());
        assertEquals(List.of(target), filesIn(out));
        assertTrue(java.util.Arrays.equals(earlier, Files.readAllBytes(target)));
    }

    @Test
    void aFolderThatCannotBeWrittenIsAStudioExceptionWithoutFiles() throws IOException {
        Path missing = out.resolve("gone").resolve("strategy.xlsx");
        StudioException failure = assertThrows(StudioException.class,
                () -> new PoiWorkbook().write(workspace, ExportOptions.everything(CLOCK), missing, ExportProgress.NONE));
        assertEquals("workbook.error.write", failure.messageKey());
        assertEquals(List.of(), filesIn(out));
    }
}
