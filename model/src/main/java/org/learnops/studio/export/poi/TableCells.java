package org.learnops.studio.export.poi;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;

/**
 * The deck's table cells. A cell is styled by whether it is in the header row and by its fill;
 * the first cell of each style in a deck is made with POI's calls (a dozen of them, each building
 * its bit of XML: text body, anchor, fill, run font, size, colour and weight, bottom border), and
 * the next ones are a copy of its XML with their own text: the same XML, in one step instead of
 * dozens. {@code TableCellsTest} compares every cell with the one POI's calls make.
 */
final class TableCells {

    private record Style(boolean header, Color fill) {
    }

    /** The first cell of each style, as POI's calls made it. */
    private final Map<Style, CTTableCell> made = new HashMap<>();

    /** Adds a cell at the end of {@code row}, its {@code text} already clipped and clean. */
    void add(XSLFTableRow row, boolean header, Color fill, String text) {
        Style style = new Style(header, fill);
        CTTableCell first = made.get(style);
        if (first == null) {
            made.put(style, (CTTableCell) styled(row.addCell(), header, fill, text).getXmlObject().copy());
        } else {
            CTTableCell cell = row.getXmlObject().addNewTc();
            cell.set(first);
            cell.getTxBody().getPArray(0).getRArray(0).setT(text);
        }
    }

    /** A cell styled with POI's calls: what every copy repeats. */
    static XSLFTableCell styled(XSLFTableCell cell, boolean header, Color fill, String text) {
        cell.clearText();
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (fill != null) {
            cell.setFillColor(fill);
        }
        boolean dark = header || (fill != null && PoiDeck.isDark(fill));
        PoiDeck.run(cell.addNewTextParagraph(), text, PoiDeck.TABLE_SIZE, dark ? Color.WHITE : PoiDeck.INK, header);
        cell.setBorderColor(BorderEdge.bottom, PoiDeck.ACCENT_SUBTLE);
        return cell;
    }
}
