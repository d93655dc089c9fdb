package org.learnops.studio.export.poi;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes user text into cells so that a spreadsheet program never takes it for a formula: text
 * starting with = + - @ or a tab, CR or LF (formula injection, OWASP "CSV injection") gets the
 * cell's quote-prefix flag, as if the user had typed an apostrophe first. The text itself is
 * written unchanged. One instance per workbook: it shares the quote-prefixed styles it creates.
 */
public final class SafeCells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    public SafeCells(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether a spreadsheet program could read {@code text} as a formula or a command. */
    public static boolean needsNeutralising(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n';
    }

    /** Sets {@code text} as the cell's string value, quote-prefixed when it needs neutralising; keeps the cell's style otherwise. */
    public void text(Cell cell, String text) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        if (needsNeutralising(value)) {
            CellStyle base = cell.getCellStyle();
            cell.setCellStyle(quoted.computeIfAbsent(base.getIndex(), index -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(base);
                style.setQuotePrefixed(true);
                return style;
            }));
        }
    }
}
