package org.learnops.studio.exchange;

import java.util.List;

/**
 * A table read from a spreadsheet or CSV file, all cells as text: the first row as the header,
 * then the data rows, each with the line (CSV) or row number (XLSX) the user sees, counted from 1.
 * Every row has as many cells as the header.
 */
public record Table(List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row: where it is in the file, and its cells in header order. */
    public record Row(long line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}
