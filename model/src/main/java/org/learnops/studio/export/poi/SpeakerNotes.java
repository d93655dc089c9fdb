package org.learnops.studio.export.poi;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;

/**
 * The deck's speaker notes, one notes page per slide, each the same XML as
 * {@code XMLSlideShow.getNotesSlide(slide)} followed by the body placeholder's {@code setText}.
 * POI makes every notes page by copying the notes master's six placeholders shape by shape,
 * resolving each paragraph's and run's properties through the master's styles (1-2.5 ms a page),
 * with the same result every time: {@code notes-page.xml}, the shapes POI gives a notes page with an
 * empty text. So every page gets the part and relations POI's {@code createNotesSlide} gives it and
 * a copy of those shapes, with its text in the body's one run (the deck's texts are one line:
 * {@code setText} makes one paragraph with one run of them). {@code SpeakerNotesTest} compares every
 * notes part with POI's own and the file with what POI makes (and says how to make it again).
 */
final class SpeakerNotes {

    static final String PAGE = "/org/learnops/studio/export/notes-page.xml";
    /** Which shape of the page is the body placeholder. */
    private static final int BODY = 3;

    private final XMLSlideShow deck;

    SpeakerNotes(XMLSlideShow deck) {
        this.deck = deck;
    }

    void add(XSLFSlide slide, String text) {
        if (deck.getNotesMaster() == null) {
            deck.createNotesMaster();
        }
        CTGroupShape shapes = like(slide).getXmlObject().getCSld().getSpTree();
        shapes.getSpArray(BODY).getTxBody().getPArray(0).getRArray(0).setT(text);
    }

    /** POI's notes page, read once: a constant (the notes master POI makes and its copying rules). */
    private static final class Page {

        static final CTGroupShape SHAPES = read();

        private static CTGroupShape read() {
            try (InputStream in = SpeakerNotes.class.getResourceAsStream(PAGE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + PAGE);
                }
                return CTGroupShape.Factory.parse(in);
            } catch (IOException | XmlException e) {
                throw new IllegalStateException("unreadable " + PAGE, e);
            }
        }
    }

    /** A notes page for {@code slide} as {@code XMLSlideShow.createNotesSlide} makes it: its part, relations and shapes. */
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
        CTGroupShape page = Page.SHAPES;
        synchronized (page) { // one constant for every deck, which may be written on several threads
            notes.getXmlObject().getCSld().getSpTree().set(page);
        }
        return notes;
    }
}
