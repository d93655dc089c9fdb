package org.learnops.studio.export.poi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.SignInSheet;
import org.learnops.studio.export.SignInSheetExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in sheet as an .xlsx laid out for printing: a title block with the session's details,
 * then a bordered Name | Signature table with rows tall enough to sign in, its header repeated on
 * every printed page; A4 portrait, fitted to the page width, page numbers in the footer, no
 * gridlines. A few empty rows at the end take walk-ins.
 */
public final class PoiSignInSheet implements SignInSheetExport {

    /** Empty rows after the participants, for people who come without a place. */
    public static final int BLANK_ROWS = 3;
    /** Zero-based row of the table's header (after heading, four detail lines and a gap). */
    static final int HEADER_ROW = 6;
    private static final float SIGNING_ROW_POINTS = 30f;
    private static final int NAME_WIDTH_CHARS = 42;
    private static final int SIGNATURE_WIDTH_CHARS = 48;
    private static final Logger LOG = LoggerFactory.getLogger(PoiSignInSheet.class);

    @Override
    public void write(SignInSheet sheet, Path target) {
        Path temporary = null;
        try {
            temporary = PartFile.beside(target, ".sign-in-", ".xlsx");
            try (Workbook workbook = build(sheet); OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            PartFile.moveIntoPlace(temporary, target);
            LOG.info("Sign-in sheet for {} with {} participants written to {}", sheet.courseTitle(),
                    sheet.participantNames().size(), target);
        } catch (IOException | RuntimeException e) {
            PartFile.deleteQuietly(temporary);
            throw new StudioException("operations.error.signInSheetWrite", e, target.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /** The workbook, built in memory (small: one sheet). */
    static Workbook build(SignInSheet data) {
        SignInSheet.Labels labels = data.labels();
        XSSFWorkbook workbook = new XSSFWorkbook();
        SafeCells cells = new SafeCells(workbook);
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.sheetName()));
        sheet.setColumnWidth(0, NAME_WIDTH_CHARS * 256);
        sheet.setColumnWidth(1, SIGNATURE_WIDTH_CHARS * 256);

        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        CellStyle headingStyle = workbook.createCellStyle();
        headingStyle.setFont(big);
        CellStyle labelStyle = workbook.createCellStyle();
        labelStyle.setFont(bold);
        labelStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle valueStyle = workbook.createCellStyle();
        valueStyle.setWrapText(true);
        valueStyle.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle tableHeader = bordered(workbook);
        tableHeader.setFont(bold);
        CellStyle tableCell = bordered(workbook);
        tableCell.setVerticalAlignment(VerticalAlignment.CENTER);

        Row heading = sheet.createRow(0);
        heading.setHeightInPoints(24f);
        cells.text(styled(heading.createCell(0), headingStyle), labels.heading());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));

        detail(sheet, cells, 1, labels.course(), data.courseTitle(), labelStyle, valueStyle);
        detail(sheet, cells, 2, labels.when(), when(data), labelStyle, valueStyle);
        detail(sheet, cells, 3, labels.place(), data.place(), labelStyle, valueStyle);
        detail(sheet, cells, 4, labels.facilitators(), String.join(", ", data.facilitatorNames()), labelStyle, valueStyle);

        Row header = sheet.createRow(HEADER_ROW);
        cells.text(styled(header.createCell(0), tableHeader), labels.name());
        cells.text(styled(header.createCell(1), tableHeader), labels.signature());
        List<String> names = data.participantNames();
        for (int i = 0; i < names.size() + BLANK_ROWS; i++) {
            Row row = sheet.createRow(HEADER_ROW + 1 + i);
            row.setHeightInPoints(SIGNING_ROW_POINTS);
            cells.text(styled(row.createCell(0), tableCell), i < names.size() ? names.get(i) : "");
            styled(row.createCell(1), tableCell);
        }

        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages as the names need
        sheet.getHeader().setLeft(escapeHeaderFooter(data.courseTitle()));
        sheet.getHeader().setRight(escapeHeaderFooter(when(data)));
        sheet.getFooter().setCenter(pageOfPages(labels.pageOfPages()));
        return workbook;
    }

    /** The session's date and times in the user's language, e.g. "Tuesday, 10 March 2026, 09:00 – 10:30 (Europe/Paris)". */
    static String when(SignInSheet data) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(data.labels().locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(data.labels().locale());
        String text = date.format(data.start()) + ", " + time.format(data.start()) + " – ";
        if (!data.end().toLocalDate().equals(data.start().toLocalDate())) {
            text += date.format(data.end()) + ", ";
        }
        return text + time.format(data.end()) + " (" + data.zone().getId() + ")";
    }

    /** The footer pattern with POI's page codes: {0} becomes the page number, {1} the page count. */
    static String pageOfPages(String pattern) {
        return escapeHeaderFooter(pattern).replace("{0}", "&P").replace("{1}", "&N");
    }

    /** An ampersand starts a code in Excel headers and footers; a literal one is written twice. */
    private static String escapeHeaderFooter(String text) {
        return text.replace("&", "&&");
    }

    private static void detail(Sheet sheet, SafeCells cells, int rowIndex, String label, String value,
                               CellStyle labelStyle, CellStyle valueStyle) {
        Row row = sheet.createRow(rowIndex);
        cells.text(styled(row.createCell(0), labelStyle), label);
        cells.text(styled(row.createCell(1), valueStyle), value);
    }

    private static Cell styled(Cell cell, CellStyle style) {
        cell.setCellStyle(style);
        return cell;
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
