package org.learnops.studio.export.poi;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The deck's rectangles, text boxes and paragraphs. Most look alike from slide to slide (the
 * title bar, the footer, a list's bullets): the first of each look is made with POI's calls (each
 * builds its bit of XML: anchor, fill, line, wrapping, alignment, bullet, run font, size, colour,
 * weight), the next ones are a copy of its XML with their own text. A shape is still created by
 * POI (its id and name), so the slide's XML is the same as with POI's calls alone;
 * {@code DeckShapesTest} compares them.
 */
final class DeckShapes {

    /** How a paragraph looks: one run of {@code size} points; a bullet hangs in {@link PoiDeck#BULLET_INDENT}. */
    record Look(double size, Color color, boolean bold, TextAlign align, boolean bullet) {

        static Look of(double size, Color color, boolean bold) {
            return new Look(size, color, bold, null, false);
        }
    }

    private record Rectangle(Rectangle2D anchor, Color fill) {
    }

    private record Box(Rectangle2D anchor, VerticalAlignment alignment) {
    }

    /** The first rectangle or empty text box of each kind, as POI's calls made it. */
    private final Map<Object, CTShape> shapes = new HashMap<>();
    /** The first paragraph of each look, as POI's calls made it. */
    private final Map<Look, CTTextParagraph> paragraphs = new HashMap<>();

    /** A filled rectangle without a line. */
    XSLFAutoShape rectangle(XSLFSlide slide, Rectangle2D anchor, Color fill) {
        XSLFAutoShape shape = slide.createAutoShape();
        Rectangle kind = new Rectangle(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(), anchor.getHeight()), fill);
        CTShape first = shapes.get(kind);
        if (first == null) {
            styled(shape, anchor, fill);
            shapes.put(kind, (CTShape) shape.getXmlObject().copy());
        } else {
            ((CTShape) shape.getXmlObject()).setSpPr(first.getSpPr());
        }
        return shape;
    }

    /** An empty, word-wrapped text box; {@code alignment} null leaves POI's (top). */
    XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor, VerticalAlignment alignment) {
        XSLFTextBox box = slide.createTextBox();
        Box kind = new Box(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(), anchor.getHeight()), alignment);
        CTShape first = shapes.get(kind);
        if (first == null) {
            styled(box, anchor, alignment);
            shapes.put(kind, (CTShape) box.getXmlObject().copy());
        } else {
            CTShape shape = (CTShape) box.getXmlObject();
            shape.setSpPr(first.getSpPr());
            shape.setTxBody(first.getTxBody());
        }
        return box;
    }

    /** A paragraph at the end of {@code box}: one run with {@code text} (cleaned). */
    void paragraph(XSLFTextBox box, String text, Look look) {
        CTTextParagraph first = paragraphs.get(look);
        if (first == null) {
            XSLFTextParagraph paragraph = styled(box.addNewTextParagraph(), text, look);
            paragraphs.put(look, (CTTextParagraph) paragraph.getXmlObject().copy());
        } else {
            CTTextParagraph paragraph = ((CTShape) box.getXmlObject()).getTxBody().addNewP();
            paragraph.set(first);
            paragraph.getRArray(0).setT(PoiDeck.clean(text));
        }
    }

    // POI's calls: what the first of each look is made with and every copy repeats (DeckShapesTest makes every shape with them)

    static XSLFAutoShape styled(XSLFAutoShape shape, Rectangle2D anchor, Color fill) {
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(anchor);
        shape.setFillColor(fill);
        shape.setLineColor(null);
        return shape;
    }

    static XSLFTextBox styled(XSLFTextBox box, Rectangle2D anchor, VerticalAlignment alignment) {
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        if (alignment != null) {
            box.setVerticalAlignment(alignment);
        }
        return box;
    }

    static XSLFTextParagraph styled(XSLFTextParagraph paragraph, String text, Look look) {
        if (look.bullet()) {
            paragraph.setBullet(true);
            paragraph.setLeftMargin(PoiDeck.BULLET_INDENT);
            paragraph.setIndent(-PoiDeck.BULLET_INDENT);
        }
        if (look.align() != null) {
            paragraph.setTextAlign(look.align());
        }
        PoiDeck.run(paragraph, text, look.size(), look.color(), look.bold());
        return paragraph;
    }
}
