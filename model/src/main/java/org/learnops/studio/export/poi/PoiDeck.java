package org.learnops.studio.export.poi;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.learnops.studio.domain.Labelled;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.Gap;
import org.learnops.studio.domain.champions.GapRules;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.expectations.DeliverableStatus;
import org.learnops.studio.domain.governance.GovernanceBody;
import org.learnops.studio.domain.governance.GovernanceModel;
import org.learnops.studio.domain.governance.GovernanceRules;
import org.learnops.studio.domain.governance.GovernanceSummary;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.needs.HeatMap;
import org.learnops.studio.domain.needs.NeedsAnalysis;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.needs.Ranking;
import org.learnops.studio.domain.operations.EventTotals;
import org.learnops.studio.domain.operations.KpiFigures;
import org.learnops.studio.domain.overview.Warning;
import org.learnops.studio.domain.questions.ConditionStatus;
import org.learnops.studio.domain.questions.Evaluation;
import org.learnops.studio.domain.questions.KeyQuestion;
import org.learnops.studio.domain.questions.Metric;
import org.learnops.studio.domain.questions.MetricScope;
import org.learnops.studio.domain.questions.QuestionsReview;
import org.learnops.studio.domain.questions.Signal;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Scope;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.DeckExport;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.ArtefactsService;
import org.learnops.studio.service.DeckFigures;
import org.learnops.studio.service.GovernanceService;
import org.learnops.studio.service.KeyQuestionsService;
import org.learnops.studio.service.NeedsAnalysisService;
import org.learnops.studio.service.OverviewService;
import org.learnops.studio.service.ScopeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stakeholder deck: 16:9 (13.333 × 7.5 in = 960 × 540 pt), a template built in code — the
 * app's accent blue (AtlantaFX Primer #0969DA) for the title bar and charts, one font (Calibri,
 * which LibreOffice replaces by the metric-compatible Carlito), the product icon in the title bar,
 * a footer with the strategy's name and the page number. One or more slides per chosen section
 * (the workshop artefacts have no slide: they are reference material, in the workbook and the
 * workshop file), speaker notes on every slide, native XDDF charts whose data sits in an embedded
 * workbook (editable in PowerPoint). Text is fitted with {@link TextFit}'s rule: long lists go on
 * follow-on slides, "(continued)", and after {@link #MAX_PAGES} slides end with "+N more".
 */
public final class PoiDeck implements DeckExport {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final String FONT = "Calibri";
    static final Color ACCENT = new Color(0x09, 0x69, 0xDA);
    static final Color ACCENT_SUBTLE = new Color(0xDD, 0xF4, 0xFF);
    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6E);
    static final Color GREEN = new Color(0x1A, 0x7F, 0x37);
    static final Color AMBER = new Color(0xBF, 0x87, 0x00);
    static final Color RED = new Color(0xCF, 0x22, 0x2E);
    static final Color GREY = new Color(0x8C, 0x95, 0x9F);
    /** A list or table goes on at most this many slides; the last one ends with "+N more". */
    static final int MAX_PAGES = 3;
    /** Months of the sessions chart (the latest months with sessions). */
    static final int MONTHS = 12;
    static final int TOP_PAIN_POINTS = 30;

    static final double MARGIN = 36;
    static final double TITLE_BAR = 64;
    static final double BODY_TOP = 80;
    static final double BODY_BOTTOM = 490;
    static final double BODY_SIZE = 16;
    static final double TABLE_SIZE = 13;
    static final double ROW_HEIGHT = 26;
    /** Bullets hang in this indent; the line rule counts the text's width without it (and some room to spare). */
    static final double BULLET_INDENT = 18;
    static final double BULLET_ALLOWANCE = 30;

    private static final Logger LOG = LoggerFactory.getLogger(PoiDeck.class);
    private static final String LOGO = "/org/learnops/studio/export/logo.png";

    @Override
    public void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress) {
        try {
            AtomicFile.write(target, out -> {
                // POI's zip writer hands the file a few dozen bytes at a time: ~550 writes a deck unbuffered
                try (XMLSlideShow deck = build(workspace, options, progress);
                     OutputStream buffered = new BufferedOutputStream(out, 1 << 16)) {
                    deck.write(buffered);
                }
            });
            LOG.info("Stakeholder deck written to {}", target);
        } catch (StudioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StudioException("deck.error.write", e, target.getFileName().toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The deck in memory; checks for cancellation before every slide. */
    static XMLSlideShow build(Workspace workspace, ExportOptions options, ExportProgress progress) {
        Texts texts = new Texts();
        Content content = new Content(workspace, options, texts);
        List<Page> pages = content.pages();
        XMLSlideShow deck = new XMLSlideShow();
        try {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            XSLFPictureData logo = deck.addPicture(logo(), PictureData.PictureType.PNG);
            SpeakerNotes notes = new SpeakerNotes(deck);
            TableCells cells = new TableCells();
            DeckShapes shapes = new DeckShapes();
            for (int i = 0; i < pages.size(); i++) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                Page page = pages.get(i);
                XSLFSlide slide = deck.createSlide();
                if (i == 0) {
                    content.titleSlide(slide, logo, shapes);
                } else {
                    chrome(slide, page.title(), logo, shapes);
                    page.body().accept(new Canvas(deck, slide, texts, cells, shapes));
                }
                footer(slide, content.strategyName(), i + 1, shapes);
                notes.add(slide, clean(page.notes()));
                progress.update(i + 1, pages.size());
            }
            return deck;
        } catch (IOException e) {
            closeQuietly(deck);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(deck);
            throw e;
        }
    }

    private static byte[] logo() throws IOException {
        try (InputStream in = PoiDeck.class.getResourceAsStream(LOGO)) {
            if (in == null) {
                throw new IOException("missing " + LOGO);
            }
            return in.readAllBytes();
        }
    }

    private static void closeQuietly(XMLSlideShow deck) {
        try {
            deck.close();
        } catch (IOException e) {
            LOG.debug("Closing an unfinished deck failed", e);
        }
    }

    // --- the template ---

    private static void chrome(XSLFSlide slide, String title, XSLFPictureData logo, DeckShapes shapes) {
        shapes.rectangle(slide, new Rectangle2D.Double(0, 0, WIDTH, TITLE_BAR), ACCENT);
        double titleWidth = WIDTH - 2 * MARGIN - 56;
        XSLFTextBox box = shapes.box(slide, new Rectangle2D.Double(MARGIN, 8, titleWidth, TITLE_BAR - 16), VerticalAlignment.MIDDLE);
        shapes.paragraph(box, TextFit.clip(clean(title), TextFit.charsPerLine(titleWidth, 26)), DeckShapes.Look.of(26, Color.WHITE, true));
        slide.createPicture(logo).setAnchor(new Rectangle2D.Double(WIDTH - MARGIN - 44, 10, 44, 44));
    }

    private static void footer(XSLFSlide slide, String strategyName, int page, DeckShapes shapes) {
        shapes.rectangle(slide, new Rectangle2D.Double(0, HEIGHT - 4, WIDTH, 4), ACCENT);
        double nameWidth = WIDTH - 2 * MARGIN - 80;
        XSLFTextBox name = shapes.box(slide, new Rectangle2D.Double(MARGIN, HEIGHT - 34, nameWidth, 24), null);
        shapes.paragraph(name, TextFit.clip(strategyName, TextFit.charsPerLine(nameWidth, 10)), DeckShapes.Look.of(10, MUTED, false));
        XSLFTextBox number = shapes.box(slide, new Rectangle2D.Double(WIDTH - MARGIN - 80, HEIGHT - 34, 80, 24), null);
        shapes.paragraph(number, String.valueOf(page), new DeckShapes.Look(10, MUTED, false, TextParagraph.TextAlign.RIGHT, false));
    }

    static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, Color color, boolean bold) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(clean(text));
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setFontColor(color);
        run.setBold(bold);
        return run;
    }

    /** Control characters (other than none) never reach the file; tabs and line breaks become spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    // --- what a slide is made of ---

    record Page(String title, Consumer<Canvas> body, String notes) {
    }

    /** Draws a slide's body: bullets, tables, charts. */
    record Canvas(XMLSlideShow deck, XSLFSlide slide, Texts texts, TableCells cells, DeckShapes shapes) {

        void bullets(Rectangle2D area, String heading, List<String> lines, double size) {
            XSLFTextBox box = shapes.box(slide, area, null);
            if (heading != null) {
                shapes.paragraph(box, heading, DeckShapes.Look.of(size, ACCENT, true));
            }
            DeckShapes.Look bullet = new DeckShapes.Look(size, INK, false, null, true);
            for (String line : lines) {
                shapes.paragraph(box, line, bullet);
            }
        }

        /** A table with a header row; every cell already clipped to one line. */
        XSLFTable table(Rectangle2D area, double[] widths, List<String> header, List<List<String>> rows,
                        List<List<Color>> fills) {
            XSLFTable table = slide.createTable();
            table.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), ROW_HEIGHT * (rows.size() + 1)));
            // the columns first, at their widths: POI's addCell adds none then (it adds one 100 pt wide per new column)
            for (double width : widths) {
                table.getCTTable().getTblGrid().addNewGridCol().setW(Units.toEMU(width));
            }
            addRow(table, header, null, widths, true);
            for (int r = 0; r < rows.size(); r++) {
                addRow(table, rows.get(r), fills == null ? null : fills.get(r), widths, false);
            }
            return table;
        }

        private void addRow(XSLFTable table, List<String> values, List<Color> fills, double[] widths, boolean header) {
            XSLFTableRow row = table.addRow();
            row.setHeight(ROW_HEIGHT);
            for (int c = 0; c < values.size(); c++) {
                Color fill = header ? ACCENT : fills == null ? null : fills.get(c);
                cells.add(row, header, fill, TextFit.clip(clean(values.get(c)), TextFit.charsPerLine(widths[c], TABLE_SIZE)));
            }
        }

        void message(Rectangle2D area, String text) {
            XSLFTextBox box = shapes.box(slide, area, VerticalAlignment.MIDDLE);
            shapes.paragraph(box, TextFit.clip(text, TextFit.charsPerLine(area.getWidth(), BODY_SIZE)),
                    new DeckShapes.Look(BODY_SIZE, MUTED, false, TextParagraph.TextAlign.CENTER, false));
        }

        /** A native column chart: one series, its data in the chart's embedded workbook. */
        XSLFChart bars(Rectangle2D area, String title, String seriesTitle, List<String> categories, List<Double> values) {
            XSLFChart chart = deck.createChart(slide);
            chart.setTitleText(clean(title));
            chart.setTitleOverlay(false);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            XDDFChartData.Series series = data.addSeries(categories(chart, categories), numbers(chart, values));
            series.setTitle(clean(seriesTitle), chart.setSheetTitle(clean(seriesTitle), 1));
            fill(series, ACCENT);
            chart.plot(data);
            slide.addChart(chart, emu(area));
            return chart;
        }

        /** A native pie chart, one slice per category. */
        XSLFChart pie(Rectangle2D area, String title, List<String> categories, List<Double> values) {
            XSLFChart chart = deck.createChart(slide);
            chart.setTitleText(clean(title));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
            XDDFChartData.Series series = data.addSeries(categories(chart, categories), numbers(chart, values));
            series.setTitle(clean(title), chart.setSheetTitle(clean(title), 1));
            chart.plot(data);
            slide.addChart(chart, emu(area));
            return chart;
        }

        private static XDDFDataSource<String> categories(XSLFChart chart, List<String> categories) {
            return XDDFDataSourcesFactory.fromArray(categories.stream().map(PoiDeck::clean).toArray(String[]::new),
                    chart.formatRange(new CellRangeAddress(1, categories.size(), 0, 0)), 0);
        }

        private static XDDFNumericalDataSource<Double> numbers(XSLFChart chart, List<Double> values) {
            return XDDFDataSourcesFactory.fromArray(values.toArray(Double[]::new),
                    chart.formatRange(new CellRangeAddress(1, values.size(), 1, 1)), 1);
        }

        private static void fill(XDDFChartData.Series series, Color color) {
            XDDFShapeProperties properties = series.getShapeProperties();
            if (properties == null) {
                properties = new XDDFShapeProperties();
            }
            properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                    new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()})));
            series.setShapeProperties(properties);
        }
    }

    /** A chart's frame is placed in EMU (the other shapes take points). */
    private static Rectangle2D emu(Rectangle2D points) {
        return new Rectangle2D.Double(Units.toEMU(points.getX()), Units.toEMU(points.getY()),
                Units.toEMU(points.getWidth()), Units.toEMU(points.getHeight()));
    }

    static boolean isDark(Color color) {
        return color.getRed() * 299 + color.getGreen() * 587 + color.getBlue() * 114 < 140_000;
    }

    /** The colour of a done-condition's signal: as the Key questions screen shows it. */
    static Color color(Signal signal) {
        return switch (signal) {
            case GREEN -> GREEN;
            case AMBER -> AMBER;
            case RED -> RED;
            case GREY -> GREY;
        };
    }

    // --- texts ---

    /** The labels bundle; a domain message key (an enum label, a warning) is looked up with the prefix deck.msg. */
    static final class Texts {

        private final ResourceBundle bundle = ResourceBundle.getBundle("org.learnops.studio.export.labels", Locale.ROOT);
        /** Each label's pattern parsed once per deck (a deck formats some labels dozens of times). */
        private final Map<String, MessageFormat> formats = new java.util.HashMap<>();

        String get(String key, Object... arguments) {
            if (!bundle.containsKey(key)) {
                LOG.warn("Missing deck label {}", key);
                return key;
            }
            Object[] shown = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                shown[i] = arguments[i] instanceof Labelled labelled ? message(labelled.messageKey(), List.of())
                        : arguments[i] instanceof String text ? clean(text) : arguments[i];
            }
            return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), Locale.ROOT)).format(shown);
        }

        /** A domain text (an enum's label, a warning) with its arguments. */
        String message(String messageKey, List<Object> arguments) {
            String key = "deck.msg." + messageKey;
            return bundle.containsKey(key) ? get(key, arguments.toArray()) : messageKey;
        }

        String area(ActivityArea area) {
            return area.isCustom() ? clean(area.customName()) : message(area.builtIn().messageKey(), List.of());
        }

        String deliverable(Deliverable deliverable) {
            return deliverable.isCustom() ? clean(deliverable.customTitle()) : message(deliverable.kind().messageKey(), List.of());
        }

        String condition(Evaluation evaluation) {
            var condition = evaluation.condition();
            String text = message(condition.metric().messageKey(), List.of()) + " " + condition.comparison().symbol() + " "
                    + condition.threshold().stripTrailingZeros().toPlainString();
            return condition.targetDate().map(date -> text + " " + get("deck.questions.due", date.toString())).orElse(text);
        }
    }

    // --- the content, read from the workspace section by section ---

    static final class Content {

        private final Workspace workspace;
        private final ExportOptions options;
        private final Texts texts;
        private final LocalDate today;
        private final Scope scope;
        private List<Stakeholder> stakeholders;
        private List<Deliverable> allDeliverables;
        private List<Evaluation> evaluations;
        private List<Champion> champions;
        private RaciMatrix matrix;
        /** Every operational figure of the deck, read once. */
        private final DeckFigures figures;

        Content(Workspace workspace, ExportOptions options, Texts texts) {
            this.workspace = workspace;
            this.options = options;
            this.texts = texts;
            this.today = LocalDate.now(options.clock());
            this.scope = new ScopeService(workspace.scope()).load();
            this.figures = new DeckFigures(workspace.operations());
        }

        String strategyName() {
            String name = clean(scope.strategy().name()).strip();
            return name.isEmpty() ? texts.get("deck.title.untitled") : name;
        }

        List<Page> pages() {
            List<Page> pages = new ArrayList<>();
            pages.add(new Page(strategyName(), canvas -> { }, titleNotes()));
            for (ExportSection section : ExportSection.values()) {
                if (!options.includes(section)) {
                    continue;
                }
                switch (section) {
                    case SCOPE -> scope(pages);
                    case EXPECTATIONS -> expectations(pages);
                    case NEEDS_ANALYSIS -> needs(pages);
                    case CHAMPIONS -> champions(pages);
                    case GOVERNANCE -> governance(pages);
                    case KEY_QUESTIONS -> questions(pages);
                    case OPERATIONS -> operations(pages);
                    case NEXT_STEPS -> nextSteps(pages);
                    case ARTEFACTS -> { } // reference material: the workbook and the workshop file carry it
                }
            }
            return pages;
        }

        // title

        private String titleNotes() {
            var strategy = scope.strategy();
            return strategyName() + ". " + texts.get("deck.title.subtitle") + ". "
                    + (strategy.owner().isBlank() ? "" : texts.get("deck.title.owner", strategy.owner()) + ". ")
                    + (strategy.sponsor().isBlank() ? "" : texts.get("deck.title.sponsor", strategy.sponsor()) + ". ")
                    + texts.get("deck.title.date", today.toString()) + ".";
        }

        void titleSlide(XSLFSlide slide, XSLFPictureData logo, DeckShapes shapes) {
            shapes.rectangle(slide, new Rectangle2D.Double(0, 0, WIDTH, 300), ACCENT);
            slide.createPicture(logo).setAnchor(new Rectangle2D.Double(MARGIN, 40, 96, 96));
            double width = WIDTH - 2 * MARGIN;
            XSLFTextBox name = shapes.box(slide, new Rectangle2D.Double(MARGIN, 150, width, 100), VerticalAlignment.BOTTOM);
            shapes.paragraph(name, TextFit.clip(strategyName(), 2 * TextFit.charsPerLine(width, 36)),
                    DeckShapes.Look.of(36, Color.WHITE, true));
            XSLFTextBox subtitle = shapes.box(slide, new Rectangle2D.Double(MARGIN, 252, width, 36), null);
            shapes.paragraph(subtitle, texts.get("deck.title.subtitle"), DeckShapes.Look.of(18, ACCENT_SUBTLE, false));
            var strategy = scope.strategy();
            List<String> lines = new ArrayList<>();
            if (!strategy.owner().isBlank()) {
                lines.add(texts.get("deck.title.owner", strategy.owner()));
            }
            if (!strategy.sponsor().isBlank()) {
                lines.add(texts.get("deck.title.sponsor", strategy.sponsor()));
            }
            lines.add(texts.get("deck.title.date", today.toString()));
            XSLFTextBox details = shapes.box(slide, new Rectangle2D.Double(MARGIN, 330, width, 140), null);
            int perLine = TextFit.charsPerLine(width, 20);
            for (String line : lines) {
                shapes.paragraph(details, TextFit.clip(line, perLine), DeckShapes.Look.of(20, INK, false));
            }
        }

        // scope

        private void scope(List<Page> pages) {
            List<ActivityArea> areas = scope.areas().stream()
                    .sorted(Comparator.comparing((ActivityArea area) -> !area.inScope())
                            .thenComparing(Comparator.comparingInt(ActivityArea::impact).reversed()))
                    .toList();
            List<String> inScope = areas.stream().filter(ActivityArea::inScope).map(texts::area).toList();
            String notes = texts.get("deck.scope.notes", inScope.size(), areas.size(),
                    inScope.isEmpty() ? texts.get("deck.none") : String.join(", ", inScope));
            List<List<String>> rows = areas.stream().map(area -> List.of(texts.area(area),
                    texts.get(area.inScope() ? "deck.scope.yes" : "deck.scope.no"), String.valueOf(area.impact()),
                    String.valueOf(area.effort()), area.looksLikeDrain() ? texts.get("deck.scope.drain")
                            : area.inScope() && area.impact() >= 4 && area.effort() <= 2 ? texts.get("deck.scope.quickWin") : ""))
                    .toList();
            List<List<Color>> fills = areas.stream().map(area -> {
                List<Color> colors = new ArrayList<>(java.util.Collections.nCopies(5, (Color) null));
                colors.set(1, area.inScope() ? ACCENT_SUBTLE : null);
                colors.set(2, level(area.impact()));
                colors.set(3, level(area.effort()));
                return colors;
            }).toList();
            tablePages(pages, texts.get("deck.scope.title"), new double[] {380, 110, 90, 90, 218},
                    List.of(texts.get("deck.scope.area"), texts.get("deck.scope.inScope"), texts.get("deck.scope.impact"),
                            texts.get("deck.scope.effort"), texts.get("deck.scope.note")), rows, fills, notes);
        }

        /** A 1–5 rating as a shade of the accent. */
        private static Color level(int rating) {
            return shade(Math.max(0, Math.min(5, rating)) / 5.0 * 0.45);
        }

        private static Color shade(double share) {
            int r = (int) Math.round(255 + (ACCENT.getRed() - 255) * share);
            int g = (int) Math.round(255 + (ACCENT.getGreen() - 255) * share);
            int b = (int) Math.round(255 + (ACCENT.getBlue() - 255) * share);
            return new Color(r, g, b);
        }

        // expectations

        private List<Stakeholder> stakeholders() {
            if (stakeholders == null) {
                stakeholders = workspace.stakeholders().list();
            }
            return stakeholders;
        }

        private Map<Long, String> names() {
            return stakeholders().stream().collect(Collectors.toMap(Stakeholder::id, Stakeholder::name, (a, b) -> a));
        }

        /** Every champion, read once (the champions slide shows those of known stakeholders, the next steps' gaps look at all). */
        private List<Champion> champions() {
            if (champions == null) {
                champions = workspace.champions().list();
            }
            return champions;
        }

        /** The RACI matrix, read once (the governance slide and the next steps' warnings). */
        private RaciMatrix matrix() {
            if (matrix == null) {
                matrix = new GovernanceService(workspace.governance()).loadMatrix();
            }
            return matrix;
        }

        /** Every deliverable, included or not (the gap rules look at all), read once. */
        private List<Deliverable> allDeliverables() {
            if (allDeliverables == null) {
                allDeliverables = workspace.deliverables().list();
            }
            return allDeliverables;
        }

        private List<Deliverable> deliverables() {
            return allDeliverables().stream().filter(Deliverable::included).toList();
        }

        private void expectations(List<Page> pages) {
            List<Deliverable> deliverables = deliverables();
            Map<Long, String> names = names();
            long done = deliverables.stream().filter(d -> d.status() == DeliverableStatus.DONE).count();
            long overdue = deliverables.stream().filter(d -> d.isOverdue(today)).count();
            List<List<String>> rows = deliverables.stream().map(d -> List.of(texts.deliverable(d),
                    texts.message(d.status().messageKey(), List.of()),
                    d.dueDate().map(date -> date + (d.isOverdue(today) ? " · " + texts.get("deck.expectations.overdue") : ""))
                            .orElse(""),
                    d.ownerId().map(names::get).orElse(""))).toList();
            List<List<Color>> fills = deliverables.stream().map(d -> java.util.Arrays.asList((Color) null,
                    d.status() == DeliverableStatus.DONE ? GREEN : d.status() == DeliverableStatus.NOT_STARTED ? null : ACCENT_SUBTLE,
                    d.isOverdue(today) ? RED : null, (Color) null)).toList();
            tablePages(pages, texts.get("deck.expectations.title"), new double[] {390, 150, 170, 178},
                    List.of(texts.get("deck.expectations.deliverable"), texts.get("deck.expectations.status"),
                            texts.get("deck.expectations.due"), texts.get("deck.expectations.owner")),
                    rows, fills, texts.get("deck.expectations.notes", deliverables.size(), done, overdue));
        }

        // needs analysis

        private void needs(List<Page> pages) {
            NeedsAnalysis needs = new NeedsAnalysisService(workspace.needsAnalysis(), workspace.scope()).load();
            List<Finding> open = Ranking.BY_VOTES.rank(needs.findings()).stream().filter(Finding::isOpen).toList();
            List<String> items = open.stream().limit(TOP_PAIN_POINTS)
                    .map(f -> texts.get("deck.needs.painPoint", clean(f.text()), f.score(), f.votes())).toList();
            List<String> all = new ArrayList<>(items);
            if (open.size() > items.size()) {
                all.add(texts.get("deck.more", open.size() - items.size()));
            }
            bulletPages(pages, texts.get("deck.needs.title"), all,
                    texts.get("deck.needs.notes", open.size(), needs.sessions().size()));

            HeatMap map = HeatMap.of(needs.areas(), needs.findings());
            List<String> header = new ArrayList<>();
            header.add(texts.get("deck.heatMap.area"));
            for (NeedsGroup group : NeedsGroup.values()) {
                header.add(texts.message(group.messageKey(), List.of()));
            }
            List<List<String>> rows = new ArrayList<>();
            List<List<Color>> fills = new ArrayList<>();
            for (HeatMap.Row row : map.rows()) {
                List<String> values = new ArrayList<>();
                List<Color> colors = new ArrayList<>();
                values.add(row.area().map(texts::area).orElse(texts.get("deck.heatMap.noArea")));
                colors.add(null);
                for (NeedsGroup group : NeedsGroup.values()) {
                    Optional<HeatMap.Cell> cell = row.cells().stream().filter(c -> c.key().group() == group).findFirst();
                    values.add(cell.map(c -> String.valueOf(c.count())).orElse("0"));
                    colors.add(cell.map(c -> shade((double) map.level(c, HeatMap.Measure.COUNT) / HeatMap.LEVELS)).orElse(null));
                }
                rows.add(values);
                fills.add(colors);
            }
            tablePages(pages, texts.get("deck.heatMap.title"), new double[] {408, 160, 160, 160}, header, rows, fills,
                    texts.get("deck.heatMap.notes", map.max(HeatMap.Measure.COUNT)));
        }

        // champions

        private void champions(List<Page> pages) {
            Map<Long, String> names = names();
            List<Champion> champions = champions().stream().filter(c -> names.containsKey(c.stakeholderId())).toList();
            List<Gap> gaps = GapRules.find(scope.strategy(), stakeholders(), champions, allDeliverables());
            List<String> championLines = champions.stream().map(c -> texts.get("deck.champions.champion",
                    names.get(c.stakeholderId()), c.isUnassigned() ? texts.get("deck.champions.unassigned")
                            : String.join(" · ", java.util.stream.Stream.of(c.businessArea(), c.region())
                                    .filter(s -> !s.isBlank()).toList()))).toList();
            List<String> gapLines = gaps.stream().map(g -> texts.message(g.messageKey(), g.arguments())).toList();
            twoColumnPage(pages, texts.get("deck.champions.title"), texts.get("deck.champions.champions"),
                    championLines.isEmpty() ? List.of(texts.get("deck.none")) : championLines,
                    texts.get("deck.champions.gaps"), gapLines.isEmpty() ? List.of(texts.get("deck.champions.noGaps")) : gapLines,
                    texts.get("deck.champions.notes", champions.size(), gaps.size()));
        }

        // governance

        private void governance(List<Page> pages) {
            GovernanceService service = new GovernanceService(workspace.governance());
            Optional<GovernanceModel> model = service.loadModel();
            List<GovernanceBody> bodies = service.bodies();
            RaciMatrix matrix = matrix();
            List<Problem> violations = GovernanceRules.warnings(matrix, scope.areas());
            GovernanceSummary summary = GovernanceRules.summary(model, bodies, matrix, scope.areas());
            String modelName = model.map(m -> texts.message(m.messageKey(), List.of())).orElse("–");
            List<String> left = new ArrayList<>();
            left.add(model.isPresent() ? texts.get("deck.governance.model", modelName) : texts.get("deck.governance.noModel"));
            left.add(texts.get("deck.governance.raciSummary", summary.processes(), summary.roles(), summary.processesComplete()));
            bodies.forEach(body -> left.add(texts.get("deck.governance.body", body.name(), body.memberIds().size())));
            List<String> right = violations.stream().map(p -> texts.message(p.messageKey(), p.arguments())).toList();
            twoColumnPage(pages, texts.get("deck.governance.title"), texts.get("deck.governance.bodies"), left,
                    texts.get("deck.governance.violations"),
                    right.isEmpty() ? List.of(texts.get("deck.governance.noViolations")) : right,
                    texts.get("deck.governance.notes", modelName, bodies.size(), summary.processes(), summary.roles(),
                            violations.size()));
        }

        // the four questions

        private List<Evaluation> evaluations() {
            if (evaluations == null) {
                evaluations = new KeyQuestionsService(workspace.keyQuestions(), figures, options.clock()).evaluateAll();
            }
            return evaluations;
        }

        private void questions(List<Page> pages) {
            List<Evaluation> evaluations = evaluations();
            List<List<String>> rows = new ArrayList<>();
            List<List<Color>> fills = new ArrayList<>();
            for (KeyQuestion question : KeyQuestion.values()) {
                List<Evaluation> mine = evaluations.stream().filter(e -> e.condition().question() == question).toList();
                String name = question.number() + ". " + texts.message(question.shortKey(), List.of());
                if (mine.isEmpty()) {
                    rows.add(List.of(name, texts.get("deck.questions.noCondition"), texts.get("deck.questions.noValue"),
                            texts.get("deck.questions.noValue")));
                    fills.add(java.util.Arrays.asList(null, null, null, GREY));
                }
                for (Evaluation evaluation : mine) {
                    rows.add(List.of(name, texts.condition(evaluation),
                            evaluation.value().map(v -> v.stripTrailingZeros().toPlainString()).orElse(texts.get("deck.questions.noValue")),
                            texts.message(evaluation.status().messageKey(), List.of())));
                    fills.add(java.util.Arrays.asList(null, null, null, color(evaluation.signal())));
                }
            }
            long met = evaluations.stream().filter(e -> e.status() == ConditionStatus.MET).count();
            long notMet = evaluations.stream().filter(e -> e.status() == ConditionStatus.NOT_MET).count();
            long noData = evaluations.stream().filter(e -> e.status() == ConditionStatus.NO_DATA).count();
            tablePages(pages, texts.get("deck.questions.title"), new double[] {200, 438, 100, 150},
                    List.of(texts.get("deck.questions.question"), texts.get("deck.questions.condition"),
                            texts.get("deck.questions.value"), texts.get("deck.questions.status")),
                    rows, fills, texts.get("deck.questions.notes", evaluations.size(), met, notMet, noData));
        }

        // operations

        private void operations(List<Page> pages) {
            record Kpis(List<KpiFigures.MonthCount> months, List<KpiFigures.AreaFill> fill,
                        List<KpiFigures.CategoryCost> costs, EventTotals marks) {
            }
            Kpis kpis = new Kpis(figures.sessionsPerMonth(), figures.fillByActivityArea(), figures.costsByCategory(),
                    figures.totals(Metric.ATTENDANCE_RATE, MetricScope.EVERYTHING));
            List<KpiFigures.MonthCount> months = kpis.months().subList(Math.max(0, kpis.months().size() - MONTHS), kpis.months().size());
            Map<Long, ActivityArea> areas = scope.areas().stream().collect(Collectors.toMap(ActivityArea::id, a -> a));
            List<KpiFigures.AreaFill> fills = kpis.fill().stream().filter(f -> f.capacity() > 0).toList();
            long sessions = months.stream().mapToLong(KpiFigures.MonthCount::sessions).sum();
            double half = (WIDTH - 2 * MARGIN - 24) / 2;
            Rectangle2D left = new Rectangle2D.Double(MARGIN, BODY_TOP + 8, half, BODY_BOTTOM - BODY_TOP - 16);
            Rectangle2D right = new Rectangle2D.Double(MARGIN + half + 24, BODY_TOP + 8, half, BODY_BOTTOM - BODY_TOP - 16);
            pages.add(new Page(texts.get("deck.operations.title"), canvas -> {
                if (months.isEmpty()) {
                    canvas.message(left, texts.get("deck.operations.sessionsPerMonth") + ": " + texts.get("deck.operations.noData"));
                } else {
                    canvas.bars(left, texts.get("deck.operations.sessionsPerMonth"), texts.get("deck.operations.sessions"),
                            months.stream().map(m -> m.month().toString()).toList(),
                            months.stream().map(m -> (double) m.sessions()).toList());
                }
                if (fills.isEmpty()) {
                    canvas.message(right, texts.get("deck.operations.fillRate") + ": " + texts.get("deck.operations.noData"));
                } else {
                    canvas.bars(right, texts.get("deck.operations.fillRate"), texts.get("deck.operations.fillRateSeries"),
                            fills.stream().map(f -> f.activityAreaId().map(areas::get).map(texts::area)
                                    .orElse(texts.get("deck.heatMap.noArea"))).toList(),
                            fills.stream().map(f -> f.percent().map(BigDecimal::doubleValue).orElse(0.0)).toList());
                }
            }, texts.get("deck.operations.notes", months.size(), sessions)));

            long attended = kpis.marks().attendedMarks();
            long noShow = kpis.marks().noShowMarks();
            String currency = KpiFigures.mainCurrency(kpis.costs());
            List<KpiFigures.CategoryCost> costs = kpis.costs().stream().filter(c -> c.currency().equals(currency)).toList();
            BigDecimal total = costs.stream().map(KpiFigures.CategoryCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            pages.add(new Page(texts.get("deck.operations.title2"), canvas -> {
                if (attended + noShow == 0) {
                    canvas.message(left, texts.get("deck.operations.attendance") + ": " + texts.get("deck.operations.noData"));
                } else {
                    canvas.pie(left, texts.get("deck.operations.attendance"),
                            List.of(texts.get("deck.operations.attended"), texts.get("deck.operations.noShow")),
                            List.of((double) attended, (double) noShow));
                }
                if (costs.isEmpty()) {
                    canvas.message(right, texts.get("deck.operations.costs", "–") + ": " + texts.get("deck.operations.noData"));
                } else {
                    canvas.bars(right, texts.get("deck.operations.costs", currency), texts.get("deck.operations.costsSeries"),
                            costs.stream().map(c -> texts.message(c.category().messageKey(), List.of())).toList(),
                            costs.stream().map(c -> c.amount().doubleValue()).toList());
                }
            }, texts.get("deck.operations.notes2", attended + noShow, attended, noShow, total.toPlainString(), currency)));
        }

        // next steps

        private void nextSteps(List<Page> pages) {
            List<String> items = new ArrayList<>();
            for (Deliverable deliverable : deliverables()) {
                if (deliverable.isOverdue(today)) {
                    items.add(texts.get("deck.next.overdue", texts.deliverable(deliverable), deliverable.dueDate().orElseThrow().toString()));
                }
            }
            for (Evaluation evaluation : evaluations()) {
                if (evaluation.status() == ConditionStatus.NOT_MET) {
                    items.add(texts.get("deck.next.unmet", evaluation.condition().question().number(), texts.condition(evaluation)));
                }
            }
            // the overview's warnings, from what the deck has read (the overview itself would read every step again)
            List<Warning> warnings = OverviewService.warnings(scope, stakeholders(), allDeliverables(), champions(), matrix(),
                    QuestionsReview.warnings(evaluations()), new ArtefactsService(workspace.artefacts()).load(), today);
            for (Warning warning : warnings) {
                // overdue deliverables and unmet conditions are listed above already
                if (!warning.messageKey().equals("overview.warning.overdue") && !warning.messageKey().equals("questions.warning.notMet")
                        && !warning.messageKey().equals("questions.warning.overdue")) {
                    items.add(texts.message(warning.messageKey(), warning.arguments()));
                }
            }
            int count = items.size();
            bulletPages(pages, texts.get("deck.next.title"), items.isEmpty() ? List.of(texts.get("deck.next.none")) : items,
                    texts.get("deck.next.notes", count));
        }

        // layouts

        private void bulletPages(List<Page> pages, String title, List<String> items, String notes) {
            Rectangle2D area = new Rectangle2D.Double(MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, BODY_BOTTOM - BODY_TOP);
            // a bullet takes its indent: count the width a little narrower
            int perLine = TextFit.charsPerLine(area.getWidth() - BULLET_ALLOWANCE, BODY_SIZE);
            int lines = TextFit.lineCapacity(area.getHeight(), BODY_SIZE);
            List<List<String>> split = TextFit.paginate(items, perLine, lines, 2, MAX_PAGES, n -> texts.get("deck.more", n));
            for (int i = 0; i < split.size(); i++) {
                List<String> page = split.get(i);
                pages.add(new Page(i == 0 ? title : texts.get("deck.continued", title),
                        canvas -> canvas.bullets(area, null, page, BODY_SIZE),
                        notes + " " + texts.get("deck.notes.items", String.join("; ", page))));
            }
        }

        private void twoColumnPage(List<Page> pages, String title, String leftHeading, List<String> left,
                                   String rightHeading, List<String> right, String notes) {
            double half = (WIDTH - 2 * MARGIN - 24) / 2;
            Rectangle2D leftArea = new Rectangle2D.Double(MARGIN, BODY_TOP, half, BODY_BOTTOM - BODY_TOP);
            Rectangle2D rightArea = new Rectangle2D.Double(MARGIN + half + 24, BODY_TOP, half, BODY_BOTTOM - BODY_TOP);
            double size = 14;
            int perLine = TextFit.charsPerLine(half - BULLET_ALLOWANCE, size);
            int lines = TextFit.lineCapacity(BODY_BOTTOM - BODY_TOP, size) - 1; // the heading
            List<String> leftShown = TextFit.paginate(left, perLine, lines, 2, 1, n -> texts.get("deck.more", n)).get(0);
            List<String> rightShown = TextFit.paginate(right, perLine, lines, 2, 1, n -> texts.get("deck.more", n)).get(0);
            pages.add(new Page(title, canvas -> {
                canvas.bullets(leftArea, leftHeading, leftShown, size);
                canvas.bullets(rightArea, rightHeading, rightShown, size);
            }, notes));
        }

        private void tablePages(List<Page> pages, String title, double[] widths, List<String> header,
                                List<List<String>> rows, List<List<Color>> fills, String notes) {
            Rectangle2D area = new Rectangle2D.Double(MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, BODY_BOTTOM - BODY_TOP);
            int perPage = (int) (area.getHeight() / ROW_HEIGHT) - 1;
            int shown = Math.min(rows.size(), perPage * MAX_PAGES);
            boolean more = shown < rows.size();
            if (more) {
                shown--; // the last row says how many are left out
            }
            int pageCount = Math.max(1, (shown + (more ? 1 : 0) + perPage - 1) / perPage);
            for (int p = 0; p < pageCount; p++) {
                int from = p * perPage;
                int to = Math.min(shown, from + perPage);
                List<List<String>> pageRows = new ArrayList<>(rows.subList(Math.min(from, shown), to));
                List<List<Color>> pageFills = new ArrayList<>(fills.subList(Math.min(from, shown), to));
                if (more && p == pageCount - 1) {
                    List<String> last = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
                    last.set(0, texts.get("deck.more", rows.size() - shown));
                    pageRows.add(last);
                    pageFills.add(java.util.Collections.nCopies(header.size(), (Color) null));
                }
                String pageNotes = rows.isEmpty() ? notes + " " + texts.get("deck.none") : notes;
                pages.add(new Page(p == 0 ? title : texts.get("deck.continued", title), canvas -> {
                    if (pageRows.isEmpty()) {
                        canvas.message(area, texts.get("deck.none"));
                    } else {
                        canvas.table(area, widths, header, pageRows, pageFills);
                    }
                }, pageNotes));
            }
        }
    }
}
