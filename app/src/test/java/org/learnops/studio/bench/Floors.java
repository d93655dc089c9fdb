package org.learnops.studio.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.learnops.studio.workspace.WorkspaceFile;

/**
 * The floors: what the libraries underneath (H2 through plain JDBC, POI's SXSSF and XSLF, Jackson's
 * streaming API) take for the same rows with no product code around them — no domain records, no
 * styles, no checks. Each product figure is divided by its floor.
 */
final class Floors {

    /** The operation's tables in the order foreign keys allow inserting them. */
    static final List<String> OPERATION_TABLES = List.of("person", "room", "course", "training_event", "session_series",
            "event_session", "session_facilitator", "enrolment", "attendance", "cost_line");
    private static final String SETTINGS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;IFEXISTS=TRUE";
    private static final int BATCH = 1000;
    private static final int MAX_ROW = 1_048_575;

    private final WorkspaceFile large;

    Floors(WorkspaceFile large) {
        this.large = large;
    }

    /** A plain JDBC connection to the benchmark's workspace, held open as the product holds its own. */
    Connection connect() throws SQLException {
        return connect(large);
    }

    static Connection connect(WorkspaceFile file) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + file.databasePath() + SETTINGS, "sa", "");
    }

    void describe() throws SQLException {
        try (Connection connection = connect(large); Statement statement = connection.createStatement()) {
            List<String> counts = new ArrayList<>();
            for (String table : OPERATION_TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add(table + " " + rows.getLong(1));
                }
            }
            Bench.say("Workspace: " + String.join(", ", counts));
        }
    }

    // --- queries ---

    private static final String PAGE = "SELECT e.id, e.starts_on, e.ends_on, e.business_area, e.region, e.capacity, e.status,"
            + " c.title, p.name FROM training_event e JOIN course c ON c.id = e.course_id"
            + " LEFT JOIN person p ON p.id = e.coordinator_id";

    void openAndFirstPage() throws SQLException {
        try (Connection connection = connect(large);
             PreparedStatement page = connection.prepareStatement(PAGE + " WHERE e.cancelled_at IS NULL"
                     + " ORDER BY e.starts_on, e.id LIMIT 200")) {
            consume(page.executeQuery());
        }
    }

    /** One keystroke's floor: the first 200 events whose course, area, region or coordinator contains the text. */
    double filteredPage(Connection connection, String text) throws SQLException {
        try (PreparedStatement page = connection.prepareStatement(PAGE + " WHERE e.cancelled_at IS NULL AND"
                     + " (LOWER(c.title) LIKE ? OR LOWER(e.business_area) LIKE ? OR LOWER(e.region) LIKE ?"
                     + " OR LOWER(p.name) LIKE ?) ORDER BY e.starts_on, e.id LIMIT 200")) {
            for (int i = 1; i <= 4; i++) {
                page.setString(i, "%" + text + "%");
            }
            long start = System.nanoTime();
            consume(page.executeQuery());
            return (System.nanoTime() - start) / 1e6;
        }
    }

    record Busy(long eventId, LocalDateTime localStart, LocalDateTime localEnd, ZoneId zone, long roomId,
                long facilitatorId, LocalDateTime startUtc, LocalDateTime endUtc) {
    }

    /** A session with a room and a facilitator in the busiest week: a new session at that time checks the most. */
    Busy busiestSession() throws SQLException {
        try (Connection connection = connect(large); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT s.event_id, s.local_start, s.local_end, s.zone, s.room_id,"
                     + " f.person_id, s.start_utc, s.end_utc FROM event_session s"
                     + " JOIN session_facilitator f ON f.session_id = s.id"
                     + " WHERE s.room_id IS NOT NULL AND s.cancelled_at IS NULL ORDER BY s.id"
                     + " LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM event_session)")) {
            rows.next();
            return new Busy(rows.getLong(1), rows.getObject(2, LocalDateTime.class), rows.getObject(3, LocalDateTime.class),
                    ZoneId.of(rows.getString(4)), rows.getLong(5), rows.getLong(6), rows.getObject(7, LocalDateTime.class),
                    rows.getObject(8, LocalDateTime.class));
        }
    }

    /** The conflict check's floor: the sessions overlapping the candidate, with their facilitators. */
    void overlapping(Connection connection, Busy busy) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id, s.event_id, s.room_id, f.person_id"
                     + " FROM event_session s JOIN training_event e ON e.id = s.event_id"
                     + " LEFT JOIN session_facilitator f ON f.session_id = s.id"
                     + " WHERE s.start_utc < ? AND s.end_utc > ? AND s.cancelled_at IS NULL AND e.cancelled_at IS NULL")) {
            query.setObject(1, busy.endUtc());
            query.setObject(2, busy.startUtc());
            consume(query.executeQuery());
        }
    }

    private static void consume(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    // --- workbook ---

    /**
     * The same sheets, rows and columns as the workbook's operations part, read with plain JDBC and
     * written with SXSSF as plain values (no styles, formulas or sanitising). The tables are read
     * from the streamed table with LEFT JOINs for the names, as the product reads them: with inner
     * joins H2 starts from the courses and sorts every row, which is not the cheapest way to read them.
     */
    void rawWorkbook(Path target) throws Exception {
        try (Connection connection = connect(large); SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(false);
            sheet(connection, workbook, "events", "SELECT e.id, c.title, e.starts_on, e.ends_on, p.name, e.business_area,"
                    + " e.region, e.capacity, COALESCE(h.held, 0), COALESCE(h.waiting, 0), e.status,"
                    + " CAST(COALESCE(h.held, 0) AS DOUBLE) / e.capacity"
                    + " FROM training_event e JOIN course c ON c.id = e.course_id LEFT JOIN person p ON p.id = e.coordinator_id"
                    + " LEFT JOIN (SELECT event_id, SUM(CASE WHEN status IN ('ENROLLED', 'ATTENDED', 'NO_SHOW') THEN 1 ELSE 0 END) held,"
                    + " SUM(CASE WHEN status = 'WAITLISTED' THEN 1 ELSE 0 END) waiting FROM enrolment GROUP BY event_id) h"
                    + " ON h.event_id = e.id ORDER BY e.id");
            sheet(connection, workbook, "sessions", "SELECT s.id, s.event_id, c.title, s.local_start, s.local_end, s.zone,"
                    + " r.name, CASE WHEN s.cancelled_at IS NULL AND e.cancelled_at IS NULL THEN 'no' ELSE 'yes' END"
                    + " FROM event_session s LEFT JOIN training_event e ON e.id = s.event_id LEFT JOIN course c ON c.id = e.course_id"
                    + " LEFT JOIN room r ON r.id = s.room_id ORDER BY s.id");
            sheet(connection, workbook, "enrolments", "SELECT n.id, n.event_id, c.title, p.name, n.status, n.enrolled_at,"
                    + " n.status_changed_at, n.waitlist_position FROM enrolment n LEFT JOIN person p ON p.id = n.person_id"
                    + " LEFT JOIN training_event e ON e.id = n.event_id LEFT JOIN course c ON c.id = e.course_id ORDER BY n.id");
            sheet(connection, workbook, "attendance", "SELECT a.session_id, s.event_id, c.title, s.local_start, s.zone,"
                    + " p.name, a.mark, a.marked_at FROM attendance a LEFT JOIN event_session s ON s.id = a.session_id"
                    + " LEFT JOIN training_event e ON e.id = s.event_id LEFT JOIN course c ON c.id = e.course_id"
                    + " LEFT JOIN person p ON p.id = a.person_id ORDER BY a.session_id, a.person_id");
            sheet(connection, workbook, "costs", "SELECT id, event_id, category, amount, currency, note FROM cost_line"
                    + " WHERE deleted = FALSE ORDER BY id");
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    private static void sheet(Connection connection, SXSSFWorkbook workbook, String name, String sql) throws SQLException {
        Sheet sheet = workbook.createSheet(name);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                Row header = sheet.createRow(0);
                for (int i = 0; i < columns; i++) {
                    header.createCell(i).setCellValue(meta.getColumnLabel(i + 1));
                }
                int r = 1;
                int part = 1;
                while (rows.next()) {
                    if (r > MAX_ROW) {
                        // Excel's limit; the product goes on in a continuation sheet too
                        sheet = workbook.createSheet(name + " (" + ++part + ")");
                        r = 1;
                    }
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < columns; i++) {
                        Object value = rows.getObject(i + 1);
                        if (value == null) {
                            continue;
                        }
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else if (value instanceof Timestamp time) {
                            row.createCell(i).setCellValue(time.toLocalDateTime());
                        } else if (value instanceof java.sql.Date day) {
                            row.createCell(i).setCellValue(day.toLocalDate());
                        } else {
                            row.createCell(i).setCellValue(value.toString());
                        }
                    }
                }
            }
        }
    }

    // --- deck ---

    /**
     * The deck's operational figures with plain JDBC on an open connection — the least SQL that
     * answers them, each once, from the figures the workspace keeps (migration V12, decision 0014):
     * sessions per month with the cancelled ones (the sessions chart and "sessions cancelled"),
     * capacity and places held per activity area (the fill chart and the fill rate), the marks per
     * kind, waitlist conversion and attended learners (one sum), the cost of events with an attended
     * mark per currency (cost per attended learner), costs per category and currency.
     * Organisation-wide, as the large demo's done-conditions are. Returns a checksum of what was read.
     */
    static long deckFigures(Connection connection) throws SQLException {
        List<String> queries = List.of(
                "SELECT session_year, session_month, sessions, cancelled FROM figure_months"
                        + " ORDER BY session_year, session_month",
                "SELECT area_key, SUM(capacity), SUM(places_held) FROM figure_totals GROUP BY area_key"
                        + " HAVING SUM(fillable_events) > 0 ORDER BY area_key",
                "SELECT SUM(attended_marks), SUM(no_show_marks), SUM(ever_waitlisted), SUM(waitlist_converted),"
                        + " SUM(attended_learners) FROM figure_totals",
                "SELECT currency, SUM(lines), SUM(amount) FROM figure_attended_costs GROUP BY currency",
                "SELECT category, currency, amount FROM figure_costs ORDER BY category, currency");
        long checksum = 0;
        try (Statement statement = connection.createStatement()) {
            for (String sql : queries) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            checksum += value == null ? 0 : value.hashCode();
                        }
                    }
                }
            }
        }
        return checksum;
    }

    /** A chart of the product's deck as the floor repeats it: on which slide, a pie or columns, how many points. */
    record DeckChart(int slide, boolean pie, int points) {
    }

    /** The charts of a written deck, slide by slide (read back with POI). */
    static List<DeckChart> charts(XMLSlideShow deck) {
        List<DeckChart> charts = new ArrayList<>();
        List<XSLFSlide> slides = deck.getSlides();
        for (int s = 0; s < slides.size(); s++) {
            for (org.apache.poi.ooxml.POIXMLDocumentPart part : slides.get(s).getRelations()) {
                if (part instanceof XSLFChart chart) {
                    for (XDDFChartData data : chart.getChartSeries()) {
                        int points = data.getSeriesCount() == 0 ? 0 : data.getSeries(0).getCategoryData().getPointCount();
                        charts.add(new DeckChart(s, data instanceof XDDFPieChartData, points));
                    }
                }
            }
        }
        return charts;
    }

    /**
     * A bare 16:9 deck of {@code slides} slides: a title and one text box on every slide, speaker
     * notes on every slide (the product's deck must have them), and the product's charts — the same
     * kind (columns or pie), number of points and slide, each with its data in the chart's embedded
     * workbook, as the product's are, written as the product writes its file. No template, tables,
     * pictures or text fitting.
     */
    static void rawDeck(Path target, int slides, List<DeckChart> charts) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new java.awt.Dimension(960, 540));
            for (int s = 0; s < slides; s++) {
                XSLFSlide slide = deck.createSlide();
                XSLFTextBox title = slide.createTextBox();
                title.setAnchor(new java.awt.Rectangle(40, 20, 880, 60));
                title.setText("Slide " + (s + 1));
                XSLFTextBox body = slide.createTextBox();
                body.setAnchor(new java.awt.Rectangle(40, 460, 880, 60));
                body.setText("Body text of slide " + (s + 1));
                int onSlide = 0;
                for (DeckChart wanted : charts) {
                    if (wanted.slide() == s) {
                        chart(deck, slide, wanted, onSlide++);
                    }
                }
                for (XSLFTextShape shape : deck.getNotesSlide(slide).getPlaceholders()) {
                    if (shape.getTextType() == Placeholder.BODY) {
                        shape.setText("Speaker notes of slide " + (s + 1));
                    }
                }
            }
            writeAsTheProductDoes(deck, target);
        }
    }

    /**
     * As the product writes its deck (AtomicFile): through a 64 KB buffer (POI's zip writer hands
     * the file a few dozen bytes at a time) into a temporary file in the target's folder, then moved
     * into place. No fsync: the product does none either.
     */
    private static void writeAsTheProductDoes(XMLSlideShow deck, Path target) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            deck.write(out);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A shape of the product's deck as the same-content floor repeats it. */
    sealed interface DeckShape permits TextShape, Box, Picture, Table, ChartFrame {
    }

    /** A text box, one text per paragraph. */
    record TextShape(java.awt.geom.Rectangle2D anchor, List<String> paragraphs) implements DeckShape {
    }

    /** A filled rectangle without text. */
    record Box(java.awt.geom.Rectangle2D anchor) implements DeckShape {
    }

    /** The logo. */
    record Picture(java.awt.geom.Rectangle2D anchor) implements DeckShape {
    }

    /** A table, one text per cell. */
    record Table(java.awt.geom.Rectangle2D anchor, List<List<String>> rows) implements DeckShape {
    }

    /** A chart's place (its kind and points are in {@link DeckChart}). */
    record ChartFrame() implements DeckShape {
    }

    /** What the product's deck holds, slide by slide: shapes with their texts, charts, notes, the picture's bytes. */
    record DeckContent(List<List<DeckShape>> slides, List<DeckChart> charts, List<String> notes, byte[] picture) {

        /** Kinds and sizes only (shape kinds, paragraphs, table rows and columns, charts, notes): what the bench compares. */
        String shape() {
            StringBuilder out = new StringBuilder();
            for (int s = 0; s < slides.size(); s++) {
                out.append(s).append(':');
                for (DeckShape shape : slides.get(s)) {
                    out.append(shape instanceof TextShape text ? "T" + text.paragraphs().size()
                            : shape instanceof Box ? "R" : shape instanceof Picture ? "P"
                            : shape instanceof Table table ? "G" + table.rows().size() + "x" + table.rows().get(0).size()
                            : "C").append(' ');
                }
                out.append(notes.get(s).isEmpty() ? "-" : "N").append('\n');
            }
            return out + charts.toString();
        }
    }

    /** The product's deck read back with POI (outside every clock). */
    static DeckContent content(XMLSlideShow deck) {
        List<List<DeckShape>> slides = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (XSLFSlide slide : deck.getSlides()) {
            List<DeckShape> shapes = new ArrayList<>();
            for (org.apache.poi.xslf.usermodel.XSLFShape shape : slide.getShapes()) {
                if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                    List<List<String>> rows = new ArrayList<>();
                    for (org.apache.poi.xslf.usermodel.XSLFTableRow row : table.getRows()) {
                        rows.add(row.getCells().stream().map(org.apache.poi.xslf.usermodel.XSLFTableCell::getText).toList());
                    }
                    shapes.add(new Table(table.getAnchor(), rows));
                } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape picture) {
                    shapes.add(new Picture(picture.getAnchor()));
                } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFGraphicFrame) {
                    shapes.add(new ChartFrame());
                } else if (shape instanceof XSLFTextBox box) {
                    shapes.add(new TextShape(box.getAnchor(), box.getTextParagraphs().stream()
                            .map(org.apache.poi.xslf.usermodel.XSLFTextParagraph::getText).toList()));
                } else if (shape instanceof org.apache.poi.xslf.usermodel.XSLFAutoShape box) {
                    shapes.add(new Box(box.getAnchor()));
                } else {
                    throw new IllegalStateException("a shape the floor does not repeat: " + shape);
                }
            }
            slides.add(shapes);
            String text = "";
            for (XSLFTextShape shape : deck.getNotesSlide(slide).getPlaceholders()) {
                if (shape.getTextType() == Placeholder.BODY) {
                    text = shape.getText();
                }
            }
            notes.add(text);
        }
        byte[] picture = deck.getPictureData().isEmpty() ? new byte[0] : deck.getPictureData().get(0).getData();
        return new DeckContent(slides, charts(deck), notes, picture);
    }

    /**
     * The same-content floor: a bare 16:9 deck with the product's shapes on every slide — the same
     * text boxes with the same texts (one plain run per paragraph), the same tables with the same
     * cell texts, the rectangles, the logo, the charts as {@link #rawDeck(Path, int, List)} makes
     * them, the product's speaker notes — and written as the product writes its file (a temporary
     * file in the folder, moved into place). No fonts, sizes, colours, borders, bullets or
     * alignment; no reading, fitting or wording of the texts.
     */
    static void rawDeck(Path target, DeckContent content) throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new java.awt.Dimension(960, 540));
            org.apache.poi.xslf.usermodel.XSLFPictureData logo = content.picture().length == 0 ? null
                    : deck.addPicture(content.picture(), org.apache.poi.sl.usermodel.PictureData.PictureType.PNG);
            java.util.Iterator<DeckChart> charts = content.charts().iterator();
            for (int s = 0; s < content.slides().size(); s++) {
                XSLFSlide slide = deck.createSlide();
                int onSlide = 0;
                for (DeckShape shape : content.slides().get(s)) {
                    if (shape instanceof TextShape text) {
                        XSLFTextBox box = slide.createTextBox();
                        box.setAnchor(text.anchor());
                        box.clearText();
                        for (String paragraph : text.paragraphs()) {
                            box.addNewTextParagraph().addNewTextRun().setText(paragraph);
                        }
                    } else if (shape instanceof Box box) {
                        slide.createAutoShape().setAnchor(box.anchor());
                    } else if (shape instanceof Picture picture) {
                        slide.createPicture(logo).setAnchor(picture.anchor());
                    } else if (shape instanceof Table table) {
                        org.apache.poi.xslf.usermodel.XSLFTable grid = slide.createTable();
                        grid.setAnchor(table.anchor());
                        for (List<String> values : table.rows()) {
                            org.apache.poi.xslf.usermodel.XSLFTableRow row = grid.addRow();
                            for (String value : values) {
                                row.addCell().setText(value);
                            }
                        }
                        int columns = table.rows().get(0).size();
                        for (int c = 0; c < columns; c++) {
                            grid.setColumnWidth(c, table.anchor().getWidth() / columns);
                        }
                    } else {
                        // the slide's next chart, where the product has it
                        chart(deck, slide, charts.next(), onSlide++);
                    }
                }
                for (XSLFTextShape shape : deck.getNotesSlide(slide).getPlaceholders()) {
                    if (shape.getTextType() == Placeholder.BODY) {
                        shape.setText(content.notes().get(s));
                    }
                }
            }
            writeAsTheProductDoes(deck, target);
        }
    }

    private static void chart(XMLSlideShow deck, XSLFSlide slide, DeckChart wanted, int index) {
        String[] categories = new String[wanted.points()];
        Double[] values = new Double[wanted.points()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = "Category " + (i + 1);
            values[i] = 100.0 + i * 7;
        }
        XSLFChart chart = deck.createChart(slide);
        XDDFChartData data;
        if (wanted.pie()) {
            data = chart.createData(ChartTypes.PIE, null, null);
        } else {
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            data = chart.createData(ChartTypes.BAR, x, y);
            ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        }
        // the data referenced in the chart's embedded workbook (column A the categories, B the values,
        // row 1 the series title), which plot() fills: a chart whose data is editable in PowerPoint
        data.addSeries(XDDFDataSourcesFactory.fromArray(categories,
                                chart.formatRange(new CellRangeAddress(1, categories.length, 0, 0)), 0),
                        XDDFDataSourcesFactory.fromArray(values, chart.formatRange(new CellRangeAddress(1, values.length, 1, 1)), 1))
                .setTitle("Series", chart.setSheetTitle("Series", 1));
        chart.plot(data);
        slide.addChart(chart, new java.awt.Rectangle(40 + 440 * (index % 2), 100, 420, 340));
    }

    // --- JSON ---

    /** The operation's tables as JSON with Jackson's streaming API: one object per row, every column. */
    void rawJsonWrite(Path target) throws Exception {
        try (Connection connection = connect(large); OutputStream out = Files.newOutputStream(target);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            for (String table : OPERATION_TABLES) {
                json.writeArrayFieldStart(table);
                try (Statement statement = connection.createStatement()) {
                    statement.setFetchSize(BATCH);
                    try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                        ResultSetMetaData meta = rows.getMetaData();
                        int columns = meta.getColumnCount();
                        String[] names = new String[columns];
                        for (int i = 0; i < columns; i++) {
                            names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                        }
                        while (rows.next()) {
                            json.writeStartObject();
                            for (int i = 0; i < columns; i++) {
                                json.writeFieldName(names[i]);
                                Object value = rows.getObject(i + 1);
                                if (value == null) {
                                    json.writeNull();
                                } else if (value instanceof Long number) {
                                    json.writeNumber(number);
                                } else if (value instanceof Integer number) {
                                    json.writeNumber(number);
                                } else if (value instanceof BigDecimal number) {
                                    json.writeNumber(number);
                                } else if (value instanceof Boolean flag) {
                                    json.writeBoolean(flag);
                                } else if (value instanceof Timestamp time) {
                                    json.writeString(time.toLocalDateTime().toString());
                                } else {
                                    json.writeString(value.toString());
                                }
                            }
                            json.writeEndObject();
                        }
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    /**
     * The import's floor: every token of the workshop file read with Jackson's streaming parser
     * (values turned into Java values), plus the operation's rows inserted into the empty
     * workspace {@code target} with JDBC batches of {@value #BATCH} in one transaction.
     */
    void rawJsonReadAndInsert(Path file, WorkspaceFile target) throws Exception {
        long values = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Object value = switch (token) {
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT -> parser.getLongValue();
                    case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                    case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
                    default -> null;
                };
                if (value != null) {
                    values++;
                }
            }
        }
        if (values == 0) {
            throw new IllegalStateException("empty file");
        }
        try (Connection source = connect(large); Connection into = connect(target)) {
            into.setAutoCommit(false);
            for (String table : OPERATION_TABLES) {
                copy(source, into, table);
            }
            into.commit();
        }
    }

    private static void copy(Connection source, Connection into, String table) throws SQLException {
        try (Statement statement = source.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                StringBuilder names = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    names.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i));
                    marks.append(i > 1 ? ", ?" : "?");
                }
                try (PreparedStatement insert = into.prepareStatement("INSERT INTO " + table + " (" + names + ")"
                        + " VALUES (" + marks + ")")) {
                    int pending = 0;
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            if (value instanceof Timestamp time) {
                                insert.setObject(i, time.toLocalDateTime());
                            } else if (value instanceof java.sql.Date day) {
                                insert.setObject(i, day.toLocalDate());
                            } else {
                                insert.setObject(i, value);
                            }
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
        }
    }
}
