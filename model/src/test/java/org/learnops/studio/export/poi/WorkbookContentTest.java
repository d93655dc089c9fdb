package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.demo.DemoWorkspace;
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
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * Pins the whole workbook of a known workspace, cell by cell: every sheet in order, every cell's
 * type, value, formula and cached value, its number format, alignment, quote prefix and font,
 * column widths, frozen panes, filters, print setup and defined names. A speed-up of the export
 * must leave this text unchanged; a deliberate change of the workbook updates the expected file
 * (run this test with {@code -Dworkbook.content.update=true}, then review the diff).
 * <p>
 * The workspace is the large demo generator's shape at a small size (deterministic: seeded random,
 * fixed clock), plus rows made to be awkward: formula-looking text in every text column of the
 * operation's tables, a cancelled event, a waitlist, no-shows, a second currency, a deleted cost
 * line, a session without a room. Tables are cut at 250 rows per sheet, so the enrolments and the
 * attendance go on in continuation sheets.
 */
class WorkbookContentTest {

    private static final Path EXPECTED = Paths.get("src/test/resources/org/learnops/studio/export/poi/workbook-content.txt");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MARKED = Instant.parse("2026-03-02T16:30:00Z");

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void fill() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(dir.resolve("w")));
        DemoWorkspace.fill(workspace, DemoWorkspace.DemoSize.LARGE.volume().scaled(0.0003), true, CLOCK,
                ExportProgress.NONE);
        workspace.operations().inTransaction(s -> {
            Person plus = s.insertPerson(new Person(0, "+Plus Sign", "=mail@example.com", "", "",
                    Set.of(PersonRole.PARTICIPANT, PersonRole.COORDINATOR)));
            Person minus = s.insertPerson(new Person(0, "-Minus", "@at@example.com", "", "", Set.of(PersonRole.PARTICIPANT)));
            Person tab = s.insertPerson(new Person(0, "\tTabbed", "", "", "", Set.of(PersonRole.PARTICIPANT)));
            Course course = s.insertCourse(new Course(0, "=HYPERLINK(\"http://evil.example\",\"click\")", Optional.empty(),
                    CourseFormat.IN_PERSON, 60, Optional.empty()));
            Room room = s.insertRoom(new Room(0, "@Room", "Site", 10, false, ""));
            Event open = s.insertEvent(new Event(0, course.id(), Optional.of(plus.id()), "=Area", "-Region", 2, 0,
                    EventStatus.OPEN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), Optional.empty()));
            Event cancelled = s.insertEvent(new Event(0, course.id(), Optional.empty(), "", "", 3, 0, EventStatus.OPEN,
                    LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6),
                    Optional.of(new Cancellation("+reason", MARKED, "me"))));
            Session first = s.insertSession(new Session(0, open.id(), Optional.empty(), LocalDateTime.of(2026, 3, 2, 9, 0),
                    LocalDateTime.of(2026, 3, 2, 12, 30), PARIS, Optional.of(room.id()), "", List.of(), Optional.empty()));
            s.insertSession(new Session(0, cancelled.id(), Optional.empty(), LocalDateTime.of(2026, 4, 6, 9, 0),
                    LocalDateTime.of(2026, 4, 6, 10, 0), ZoneId.of("America/Chicago"), Optional.empty(), "https://meet",
                    List.of(), Optional.empty()));
            s.insertEnrolment(new Enrolment(0, open.id(), plus.id(), EnrolmentStatus.ATTENDED, MARKED, MARKED, 0));
            s.insertEnrolment(new Enrolment(0, open.id(), minus.id(), EnrolmentStatus.NO_SHOW, MARKED, MARKED, 0));
            s.insertEnrolment(new Enrolment(0, open.id(), tab.id(), EnrolmentStatus.WAITLISTED, MARKED, MARKED, 1));
            s.insertEnrolment(new Enrolment(0, cancelled.id(), tab.id(), EnrolmentStatus.ENROLLED, MARKED, MARKED, 0));
            s.mark(first.id(), plus.id(), AttendanceMark.ATTENDED, MARKED);
            s.mark(first.id(), minus.id(), AttendanceMark.NO_SHOW, MARKED);
            s.insertCost(new CostLine(0, open.id(), CostCategory.ROOM, new BigDecimal("120.50"), "USD", "=1+1"));
            s.insertCost(new CostLine(0, open.id(), CostCategory.VENDOR, new BigDecimal("0.10"), "usd", "-"));
            CostLine gone = s.insertCost(new CostLine(0, open.id(), CostCategory.TRAVEL, BigDecimal.TEN, "EUR", "gone"));
            s.setCostDeleted(gone.id(), true);
            return null;
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theWholeWorkbookOfAKnownWorkspaceIsUnchanged() throws IOException {
        Path target = dir.resolve("content.xlsx");
        new PoiWorkbook(250).write(workspace, ExportOptions.everything(CLOCK), target, ExportProgress.NONE);
        String actual;
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            actual = describe(workbook);
        }
        assertTrue(actual.contains("Attendance (2)"), "the test's data reaches a continuation sheet");
        if (Boolean.getBoolean("workbook.content.update")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path written = Files.writeString(Paths.get("target", "workbook-content.actual.txt"), actual,
                    StandardCharsets.UTF_8);
            // the first differing line, then the whole text for a diff
            String[] want = expected.split("\n", -1);
            String[] got = actual.split("\n", -1);
            for (int i = 0; i < Math.min(want.length, got.length); i++) {
                assertEquals(want[i], got[i], "line " + (i + 1) + " differs; the whole workbook is in " + written.toAbsolutePath());
            }
            assertEquals(want.length, got.length, "line count; the whole workbook is in " + written.toAbsolutePath());
        }
    }

    /** Every visible property of the workbook as text, one line per cell. */
    static String describe(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        // styles numbered in the order cells first use them, so creating them in another order changes nothing
        Map<String, Integer> styles = new LinkedHashMap<>();
        text.append("forceFormulaRecalculation ").append(workbook.getForceFormulaRecalculation()).append('\n');
        for (Name name : workbook.getAllNames()) {
            text.append("name ").append(name.getNameName()).append(" sheet ").append(name.getSheetIndex()).append(' ')
                    .append(name.getRefersToFormula()).append('\n');
        }
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            text.append("== sheet ").append(s).append(' ').append(sheet.getSheetName()).append('\n');
            PaneInformation pane = sheet.getPaneInformation();
            if (pane != null) {
                text.append("pane ").append(pane.getHorizontalSplitPosition()).append(',')
                        .append(pane.getVerticalSplitPosition()).append(" frozen ").append(pane.isFreezePane()).append('\n');
            }
            if (sheet.getCTWorksheet().isSetAutoFilter()) {
                text.append("autoFilter ").append(sheet.getCTWorksheet().getAutoFilter().getRef()).append('\n');
            }
            PrintSetup print = sheet.getPrintSetup();
            text.append("print fitToPage ").append(sheet.getFitToPage()).append(" paper ").append(print.getPaperSize())
                    .append(" landscape ").append(print.getLandscape()).append(" fit ").append(print.getFitWidth())
                    .append('x').append(print.getFitHeight()).append(" repeating ").append(sheet.getRepeatingRows())
                    .append('\n');
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                text.append("merged ").append(merged.formatAsString()).append('\n');
            }
            int lastColumn = 0;
            for (Row row : sheet) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum());
            }
            text.append("widths");
            for (int c = 0; c < lastColumn; c++) {
                text.append(' ').append(sheet.getColumnWidth(c));
            }
            text.append('\n');
            for (Row row : sheet) {
                text.append("row ").append(row.getRowNum() + 1).append('\n');
                for (Cell cell : row) {
                    text.append("  ").append(cell.getAddress().formatAsString()).append(' ').append(cellValue(cell))
                            .append(" | st").append(styles.computeIfAbsent(style(cell.getCellStyle()),
                                    key -> styles.size() + 1)).append('\n');
                }
            }
        }
        text.append("== styles\n");
        styles.forEach((style, number) -> text.append("st").append(number).append(' ').append(style).append('\n'));
        return text.toString();
    }

    private static String cellValue(Cell cell) {
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> "s " + escape(cell.getStringCellValue());
            case NUMERIC -> "n " + cell.getNumericCellValue();
            case BOOLEAN -> "b " + cell.getBooleanCellValue();
            case FORMULA -> "f " + cell.getCellFormula() + " = " + switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> "n " + cell.getNumericCellValue();
                case STRING -> "s " + escape(cell.getStringCellValue());
                default -> cell.getCachedFormulaResultType().name();
            };
            default -> type.name();
        };
    }

    private static String style(CellStyle cellStyle) {
        XSSFCellStyle style = (XSSFCellStyle) cellStyle;
        XSSFFont font = style.getFont();
        return "fmt " + escape(style.getDataFormatString()) + " align " + style.getAlignment() + "/"
                + style.getVerticalAlignment() + " quote " + style.getQuotePrefixed() + " fill "
                + style.getFillForegroundColor() + "/" + style.getFillPattern() + " border " + style.getBorderBottom()
                + " font " + (font.getBold() ? "bold " : "") + font.getColor();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
