package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/** The deck's rectangles, boxes and paragraphs: copies of the first of their look, the same XML as POI's calls make. */
class DeckShapesTest {

    private static final Rectangle2D BAR = new Rectangle2D.Double(0, 0, 960, 64);
    private static final Rectangle2D TITLE = new Rectangle2D.Double(36, 8, 832, 48);
    private static final Rectangle2D BODY = new Rectangle2D.Double(36, 80, 888, 410);
    private static final DeckShapes.Look BOLD = DeckShapes.Look.of(26, Color.WHITE, true);
    private static final DeckShapes.Look BULLET = new DeckShapes.Look(16, PoiDeck.INK, false, null, true);
    private static final DeckShapes.Look RIGHT = new DeckShapes.Look(10, PoiDeck.MUTED, false, TextAlign.RIGHT, false);

    /** Three slides alike, as the deck draws them, with different texts. */
    private interface Drawing {
        void rectangle(XSLFSlide slide, Rectangle2D anchor, Color fill);

        XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, VerticalAlignment alignment);

        void paragraph(XSLFTextBox box, String text, DeckShapes.Look look);
    }

    private static void draw(XMLSlideShow deck, Drawing drawing) {
        for (int s = 1; s <= 3; s++) {
            XSLFSlide slide = deck.createSlide();
            drawing.rectangle(slide, BAR, PoiDeck.ACCENT);
            drawing.paragraph(drawing.box(slide, TITLE, VerticalAlignment.MIDDLE), "Title of slide " + s + " – “quoted” & <b>", BOLD);
            XSLFTextBox body = drawing.box(slide, BODY, null);
            drawing.paragraph(body, "Heading", DeckShapes.Look.of(16, PoiDeck.ACCENT, true));
            for (String line : List.of("first point of " + s, "", "third point")) {
                drawing.paragraph(body, line, BULLET);
            }
            drawing.rectangle(slide, new Rectangle2D.Double(0, 536, 960, 4), s == 2 ? PoiDeck.RED : PoiDeck.ACCENT);
            drawing.paragraph(drawing.box(slide, new Rectangle2D.Double(844, 506, 80, 24), null), String.valueOf(s), RIGHT);
        }
    }

    @Test
    void everyShapeIsTheXmlPoisCallsMake() throws IOException {
        try (XMLSlideShow copied = new XMLSlideShow(); XMLSlideShow made = new XMLSlideShow()) {
            DeckShapes shapes = new DeckShapes();
            draw(copied, new Drawing() {
                @Override
                public void rectangle(XSLFSlide slide, Rectangle2D anchor, Color fill) {
                    shapes.rectangle(slide, anchor, fill);
                }

                @Override
                public XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, VerticalAlignment alignment) {
                    return shapes.box(slide, anchor, alignment);
                }

                @Override
                public void paragraph(XSLFTextBox box, String text, DeckShapes.Look look) {
                    shapes.paragraph(box, text, look);
                }
            });
            draw(made, new PoisCalls());
            for (int s = 0; s < 3; s++) {
                String expected = made.getSlides().get(s).getXmlObject().xmlText();
                assertTrue(expected.contains("third point") && expected.contains("buChar"), expected);
                assertEquals(expected, copied.getSlides().get(s).getXmlObject().xmlText(), "slide " + (s + 1));
            }
        }
    }

    /** The deck's shapes made with POI's calls alone, each time. */
    private static final class PoisCalls implements Drawing {

        @Override
        public void rectangle(XSLFSlide slide, Rectangle2D anchor, Color fill) {
            DeckShapes.styled(slide.createAutoShape(), anchor, fill);
        }

        @Override
        public XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, VerticalAlignment alignment) {
            return DeckShapes.styled(slide.createTextBox(), anchor, alignment);
        }

        @Override
        public void paragraph(XSLFTextBox box, String text, DeckShapes.Look look) {
            DeckShapes.styled(box.addNewTextParagraph(), text, look);
        }
    }

    @Test
    void copiesReadBackWithTheirOwnTexts() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            DeckShapes shapes = new DeckShapes();
            for (String title : List.of("one", "two")) {
                shapes.paragraph(shapes.box(deck.createSlide(), TITLE, VerticalAlignment.MIDDLE), title, BOLD);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            deck.write(out);
            try (XMLSlideShow back = new XMLSlideShow(new java.io.ByteArrayInputStream(out.toByteArray()))) {
                XSLFTextShape second = (XSLFTextShape) back.getSlides().get(1).getShapes().get(0);
                assertEquals("two", second.getText());
                assertEquals(VerticalAlignment.MIDDLE, second.getVerticalAlignment());
                assertEquals(26.0, second.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize());
            }
        }
    }
}
