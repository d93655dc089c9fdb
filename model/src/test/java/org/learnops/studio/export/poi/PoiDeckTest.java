package org.learnops.studio.export.poi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.overview.Warning;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.service.DeliverableService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventFigures;
import org.learnops.studio.service.EventService;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.OverviewService;
import org.learnops.studio.service.ScopeService;
import org.learnops.studio.workspace.WorkspaceFile;

/** The stakeholder deck read back with POI from a real workspace. */
class PoiDeckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path folder;

    private Workspace workspace;
    private long areaId;
    private String areaName;

    @BeforeEach
    void open() {
        workspace = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("w")));
        ScopeService scope = new ScopeService(workspace.scope());
        scope.saveStrategy(new Strategy("Northwind learning ops", "Dana Sponsor", "Olu Owner",
                Strategy.empty().organisation(), "", Strategy.empty().geography(), List.of(), ""));
        ActivityArea area = scope.load().areas().get(4);
        scope.saveArea(area.withInScope(true).withImpact(5).withEffort(2));
        areaId = area.id();
        areaName = area.builtIn().canonicalName();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ExportOptions only(ExportSection... sections) {
        EnumSet<ExportSection> chosen = EnumSet.noneOf(ExportSection.class);
        chosen.addAll(List.of(sections));
        return new ExportOptions(chosen, false, CLOCK);
    }

    private Path write(ExportOptions options) {
        Path target = folder.resolve("deck.pptx");
        new PoiDeck().write(workspace, options, target, ExportProgress.NONE);
        return target;
    }

    private static XMLSlideShow read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    /** Events in March 2026 (two sessions, 3 of 4 places held, 2 attended, 1 no-show) and April (one session), costs. */
    private void operations() {
        DirectoryService directory = new DirectoryService(workspace.operations());
        EventService events = new EventService(workspace.operations(), CLOCK, "ana");
        Course course = directory.addCourse(new Course(0, "Coaching", Optional.of(areaId), CourseFormat.IN_PERSON, 60,
                Optional.empty()));
        Event march = events.createEvent(new Event(0, course.id(), Optional.empty(), "Retail", "", 4, 0, EventStatus.OPEN,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), Optional.empty()));
        List<Long> people = new ArrayList<>();
        for (String name : List.of("Ana", "Bo", "Cy")) {
            long id = directory.addPerson(Person.participant(name)).id();
            people.add(id);
            events.enrol(march.id(), id);
        }
        Session first = session(events, march.id(), LocalDateTime.of(2026, 3, 2, 9, 0));
        session(events, march.id(), LocalDateTime.of(2026, 3, 3, 9, 0));
        events.markAttendance(first.id(), people.subList(0, 2), AttendanceMark.ATTENDED);
        events.markAttendance(first.id(), people.subList(2, 3), AttendanceMark.NO_SHOW);
        Event april = events.createEvent(new Event(0, course.id(), Optional.empty(), "Retail", "", 10, 0, EventStatus.PLANNED,
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2), Optional.empty()));
        session(events, april.id(), LocalDateTime.of(2026, 4, 2, 9, 0));
        events.addCost(new CostLine(0, march.id(), CostCategory.CATERING, new BigDecimal("300.00"), "EUR", ""));
        events.addCost(new CostLine(0, march.id(), CostCategory.ROOM, new BigDecimal("150.00"), "EUR", ""));
        events.addCost(new CostLine(0, march.id(), CostCategory.ROOM, new BigDecimal("50.00"), "EUR", ""));
        events.addCost(new CostLine(0, march.id(), CostCategory.TRAVEL, new BigDecimal("20.00"), "USD", ""));
    }

    private static Session session(EventService events, long eventId, LocalDateTime start) {
        return events.addSession(new Session(0, eventId, Optional.empty(), start, start.plusHours(2), PARIS,
                Optional.empty(), "", List.of(), Optional.empty()), "");
    }

    private static List<XSLFChart> charts(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast).toList();
    }

    private static String title(XSLFSlide slide) {
        // the first text box of a slide is its title (in the title bar)
        return slide.getShapes().stream().filter(XSLFTextBox.class::isInstance).map(s -> ((XSLFTextBox) s).getText())
                .findFirst().orElse("");
    }

    private static List<Double> values(XDDFChartData data) {
        var source = data.getSeries(0).getValuesData();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < source.getPointCount(); i++) {
            values.add(source.getPointAt(i).doubleValue());
        }
        return values;
    }

    private static List<String> categories(XDDFChartData data) {
        var source = data.getSeries(0).getCategoryData();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < source.getPointCount(); i++) {
            values.add(String.valueOf(source.getPointAt(i)));
        }
        return values;
    }

    /** Columns A (text) and B (numbers) of rows 2.. of the chart's embedded workbook, read back from the file. */
    private static List<List<?>> embedded(XSLFChart chart, int points) throws Exception {
        var sheet = chart.getWorkbook().getSheetAt(0);
        assertEquals(points, sheet.getLastRowNum(), "a row per point under the title row");
        List<String> texts = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (int r = 1; r <= points; r++) {
            texts.add(sheet.getRow(r).getCell(0).getStringCellValue());
            numbers.add(sheet.getRow(r).getCell(1).getNumericCellValue());
        }
        return List.of(texts, numbers);
    }

    @Test
    void everySectionGivesItsSlidesSixteenByNineWithNotesOnEverySlide() throws IOException {
        operations();
        try (XMLSlideShow deck = read(write(ExportOptions.everything(CLOCK)))) {
            assertEquals(new Dimension(960, 540), deck.getPageSize());
            List<String> titles = deck.getSlides().stream().map(PoiDeckTest::title).toList();
            assertEquals(List.of("Northwind learning ops", "Scope", "Expectations", "Needs analysis: top pain points",
                    "Needs analysis: heat map", "Champions and gaps", "Governance", "The four questions",
                    "Operations: sessions and fill rate", "Operations: attendance and costs", "Next steps"), titles);
            for (XSLFSlide slide : deck.getSlides()) {
                assertTrue(slide.getNotes() != null, "notes on slide " + slide.getSlideNumber());
                String notes = slide.getNotes().getTextParagraphs().stream().flatMap(List::stream)
                        .map(XSLFTextParagraph::getText).reduce("", String::concat);
                assertTrue(notes.length() > 20 && notes.contains("."), "sentences on slide " + slide.getSlideNumber() + ": " + notes);
            }
            String titleSlide = deck.getSlides().get(0).getShapes().stream().filter(XSLFTextBox.class::isInstance)
                    .map(s -> ((XSLFTextBox) s).getText()).reduce("", (a, b) -> a + "|" + b);
            assertTrue(titleSlide.contains("Owner: Olu Owner") && titleSlide.contains("As of 2026-03-20"), titleSlide);
            assertEquals(1, deck.getPictureData().size(), "one logo, shared by every slide");
        }
    }

    @Test
    void onlyTheChosenSectionsGoIn() throws IOException {
        try (XMLSlideShow deck = read(write(only(ExportSection.SCOPE, ExportSection.OPERATIONS)))) {
            assertEquals(List.of("Northwind learning ops", "Scope", "Operations: sessions and fill rate",
                    "Operations: attendance and costs"), deck.getSlides().stream().map(PoiDeckTest::title).toList());
            // without data the charts are left out and say so
            assertEquals(0, deck.getCharts().size());
        }
        try (XMLSlideShow deck = read(write(only()))) {
            assertEquals(1, deck.getSlides().size(), "the title slide only");
        }
    }

    @Test
    void theOperationsChartsAreNativeWithTheSeriesComputedInTheDatabase() throws Exception {
        operations();
        try (XMLSlideShow deck = read(write(only(ExportSection.OPERATIONS)))) {
            List<XSLFChart> first = charts(deck.getSlides().get(1));
            List<XSLFChart> second = charts(deck.getSlides().get(2));
            assertEquals(2, first.size());
            assertEquals(2, second.size());

            XDDFChartData sessions = first.get(0).getChartSeries().get(0);
            assertTrue(sessions instanceof XDDFBarChartData);
            assertEquals(1, sessions.getSeriesCount());
            assertEquals(List.of("2026-03", "2026-04"), categories(sessions));
            assertEquals(List.of(2.0, 1.0), values(sessions));

            XDDFChartData fill = first.get(1).getChartSeries().get(0);
            assertEquals(List.of(areaName), categories(fill));
            assertEquals(List.of(75.0), values(fill), "3 of 4 places; the planned event sells none yet");

            XDDFChartData attendance = second.get(0).getChartSeries().get(0);
            assertTrue(attendance instanceof XDDFPieChartData);
            assertEquals(List.of("Attended", "No-show"), categories(attendance));
            assertEquals(List.of(2.0, 1.0), values(attendance));

            XDDFChartData costs = second.get(1).getChartSeries().get(0);
            assertEquals(List.of("Catering", "Room"), categories(costs));
            assertEquals(List.of(300.0, 200.0), values(costs), "euros only: the dollar line is left out");
            // the data sits in each chart's embedded workbook (editable in PowerPoint): row 1 the series
            // title, then one row per point, the category in column A and the value in column B
            for (XSLFChart chart : Stream.concat(first.stream(), second.stream()).toList()) {
                XDDFChartData data = chart.getChartSeries().get(0);
                assertEquals(List.of(categories(data), values(data)), embedded(chart, categories(data).size()),
                        "embedded data of " + chart.getTitleShape().getText());
            }
        }
    }

    @Test
    void doneConditionsShowTheirSignalColour() throws IOException {
        operations();
        KeyQuestionsService questions = new KeyQuestionsService(workspace.keyQuestions(),
                new EventFigures(workspace.operations()), CLOCK);
        DoneCondition met = questions.add(KeyQuestion.DELIVERY, Metric.ATTENDANCE_RATE);
        questions.save(new DoneCondition(met.id(), met.question(), met.metric(), met.scope(), met.comparison(),
                new BigDecimal("50"), Optional.empty(), Optional.empty())); // 66.7 % ≥ 50: met
        DoneCondition late = questions.add(KeyQuestion.MEASUREMENT, Metric.EVENT_FILL_RATE); // 75 % < 80, due yesterday
        questions.save(new DoneCondition(late.id(), late.question(), late.metric(), late.scope(), late.comparison(),
                late.threshold(), Optional.of(LocalDate.of(2026, 3, 19)), Optional.empty()));
        DoneCondition ahead = questions.add(KeyQuestion.RESPONSIBILITY, Metric.EVENT_FILL_RATE);
        questions.save(new DoneCondition(ahead.id(), ahead.question(), ahead.metric(), ahead.scope(), ahead.comparison(),
                ahead.threshold(), Optional.of(LocalDate.of(2026, 6, 1)), Optional.empty()));
        questions.add(KeyQuestion.CONTENT, Metric.BUDGET_VARIANCE); // no data

        try (XMLSlideShow deck = read(write(only(ExportSection.KEY_QUESTIONS, ExportSection.NEXT_STEPS)))) {
            XSLFTable table = tables(deck.getSlides().get(1)).get(0);
            List<String> statuses = new ArrayList<>();
            List<Color> colours = new ArrayList<>();
            for (XSLFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                XSLFTableCell status = row.getCells().get(3);
                statuses.add(row.getCells().get(0).getText() + ": " + status.getText());
                colours.add(status.getFillColor());
            }
            assertEquals(List.of("1. Content: No data yet", "2. Delivery: Met", "3. Measurement: Not met",
                    "4. Responsibility: Not met"), statuses);
            assertEquals(List.of(PoiDeck.GREY, PoiDeck.GREEN, PoiDeck.RED, PoiDeck.AMBER), colours);

            String next = text(deck.getSlides().get(2));
            assertTrue(next.contains("Not met: question 3, “Event fill rate ≥ 80 by 2026-03-19”."), next);
        }
    }

    @Test
    void theNextStepsListTheOverviewsWarningsBesideTheOverdueDeliverablesAndUnmetConditions() throws IOException {
        ActivityArea vendors = workspace.scope().loadAreas().get(BuiltInArea.VENDOR_MANAGEMENT.ordinal());
        new ScopeService(workspace.scope()).saveArea(vendors.withInScope(true).withEffort(5).withImpact(1)); // a drain
        DeliverableService deliverables = new DeliverableService(workspace.deliverables());
        Deliverable glossary = deliverables.list().get(4); // overdue, and no stakeholder owns it: a gap
        deliverables.save(new Deliverable(glossary.id(), glossary.kind(), "", true, "", "", Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 18)), DeliverableStatus.IN_PROGRESS, ""));
        List<Warning> warnings = new OverviewService(workspace, CLOCK).load().warnings();
        assertEquals(List.of("overview.warning.drain", "overview.warning.overdue", "champions.gap.deliverable"),
                warnings.stream().map(Warning::messageKey).toList());

        try (XMLSlideShow deck = read(write(only(ExportSection.NEXT_STEPS)))) {
            List<String> items = deck.getSlides().get(1).getShapes().stream().filter(XSLFTextBox.class::isInstance)
                    .map(XSLFTextBox.class::cast).skip(1).findFirst().orElseThrow().getTextParagraphs().stream()
                    .map(XSLFTextParagraph::getText).toList();
            PoiDeck.Texts texts = new PoiDeck.Texts();
            List<String> expected = new ArrayList<>();
            expected.add(texts.get("deck.next.overdue", texts.deliverable(deliverables.list().get(4)), "2026-03-18"));
            // the overview's overdue warning is the line above; its drain and gap, as the overview words them
            expected.add(texts.message(warnings.get(0).messageKey(), warnings.get(0).arguments()));
            expected.add(texts.message(warnings.get(2).messageKey(), warnings.get(2).arguments()));
            assertEquals(expected, items);
        }
    }

    @Test
    void fiftyDeliverablesContinueOnFollowOnSlidesAndEndWithHowManyMore() throws IOException {
        DeliverableService deliverables = new DeliverableService(workspace.deliverables());
        for (int i = 1; i <= 50; i++) {
            Deliverable added = deliverables.addCustom("Deliverable number " + i + " with a rather long title that goes on and on "
                    + "and would never fit on a single line of the table at thirteen points");
            deliverables.save(new Deliverable(added.id(), null, added.customTitle(), true, "", "", Optional.empty(),
                    Optional.of(LocalDate.of(2026, 1, i % 28 + 1)), added.status(), ""));
        }
        long included = workspace.deliverables().list().stream().filter(Deliverable::included).count();
        assertTrue(included > 45, "more rows than three slides hold");

        try (XMLSlideShow deck = read(write(only(ExportSection.EXPECTATIONS, ExportSection.NEXT_STEPS)))) {
            List<String> titles = deck.getSlides().stream().map(PoiDeckTest::title).toList();
            assertEquals(List.of("Northwind learning ops", "Expectations", "Expectations (continued)",
                    "Expectations (continued)", "Next steps", "Next steps (continued)", "Next steps (continued)"), titles);
            XSLFTable last = tables(deck.getSlides().get(3)).get(0);
            String lastRow = last.getRows().get(last.getRows().size() - 1).getCells().get(0).getText();
            int shown = 0;
            for (int s = 1; s <= 3; s++) {
                shown += tables(deck.getSlides().get(s)).get(0).getRows().size() - 1;
            }
            assertEquals("+" + (included - (shown - 1)) + " more", lastRow);
            assertTrue(text(deck.getSlides().get(6)).matches("(?s).*\\+\\d+ more.*"), "the next steps end with +N more");
            assertEverythingFits(deck);
        }
    }

    @Test
    void nothingOverflowsOnAFullDeck() throws IOException {
        operations();
        try (XMLSlideShow deck = read(write(ExportOptions.everything(CLOCK)))) {
            assertEverythingFits(deck);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        Path target = folder.resolve("cancelled.pptx");
        ExportProgress cancelAfterTwo = new ExportProgress() {
            private long done;

            @Override
            public void update(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        assertThrows(CancelledException.class,
                () -> new PoiDeck().write(workspace, ExportOptions.everything(CLOCK), target, cancelAfterTwo));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("pptx")).toList());
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void aWorkspaceThatCannotBeReadFailsTheExportAndLeavesNoFile() throws IOException {
        // the read's failure must reach the caller, and nothing be written
        Path target = folder.resolve("unreadable.pptx");
        Workspace gone = new JdbcWorkspaceOpener().create(WorkspaceFile.of(folder.resolve("gone")));
        gone.close();
        assertThrows(StudioException.class,
                () -> new PoiDeck().write(gone, ExportOptions.everything(CLOCK), target, ExportProgress.NONE));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("pptx")).toList());
        }
    }

    @Test
    void theSameWorkspaceGivesTheSameDeckPartByPart() throws IOException {
        operations();
        Path first = folder.resolve("first.pptx");
        Path second = folder.resolve("second.pptx");
        new PoiDeck().write(workspace, ExportOptions.everything(CLOCK), first, ExportProgress.NONE);
        new PoiDeck().write(workspace, ExportOptions.everything(CLOCK), second, ExportProgress.NONE);
        Map<String, byte[]> one = parts(first);
        Map<String, byte[]> two = parts(second);
        assertEquals(one.keySet(), two.keySet());
        assertTrue(one.keySet().stream().anyMatch(name -> name.startsWith("ppt/media/")), "the logo is in");
        for (String name : one.keySet()) {
            // the package's creation time and the embedded workbooks' zip dates may differ
            if (!name.equals("docProps/core.xml") && !name.endsWith(".xlsx")) {
                assertArrayEquals(one.get(name), two.get(name), name);
            }
        }
    }

    private static Map<String, byte[]> parts(Path deck) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(deck))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void everyDeckLabelIsDefinedAndUsed() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/learnops/studio/export/poi/PoiDeck.java"));
        java.util.Properties labels = new java.util.Properties();
        try (InputStream in = PoiDeck.class.getResourceAsStream("/org/learnops/studio/export/labels.properties")) {
            labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> defined = labels.stringPropertyNames().stream()
                .filter(key -> key.startsWith("deck.") && !key.startsWith("deck.msg.")).sorted().toList();
        assertEquals(List.of(), defined.stream().filter(key -> !source.contains("\"" + key + "\"")).toList(), "unused");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("\"(deck\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"").matcher(source);
        List<String> missing = new ArrayList<>();
        while (used.find()) {
            if (!labels.containsKey(used.group(1)) && !used.group(1).equals("deck.error.write")) {
                missing.add(used.group(1));
            }
        }
        assertEquals(List.of(), missing, "missing");
    }

    /**
     * The deck's logo is the branding icon with 8 bits a channel, each rounded from the icon's 16:
     * POI decodes the whole picture to learn its size, and a 16-bit PNG takes ~3 ms more to decode
     * than an 8-bit one (a deck takes ~45 ms). Rendered, the two are the same pixels.
     */
    @Test
    void theLogoIsTheBrandingIconInEightBitsAChannel() throws IOException {
        java.awt.image.BufferedImage icon = javax.imageio.ImageIO.read(Path.of("../resources/branding/icon.png").toFile());
        java.awt.image.BufferedImage logo;
        try (InputStream in = PoiDeck.class.getResourceAsStream("/org/learnops/studio/export/logo.png")) {
            logo = javax.imageio.ImageIO.read(in);
        }
        var iconPixels = icon.getRaster();
        var logoPixels = logo.getRaster();
        assertEquals(8, logoPixels.getSampleModel().getSampleSize(0));
        assertEquals(List.of(icon.getWidth(), icon.getHeight(), iconPixels.getNumBands()),
                List.of(logo.getWidth(), logo.getHeight(), logoPixels.getNumBands()));
        int iconMax = (1 << iconPixels.getSampleModel().getSampleSize(0)) - 1;
        for (int y = 0; y < icon.getHeight(); y++) {
            for (int x = 0; x < icon.getWidth(); x++) {
                for (int band = 0; band < iconPixels.getNumBands(); band++) {
                    int expected = (int) Math.round(iconPixels.getSample(x, y, band) * 255.0 / iconMax);
                    if (logoPixels.getSample(x, y, band) != expected) {
                        throw new AssertionError("logo.png is not icon.png at (" + x + ", " + y + "), band " + band
                                + ": make it again from resources/branding/icon.png (docs/stakeholder-deck.md)");
                    }
                }
            }
        }
    }

    @Test
    void controlCharactersNeverReachTheFile() {
        assertEquals("a b c", PoiDeck.clean("a\tb\nc\u0007"));
    }

    private static List<XSLFTable> tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
    }

    private static String text(XSLFSlide slide) {
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextBox box) {
                text.append(box.getText()).append('\n');
            }
        }
        return text.toString();
    }

    /** Every box and table cell within its bounds by {@link TextFit}'s rule, and inside the body area. */
    private static void assertEverythingFits(XMLSlideShow deck) {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                Rectangle2D anchor = shape.getAnchor();
                String where = "slide " + slide.getSlideNumber() + ", " + shape.getShapeName();
                assertTrue(anchor.getMaxX() <= PoiDeck.WIDTH + 0.01 && anchor.getMaxY() <= PoiDeck.HEIGHT + 0.01, where);
                if (shape instanceof XSLFTextBox box) {
                    double height = 0;
                    double size = 0;
                    for (XSLFTextParagraph paragraph : box.getTextParagraphs()) {
                        size = paragraph.getTextRuns().isEmpty() ? size : paragraph.getTextRuns().get(0).getFontSize();
                        double width = anchor.getWidth() - (paragraph.isBullet() ? PoiDeck.BULLET_ALLOWANCE : 0);
                        height += TextFit.lines(paragraph.getText(), width, size) * size * TextFit.LINE_HEIGHT;
                    }
                    assertTrue(height <= anchor.getHeight() - TextFit.TOP_BOTTOM_INSETS + 0.01,
                            where + ": " + height + " > " + anchor.getHeight() + " for " + box.getText());
                } else if (shape instanceof XSLFTable table) {
                    assertTrue(anchor.getMaxY() <= PoiDeck.BODY_BOTTOM + 0.01, where + " ends at " + anchor.getMaxY());
                    for (XSLFTableRow row : table.getRows()) {
                        for (int c = 0; c < row.getCells().size(); c++) {
                            String text = row.getCells().get(c).getText();
                            assertTrue(text.length() <= TextFit.charsPerLine(table.getColumnWidth(c), PoiDeck.TABLE_SIZE),
                                    where + ": " + text);
                        }
                    }
                }
            }
        }
    }
}
