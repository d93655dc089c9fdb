package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.SignInSheet;

class PoiSignInSheetTest {

    private static final SignInSheet.Labels LABELS = new SignInSheet.Labels("Sign-in", "Sign-in sheet", "Course", "When",
            "Room or link", "Facilitators", "Name", "Signature", "Page {0} of {1}", Locale.UK);

    @TempDir
    Path dir;

    private static SignInSheet sheet(List<String> participants) {
        return new SignInSheet("Negotiation & influence", LocalDateTime.of(2026, 3, 10, 9, 0),
                LocalDateTime.of(2026, 3, 10, 10, 30), ZoneId.of("Europe/Paris"), "Boardroom 2",
                List.of("Ana Lima", "Ben O’Neil"), participants, LABELS);
    }

    private static List<String> participants() {
        return List.of("Chloé Martin", "=HYPERLINK(\"http://evil.example\",\"click\")", "David Okafor", "+1 555", "-minus",
                "@sum", "\tTabbed", "Zoë Ångström");
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    @Test
    void theSheetListsTheSessionAndEveryParticipantInOrder() throws IOException {
        Path file = dir.resolve("sign-in.xlsx");
        new PoiSignInSheet().write(sheet(participants()), file);
        try (XSSFWorkbook workbook = read(file)) {
            Sheet sheet = workbook.getSheet("Sign-in");
            assertEquals("Sign-in sheet", text(sheet, 0, 0));
            assertEquals("Course", text(sheet, 1, 0));
            assertEquals("Negotiation & influence", text(sheet, 1, 1));
            assertEquals("Tuesday, 10 March 2026, 09:00 – 10:30 (Europe/Paris)", text(sheet, 2, 1));
            assertEquals("Boardroom 2", text(sheet, 3, 1));
            assertEquals("Ana Lima, Ben O’Neil", text(sheet, 4, 1));
            int header = PoiSignInSheet.HEADER_ROW;
            assertEquals("Name", text(sheet, header, 0));
            assertEquals("Signature", text(sheet, header, 1));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < participants().size(); i++) {
                names.add(text(sheet, header + 1 + i, 0));
            }
            assertEquals(participants(), names, "every name, unchanged, in order");
            for (int i = 0; i < PoiSignInSheet.BLANK_ROWS; i++) {
                assertEquals("", text(sheet, header + 1 + participants().size() + i, 0), "rows for walk-ins");
            }
            assertEquals(header + participants().size() + PoiSignInSheet.BLANK_ROWS, sheet.getLastRowNum());
        }
    }

    @Test
    void signingRowsAreTallAndBordered() throws IOException {
        Path file = dir.resolve("sign-in.xlsx");
        new PoiSignInSheet().write(sheet(participants()), file);
        try (XSSFWorkbook workbook = read(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(PoiSignInSheet.HEADER_ROW + 1);
            assertTrue(first.getHeightInPoints() >= 28f, "tall enough to sign: " + first.getHeightInPoints());
            for (Cell cell : List.of(first.getCell(0), first.getCell(1), sheet.getRow(PoiSignInSheet.HEADER_ROW).getCell(1))) {
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderBottom());
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderLeft());
            }
            assertTrue(sheet.getColumnWidth(1) >= 40 * 256, "a wide signature column");
        }
    }

    @Test
    void thePrintSetupIsA4PortraitFittedToWidthWithRepeatedHeaderAndPageNumbers() throws IOException {
        Path file = dir.resolve("sign-in.xlsx");
        new PoiSignInSheet().write(sheet(participants()), file);
        try (XSSFWorkbook workbook = read(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertFalse(print.getLandscape());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertEquals(new CellRangeAddress(PoiSignInSheet.HEADER_ROW, PoiSignInSheet.HEADER_ROW, -1, -1), sheet.getRepeatingRows());
            assertFalse(sheet.isDisplayGridlines());
            assertFalse(sheet.isPrintGridlines());
            assertEquals("Page &P of &N", sheet.getFooter().getCenter());
            assertEquals("Negotiation && influence", sheet.getHeader().getLeft(), "a literal ampersand is doubled");
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
        Path file = dir.resolve("sign-in.xlsx");
        new PoiSignInSheet().write(sheet(participants()), file);
        try (XSSFWorkbook workbook = read(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            int first = PoiSignInSheet.HEADER_ROW + 1;
            for (int i = 0; i < participants().size(); i++) {
                Cell cell = sheet.getRow(first + i).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType(), "never a formula");
                boolean dangerous = SafeCells.needsNeutralising(participants().get(i));
                assertEquals(dangerous, cell.getCellStyle().getQuotePrefixed(), participants().get(i));
                assertEquals(BorderStyle.THIN, cell.getCellStyle().getBorderTop(), "the quoted style keeps the borders");
            }
        }
    }

    @Test
    void neutralisingCoversEveryDangerousFirstCharacter() {
        for (String text : List.of("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "\nx")) {
            assertTrue(SafeCells.needsNeutralising(text), text);
        }
        for (String text : List.of("", "Ana", " =1", "1-2", "ana@example.com")) {
            assertFalse(SafeCells.needsNeutralising(text), text);
        }
        assertFalse(SafeCells.needsNeutralising(null));
    }

    @Test
    void anEmptySessionStillPrintsItsBlankRows() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        new PoiSignInSheet().write(sheet(List.of()), file);
        try (XSSFWorkbook workbook = read(file)) {
            assertEquals(PoiSignInSheet.HEADER_ROW + PoiSignInSheet.BLANK_ROWS, workbook.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void aSessionOverMidnightShowsBothDates() {
        SignInSheet late = new SignInSheet("Night shift", LocalDateTime.of(2026, 3, 10, 22, 0), LocalDateTime.of(2026, 3, 11, 1, 0),
                ZoneId.of("Europe/Paris"), "", List.of(), List.of(), LABELS);
        assertEquals("Tuesday, 10 March 2026, 22:00 – Wednesday, 11 March 2026, 01:00 (Europe/Paris)", PoiSignInSheet.when(late));
    }

    @Test
    void anExistingFileIsReplacedAndNoTemporaryFileIsLeft() throws IOException {
        Path file = dir.resolve("sign-in.xlsx");
        Files.writeString(file, "old");
        new PoiSignInSheet().write(sheet(List.of("Ana")), file);
        try (XSSFWorkbook workbook = read(file)) {
            assertEquals("Ana", text(workbook.getSheetAt(0), PoiSignInSheet.HEADER_ROW + 1, 0));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFolderThatDoesNotExistGivesAStudioExceptionNamingTheFile() {
        Path file = dir.resolve("missing").resolve("sign-in.xlsx");
        StudioException e = assertThrows(StudioException.class, () -> new PoiSignInSheet().write(sheet(List.of("Ana")), file));
        assertEquals("operations.error.signInSheetWrite", e.messageKey());
        assertEquals("sign-in.xlsx", e.arguments()[0]);
    }
}
