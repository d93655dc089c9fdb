package org.learnops.studio.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.Table;

/** What a real workbook gives; the hostile corpus (HostileInputTest) covers the refusals. */
class XlsxReaderTest {

    @TempDir
    Path dir;

    @Test
    void cellsComeAsTheTextExcelShowsGapsAsEmptyAndFormulasAsTheirStoredValue() throws IOException {
        Path file = dir.resolve("people.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("People");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Starts");
            header.createCell(2).setCellValue("Seats");
            header.createCell(3).setCellValue("Total");
            Row ada = sheet.createRow(1);
            ada.createCell(0).setCellValue("Ada");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            ada.createCell(1).setCellValue(LocalDate.of(2026, 3, 2));
            ada.getCell(1).setCellStyle(date);
            ada.createCell(2).setCellValue(12.5);
            ada.createCell(3).setCellFormula("C2*2"); // stored without a cached value: POI does not calculate on write
            Row grace = sheet.createRow(3); // row 3 left empty
            grace.createCell(2).setCellValue(8);
            workbook.write(out);
        }

        Table table = new XlsxReader().read(file);

        assertEquals(List.of("Name", "Starts", "Seats", "Total"), table.header());
        assertEquals(List.of(new Table.Row(2, List.of("Ada", "2026-03-02", "12.5", "")),
                new Table.Row(4, List.of("", "", "8", ""))), table.rows(),
                "a formula with no stored value is empty: never calculated here");
    }

    @Test
    void readingLeavesPoisZipBombLimitsAsTheyWere() throws IOException {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long entry = ZipSecureFile.getMaxEntrySize();
        assertThrows(StudioException.class, () -> new XlsxReader().read(Path.of("src/test/resources/hostile/xlsx/zip-bomb.xlsx")));
        assertEquals(0.01, ratio, "POI's default ratio is in force");
        assertEquals(ratio, ZipSecureFile.getMinInflateRatio());
        assertEquals(entry, ZipSecureFile.getMaxEntrySize());
    }
}
