package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.junit.jupiter.api.Test;

/** The deck's table cells: copies of the first cell of their style, the same XML as POI's calls make. */
class TableCellsTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("Area", "In scope", "Impact", "Effort"),
            List.of("Event management", "In", "5", ""),
            List.of("Compliance", "Out", "3 – “mid”", "4"),
            List.of("Learning technology administration & <tools>", "In", "1", "2"),
            List.of("+3 more", "", "", ""));
    private static final List<List<Color>> FILLS = List.of(
            Arrays.asList(null, PoiDeck.ACCENT_SUBTLE, null, PoiDeck.GREEN),
            Arrays.asList(null, null, PoiDeck.RED, PoiDeck.GREEN),
            Arrays.asList(null, PoiDeck.ACCENT_SUBTLE, PoiDeck.AMBER, PoiDeck.GREY),
            Arrays.asList(null, null, null, null));

    @Test
    void everyCellIsTheXmlPoisCallsMake() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFSlide slide = deck.createSlide();
            XSLFTable copied = table(slide);
            XSLFTable made = table(slide);
            TableCells cells = new TableCells();
            for (int r = 0; r < ROWS.size(); r++) {
                XSLFTableRow copiedRow = copied.addRow();
                XSLFTableRow madeRow = made.addRow();
                for (int c = 0; c < ROWS.get(r).size(); c++) {
                    boolean header = r == 0;
                    Color fill = header ? PoiDeck.ACCENT : FILLS.get(r - 1).get(c);
                    cells.add(copiedRow, header, fill, ROWS.get(r).get(c));
                    TableCells.styled(madeRow.addCell(), header, fill, ROWS.get(r).get(c));
                }
            }
            String expected = made.getCTTable().xmlText();
            assertTrue(expected.contains("DDF4FF") && expected.contains("Compliance"), expected);
            assertEquals(expected, copied.getCTTable().xmlText());
        }
    }

    @Test
    void aCopiedCellReadsBackWithItsOwnTextAndFill() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            XSLFTable table = table(deck.createSlide());
            TableCells cells = new TableCells();
            XSLFTableRow row = table.addRow();
            cells.add(row, false, PoiDeck.RED, "first");
            cells.add(row, false, PoiDeck.RED, "second");
            try (XMLSlideShow back = new XMLSlideShow(new java.io.ByteArrayInputStream(bytes(deck)))) {
                XSLFTable read = (XSLFTable) back.getSlides().get(0).getShapes().get(0);
                assertEquals("second", read.getCell(0, 1).getText());
                assertEquals(PoiDeck.RED, read.getCell(0, 1).getFillColor());
                assertEquals("first", read.getCell(0, 0).getText());
            }
        }
    }

    private static XSLFTable table(XSLFSlide slide) {
        XSLFTable table = slide.createTable();
        table.setAnchor(new Rectangle2D.Double(36, 80, 600, 130));
        for (int c = 0; c < 4; c++) {
            table.getCTTable().getTblGrid().addNewGridCol().setW(1_270_000);
        }
        return table;
    }

    private static byte[] bytes(XMLSlideShow deck) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        deck.write(out);
        return out.toByteArray();
    }
}
