package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.junit.jupiter.api.Test;

/** The deck's notes pages are POI's own, part by part. */
class SpeakerNotesTest {

    private static final List<String> TEXTS = List.of("Northwind learning ops. Stakeholder update.",
            "8 of 10 activity areas are in scope: Event management, Compliance. Impact and effort are rated 1 to 5.",
            "", "Ünïcödé – “quotes” & <angle> brackets; 100 % done.", "Last slide.");

    @Test
    void everyNotesPageIsTheOnePoiMakes() throws IOException {
        samePartsAsPois(TEXTS);
        samePartsAsPois(List.of("", "Second.", "Third."));
    }

    private static void samePartsAsPois(List<String> texts) throws IOException {
        Map<String, byte[]> ours = parts(deck(true, texts));
        Map<String, byte[]> pois = parts(deck(false, texts));
        assertEquals(pois.keySet(), ours.keySet());
        String last = "notesSlide" + texts.size() + ".xml";
        assertTrue(ours.keySet().containsAll(List.of("ppt/notesSlides/" + last, "ppt/notesSlides/_rels/" + last + ".rels",
                "ppt/notesMasters/notesMaster1.xml")), ours.keySet().toString());
        for (String name : pois.keySet()) {
            if (!name.equals("docProps/core.xml")) { // the package's creation time
                assertArrayEquals(pois.get(name), ours.get(name), name);
            }
        }
    }

    /** notes-page.xml is POI's notes page before any text: if POI makes another, the message has it, to paste into the file. */
    @Test
    void theNotesPageFileIsWhatPoiMakes() throws Exception {
        try (XMLSlideShow deck = new XMLSlideShow(); InputStream in = SpeakerNotes.class.getResourceAsStream(SpeakerNotes.PAGE)) {
            XSLFNotes notes = deck.getNotesSlide(deck.createSlide());
            body(notes.getPlaceholders()).setText("");
            org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
            options.setSaveSuggestedPrefixes(Map.of("http://schemas.openxmlformats.org/drawingml/2006/main", "a",
                    "http://schemas.openxmlformats.org/presentationml/2006/main", "p",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"));
            options.setSaveAggressiveNamespaces();
            String pois = notes.getXmlObject().getCSld().getSpTree().xmlText(options);
            String file = CTGroupShape.Factory.parse(in).xmlText(options);
            assertEquals(pois, file, "POI makes another notes page; put this line into " + SpeakerNotes.PAGE + ":\n" + pois);
        }
    }

    @Test
    void eachSlideReadsBackWithItsOwnNotes() throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(deck(true, TEXTS)))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                XSLFSlide slide = deck.getSlides().get(i);
                assertEquals(slide, slide.getNotes().getRelations().stream().filter(XSLFSlide.class::isInstance)
                        .findFirst().orElseThrow(), "notes page " + i + " points back to its slide");
                assertEquals(TEXTS.get(i), body(slide.getNotes().getPlaceholders()).getText());
            }
        }
    }

    /** Slides with a title each, their notes ours or made with POI's getNotesSlide + setText. */
    private static byte[] deck(boolean ours, List<String> texts) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            SpeakerNotes notes = new SpeakerNotes(deck);
            for (String text : texts) {
                XSLFSlide slide = deck.createSlide();
                slide.createTextBox().setText("Slide");
                if (ours) {
                    notes.add(slide, text);
                } else {
                    body(deck.getNotesSlide(slide).getPlaceholders()).setText(text);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deck.write(out);
            return out.toByteArray();
        }
    }

    private static XSLFTextShape body(XSLFTextShape[] placeholders) {
        return java.util.Arrays.stream(placeholders).filter(p -> p.getTextType() == Placeholder.BODY).findFirst().orElseThrow();
    }

    private static Map<String, byte[]> parts(byte[] deck) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(deck))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
