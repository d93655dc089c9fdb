package org.learnops.studio.export.poi;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The deck's speaker notes, one notes page per slide, each the same XML as
 * {@code XMLSlideShow.getNotesSlide(slide)} followed by the body placeholder's {@code setText}.
 * POI makes every notes page by copying the notes master's six placeholders shape by shape,
 * resolving each paragraph's and run's properties through the master's styles: about 1 ms a page,
 * the same result every time. So only the first page is made that way; the next ones get the
 * part and relations POI's {@code createNotesSlide} gives them and a copy of the first page's
 * shapes with their own text in the body's one run (the deck's texts are one line: {@code setText}
 * makes one paragraph with one run of them). {@code SpeakerNotesTest} compares every notes part
 * with POI's own.
 */
final class SpeakerNotes {

    private final XMLSlideShow deck;
    /** The first notes page's shapes, with its text; null until then. */
    private CTGroupShape shapes;
    /** Which shape of {@link #shapes} is the body. */
    private int body;

    SpeakerNotes(XMLSlideShow deck) {
        this.deck = deck;
    }

    void add(XSLFSlide slide, String text) {
        if (shapes != null) {
            like(slide).getXmlObject().getCSld().getSpTree().getSpArray(body).getTxBody().getPArray(0).getRArray(0).setT(text);
            return;
        }
        XSLFNotes notes = deck.getNotesSlide(slide);
        XSLFTextShape placeholder = body(notes);
        placeholder.setText(text);
        // the next pages copy this one when its text is one paragraph with one run (a text without line breaks)
        CTGroupShape tree = notes.getXmlObject().getCSld().getSpTree();
        for (int i = 0; i < tree.sizeOfSpArray(); i++) {
            CTShape shape = tree.getSpArray(i);
            if (shape == placeholder.getXmlObject() && shape.getTxBody().sizeOfPArray() == 1
                    && shape.getTxBody().getPArray(0).sizeOfRArray() == 1) {
                body = i;
                shapes = (CTGroupShape) tree.copy();
            }
        }
    }

    /** A notes page for {@code slide} as {@code XMLSlideShow.createNotesSlide} makes it, its shapes copied from the first. */
    private XSLFNotes like(XSLFSlide slide) {
        int index;
        try {
            index = deck.getPackage().getUnusedPartIndex(XSLFRelation.NOTES.getDefaultFileName());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
        XSLFNotes notes = (XSLFNotes) deck.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(), index);
        slide.addRelation(null, XSLFRelation.NOTES, notes);
        notes.addRelation(null, XSLFRelation.NOTES_MASTER, deck.getNotesMaster());
        notes.addRelation(null, XSLFRelation.SLIDE, slide);
        notes.getXmlObject().getCSld().getSpTree().set(shapes);
        return notes;
    }

    private static XSLFTextShape body(XSLFNotes notes) {
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                return shape;
            }
        }
        throw new IllegalStateException("notes slide without a body");
    }
}
