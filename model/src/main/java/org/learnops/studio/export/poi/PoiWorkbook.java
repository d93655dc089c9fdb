package org.learnops.studio.export.poi;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.learnops.studio.domain.Labelled;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.artefacts.Communication;
import org.learnops.studio.domain.artefacts.GlossaryTerm;
import org.learnops.studio.domain.artefacts.Policy;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.expectations.Deliverable;
import org.learnops.studio.domain.governance.GovernanceRules;
import org.learnops.studio.domain.governance.RaciMatrix;
import org.learnops.studio.domain.governance.RaciProcess;
import org.learnops.studio.domain.governance.RaciRole;
import org.learnops.studio.domain.needs.Finding;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.RecordCounts;
import org.learnops.studio.domain.questions.ConditionStatus;
import org.learnops.studio.domain.questions.DoneCondition;
import org.learnops.studio.domain.questions.Evaluation;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.Strategy;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.export.WorkbookExport;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.service.EventFigures;
import org.learnops.studio.service.KeyQuestionsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace as an .xlsx: a Summary sheet whose counts, rates and totals are formulas over the
 * other sheets, then one sheet (or a few) per chosen section. Written with SXSSF: only
 * {@link #WINDOW} rows per sheet stay in memory, and the operations tables are read from the
 * database row by row in one read transaction, so a million enrolments never sit in the heap.
 * Every text cell goes through {@link SafeCells}; e-mail columns exist only with personal data.
 */
public final class PoiWorkbook implements WorkbookExport {

    /** Rows per sheet SXSSF keeps in memory before flushing them to its temporary file. */
    static final int WINDOW = 200;
    /** Progress is reported, and cancellation checked, every this many rows. */
    static final int STEP = 1000;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(PoiWorkbook.class);
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.learnops.studio.export.labels",
            Locale.ROOT);

    /** Data rows per sheet: a table longer than this goes on in "Attendance (2)" and so on. */
    private final int rowsPerSheet;

    public PoiWorkbook() {
        // Excel's last row index (1,048,575): the header takes row 0, so that many data rows fit.
        this(SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    }

    /** For tests: continuation sheets without writing a million rows. */
    PoiWorkbook(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress) {
        try {
            AtomicFile.write(target, out -> {
                SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
                try {
                    new Writer(workbook, workspace, options, progress, rowsPerSheet).writeAll();
                    long zipping = System.nanoTime();
                    workbook.write(out);
                    LOG.debug("Workbook zipped in {} ms", millisSince(zipping));
                } finally {
                    workbook.dispose(); // SXSSF's own temporary files of flushed rows
                    workbook.close();
                }
            });
            LOG.info("Workbook written to {}", target);
        } catch (CancelledException e) {
            LOG.info("Workbook export to {} cancelled", target);
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StudioException("workbook.error.write", e, target.getFileName().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** The label {@code workbook.<key>}. */
    static String label(String key) {
        return LABELS.getString("workbook." + key);
    }

    /** An enum's words: {@code workbook.value.<messageKey>}, else its constant name in plain case. */
    static String value(String messageKey, Enum<?> constant) {
        try {
            return LABELS.getString("workbook.value." + messageKey);
        } catch (MissingResourceException e) {
            String name = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    static String value(Labelled labelled) {
        return value(labelled.messageKey(), (Enum<?>) labelled);
    }

    /** One export run: the workbook, its styles and what the summary needs to know. */
    private static final class Writer {

        private final SXSSFWorkbook workbook;
        private final Workspace workspace;
        private final ExportOptions options;
        private final ExportProgress progress;
        private final ZoneId zone;
        private final SafeCells safe;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle percent;
        private final CellStyle count;
        private final CellStyle bold;
        private final CellStyle plainAmount;
        private final Map<String, CellStyle> currencyStyles = new HashMap<>();
        private final Map<ExportSection, Integer> rowsBySheet = new HashMap<>();
        private final Map<String, Integer> tableRows = new HashMap<>();
        /** Per table, its sheets (one unless it outgrew a sheet) and the data rows on each. */
        private final Map<String, List<Part>> tableParts = new HashMap<>();
        private final int rowsPerSheet;
        /** Costs per currency, as the totals' formulas will add them up (their cached values). */
        private final SortedMap<String, BigDecimal> costsByCurrency = new TreeMap<>();
        private long placesHeld;
        private long capacityTotal;
        private long attended;
        private long noShows;
        private long conditionsMet;
        private long done;
        private long total;

        Writer(SXSSFWorkbook workbook, Workspace workspace, ExportOptions options, ExportProgress progress,
               int rowsPerSheet) {
            this.workbook = workbook;
            this.rowsPerSheet = rowsPerSheet;
            this.workspace = workspace;
            this.options = options;
            this.progress = progress;
            this.zone = options.clock().getZone();
            this.safe = new SafeCells(workbook);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font white = workbook.createFont();
            white.setBold(true);
            white.setColor(IndexedColors.WHITE.getIndex());
            header = workbook.createCellStyle();
            header.setFont(white);
            header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setAlignment(HorizontalAlignment.CENTER);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            // Numbers, dates and rates are centred: right-aligned beside left-aligned text they run together.
            date = centred(format("yyyy-mm-dd"));
            dateTime = centred(format("yyyy-mm-dd hh:mm"));
            percent = centred(format("0.0%"));
            count = centred(workbook.createCellStyle());
            plainAmount = format("#,##0.00");
        }

        private static CellStyle centred(CellStyle style) {
            style.setAlignment(HorizontalAlignment.CENTER);
            return style;
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }

        /** Amounts in {@code currency}, e.g. "[$EUR] #,##0.00"; codes other than three letters get plain numbers. */
        private CellStyle money(String currency) {
            if (!currency.matches("[A-Z]{3}")) {
                return plainAmount;
            }
            return currencyStyles.computeIfAbsent(currency, code -> format("[$" + code + "] #,##0.00"));
        }

        void writeAll() {
            long started = System.nanoTime();
            Sheet summary = workbook.createSheet(sheetName("summary"));
            workbook.setForceFormulaRecalculation(true);
            RecordCounts counts = options.includes(ExportSection.OPERATIONS)
                    ? workspace.operations().inTransaction(store -> store.counts())
                    : new RecordCounts(0, 0, 0, 0, 0);
            total = counts.total();
            progress.update(0, total);
            List<Stakeholder> stakeholders = workspace.stakeholders().list();
            Map<Long, String> stakeholderNames = stakeholders.stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::name, (a, b) -> a));
            List<ActivityArea> areas = workspace.scope().loadAreas();
            Map<Long, String> areaNames = areas.stream().collect(Collectors.toMap(ActivityArea::id, Writer::areaName,
                    (a, b) -> a));
            if (options.includes(ExportSection.SCOPE)) {
                scope(areas);
            }
            if (options.includes(ExportSection.EXPECTATIONS)) {
                deliverables(stakeholderNames);
            }
            if (options.includes(ExportSection.NEEDS_ANALYSIS)) {
                findings(areaNames);
            }
            if (options.includes(ExportSection.CHAMPIONS)) {
                stakeholders(stakeholders);
                champions(stakeholderNames, areaNames);
            }
            if (options.includes(ExportSection.GOVERNANCE)) {
                raci(areas, areaNames);
            }
            if (options.includes(ExportSection.KEY_QUESTIONS)) {
                conditions(stakeholderNames, areaNames);
            }
            if (options.includes(ExportSection.ARTEFACTS)) {
                artefacts(stakeholderNames, areaNames);
            }
            // the strategy sheets are small; most of this is evaluating the done-conditions
            LOG.debug("Strategy sheets written in {} ms", millisSince(started));
            if (options.includes(ExportSection.OPERATIONS)) {
                workspace.operations().inTransaction(store -> {
                    Table events = table("events", "id", "course", "startsOn", "endsOn", "coordinator", "businessArea",
                            "region", "capacity", "placesHeld", "waitlisted", "status", "fillRate");
                    store.forEachEvent(e -> {
                        Row row = events.row();
                        number(row, 0, e.event().id(), null);
                        text(row, 1, e.courseTitle(), events);
                        date(row, 2, e.event().startsOn(), events);
                        date(row, 3, e.event().endsOn(), events);
                        text(row, 4, e.coordinatorName(), events);
                        text(row, 5, e.event().businessArea(), events);
                        text(row, 6, e.event().region(), events);
                        number(row, 7, e.event().capacity(), null);
                        number(row, 8, e.enrolled(), null);
                        number(row, 9, e.waitlisted(), null);
                        text(row, 10, value(e.shownStatus()), events);
                        int excelRow = row.getRowNum() + 1;
                        formula(row, 11, "I" + excelRow + "/H" + excelRow, percent,
                                (double) e.enrolled() / e.event().capacity());
                        placesHeld += e.enrolled();
                        capacityTotal += e.event().capacity();
                        step();
                    });
                    finish(events);

                    Table sessions = table("sessions", "id", "eventId", "course", "start", "end", "zone", "room",
                            "cancelled");
                    store.forEachSession(s -> {
                        Row row = sessions.row();
                        number(row, 0, s.session().id(), null);
                        number(row, 1, s.session().eventId(), null);
                        text(row, 2, s.courseTitle(), sessions);
                        dateTime(row, 3, s.session().start(), sessions);
                        dateTime(row, 4, s.session().end(), sessions);
                        text(row, 5, s.session().zone().getId(), sessions);
                        text(row, 6, s.roomName(), sessions);
                        text(row, 7, yesNo(s.session().isCancelled() || s.eventCancelled()), sessions);
                        step();
                    });
                    finish(sessions);

                    List<String> enrolmentColumns = new ArrayList<>(List.of("id", "eventId", "course", "person"));
                    if (options.includePersonalData()) {
                        enrolmentColumns.add("email");
                    }
                    enrolmentColumns.addAll(List.of("enrolmentStatus", "enrolledAt", "statusChangedAt", "waitlistPosition"));
                    Table enrolments = table("enrolments", enrolmentColumns.toArray(String[]::new));
                    boolean email = options.includePersonalData();
                    store.forEachEnrolment(p -> {
                        Row row = enrolments.row();
                        int c = 0;
                        number(row, c++, p.enrolment().id(), null);
                        number(row, c++, p.enrolment().eventId(), null);
                        text(row, c++, p.courseTitle(), enrolments);
                        text(row, c++, p.personName(), enrolments);
                        if (email) {
                            text(row, c++, p.email(), enrolments);
                        }
                        text(row, c++, value(p.enrolment().status()), enrolments);
                        dateTime(row, c++, local(p.enrolment().enrolledAt()), enrolments);
                        dateTime(row, c++, local(p.enrolment().statusChangedAt()), enrolments);
                        if (p.enrolment().waitlistPosition() > 0) {
                            number(row, c, p.enrolment().waitlistPosition(), null);
                        }
                        step();
                    });
                    finish(enrolments);

                    Table attendance = table("attendance", "sessionId", "eventId", "course", "sessionStart", "zone",
                            "person", "mark", "markedAt");
                    store.forEachMark(a -> {
                        Row row = attendance.row();
                        number(row, 0, a.sessionId(), null);
                        number(row, 1, a.eventId(), null);
                        text(row, 2, a.courseTitle(), attendance);
                        dateTime(row, 3, a.sessionStart(), attendance);
                        text(row, 4, a.zone().getId(), attendance);
                        text(row, 5, a.personName(), attendance);
                        text(row, 6, value(a.mark()), attendance);
                        dateTime(row, 7, local(a.markedAt()), attendance);
                        if (a.mark() == AttendanceMark.ATTENDED) {
                            attended++;
                        } else {
                            noShows++;
                        }
                        step();
                    });
                    finish(attendance);

                    Table costs = table("costs", "id", "eventId", "category", "amount", "currency", "note");
                    store.forEachCost(cost -> {
                        Row row = costs.row();
                        number(row, 0, cost.id(), null);
                        number(row, 1, cost.eventId(), null);
                        text(row, 2, value(cost.category()), costs);
                        Cell amount = row.createCell(3);
                        amount.setCellValue(cost.amount().doubleValue());
                        amount.setCellStyle(money(cost.currency()));
                        text(row, 4, cost.currency(), costs);
                        text(row, 5, cost.note(), costs);
                        costsByCurrency.merge(cost.currency(), cost.amount(), BigDecimal::add);
                        step();
                    });
                    int lastCost = Math.max(costs.next, 2);
                    finish(costs);
                    costTotals(costs, lastCost);
                    return null;
                });
            }
            summaryContent(summary);
            progress.update(total, total);
        }

        // --- strategy sheets ---

        private void scope(List<ActivityArea> areas) {
            Table table = table("scope", "area", "inScope", "rationale", "impact", "effort");
            for (ActivityArea area : areas) {
                Row row = table.row();
                text(row, 0, areaName(area), table);
                text(row, 1, yesNo(area.inScope()), table);
                text(row, 2, area.rationale(), table);
                number(row, 3, area.impact(), null);
                number(row, 4, area.effort(), null);
            }
            finish(table);
            Strategy strategy = workspace.scope().loadStrategy();
            int r = table.next + 1;
            r = field(table, r, "strategyName", strategy.name());
            r = field(table, r, "sponsor", strategy.sponsor());
            r = field(table, r, "owner", strategy.owner());
            r = field(table, r, "organisation", value("organisation." + strategy.organisation().name(), strategy.organisation()));
            r = field(table, r, "businessArea", strategy.businessArea());
            r = field(table, r, "geography", value("geography." + strategy.geography().name(), strategy.geography()));
            r = field(table, r, "regions", String.join(", ", strategy.regions()));
            field(table, r, "authorityNotes", strategy.authorityNotes());
        }

        private int field(Table table, int rowIndex, String labelKey, String text) {
            Row row = table.sheet.createRow(rowIndex);
            Cell name = row.createCell(0);
            name.setCellStyle(bold);
            safe.text(name, label("column." + labelKey));
            safe.text(row.createCell(1), text);
            return rowIndex + 1;
        }

        private void deliverables(Map<Long, String> stakeholderNames) {
            Table table = table("deliverables", "deliverable", "included", "purpose", "audience", "owner", "due",
                    "deliverableStatus", "overdue", "notes");
            LocalDate today = LocalDate.now(options.clock());
            for (Deliverable d : workspace.deliverables().list()) {
                Row row = table.row();
                text(row, 0, d.isCustom() ? d.customTitle() : value(d.kind()), table);
                text(row, 1, yesNo(d.included()), table);
                text(row, 2, d.purpose(), table);
                text(row, 3, d.audience(), table);
                text(row, 4, d.ownerId().map(id -> stakeholderNames.getOrDefault(id, "")).orElse(""), table);
                d.dueDate().ifPresent(due -> date(row, 5, due, table));
                text(row, 6, value(d.status()), table);
                text(row, 7, yesNo(d.isOverdue(today)), table);
                text(row, 8, d.notes(), table);
            }
            finish(table);
        }

        private void findings(Map<Long, String> areaNames) {
            Table table = table("findings", "finding", "votes", "severity", "frequency", "area", "group",
                    "findingStatus");
            for (Finding f : workspace.needsAnalysis().listFindings()) {
                Row row = table.row();
                text(row, 0, f.text(), table);
                number(row, 1, f.votes(), null);
                number(row, 2, f.severity(), null);
                number(row, 3, f.frequency(), null);
                text(row, 4, f.areaId().map(id -> areaNames.getOrDefault(id, "")).orElse(""), table);
                text(row, 5, value(f.group().messageKey(), f.group()), table);
                text(row, 6, value(f.status().messageKey(), f.status()), table);
            }
            finish(table);
        }

        private void stakeholders(List<Stakeholder> stakeholders) {
            List<String> columns = new ArrayList<>(List.of("name", "role", "stakeholderGroup", "businessArea", "region",
                    "influence", "interest", "stance"));
            if (options.includePersonalData()) {
                columns.add("email");
            }
            Table table = table("stakeholders", columns.toArray(String[]::new));
            for (Stakeholder s : stakeholders) {
                Row row = table.row();
                text(row, 0, s.name(), table);
                text(row, 1, s.role(), table);
                text(row, 2, value(s.group()), table);
                text(row, 3, s.businessArea(), table);
                text(row, 4, s.region(), table);
                number(row, 5, s.influence(), null);
                number(row, 6, s.interest(), null);
                text(row, 7, value(s.stance()), table);
                if (options.includePersonalData()) {
                    text(row, 8, s.email(), table);
                }
            }
            finish(table);
        }

        private void champions(Map<Long, String> stakeholderNames, Map<Long, String> areaNames) {
            Table table = table("champions", "name", "businessArea", "region", "area", "commitment");
            for (Champion c : workspace.champions().list()) {
                Row row = table.row();
                text(row, 0, stakeholderNames.getOrDefault(c.stakeholderId(), ""), table);
                text(row, 1, c.businessArea(), table);
                text(row, 2, c.region(), table);
                text(row, 3, c.activityAreaId().map(id -> areaNames.getOrDefault(id, "")).orElse(""), table);
                text(row, 4, c.commitment(), table);
            }
            finish(table);
        }

        private void raci(List<ActivityArea> areas, Map<Long, String> areaNames) {
            RaciMatrix matrix = workspace.governance().loadMatrix();
            List<String> headings = new ArrayList<>(List.of(label("column.area"), label("column.process")));
            matrix.roles().forEach(role -> headings.add(role.name()));
            Table table = tableWithHeadings("raci", headings);
            for (RaciProcess process : matrix.processes()) {
                Row row = table.row();
                text(row, 0, areaNames.getOrDefault(process.activityAreaId(), ""), table);
                text(row, 1, process.name(), table);
                int c = 2;
                for (RaciRole role : matrix.roles()) {
                    int column = c++;
                    matrix.letter(process.id(), role.id()).ifPresent(letter -> text(row, column, letter.name(), table));
                }
            }
            finish(table);
            List<Problem> violations = GovernanceRules.warnings(matrix, areas);
            int r = table.next + 1;
            Row heading = table.sheet.createRow(r++);
            Cell title = heading.createCell(0);
            title.setCellStyle(bold);
            safe.text(title, label("raci.violations"));
            for (Problem problem : violations) {
                safe.text(table.sheet.createRow(r++).createCell(0), problemText(problem));
            }
        }

        private void conditions(Map<Long, String> stakeholderNames, Map<Long, String> areaNames) {
            KeyQuestionsService service = new KeyQuestionsService(workspace.keyQuestions(),
                    new EventFigures(workspace.operations()), options.clock());
            Table table = table("conditions", "question", "metric", "scope", "comparison", "threshold", "targetDate",
                    "owner", "currentValue", "conditionStatus", "overdue", "signal");
            for (Evaluation evaluation : service.evaluateAll()) {
                DoneCondition c = evaluation.condition();
                Row row = table.row();
                text(row, 0, value(c.question().messageKey() + ".short", c.question()), table);
                text(row, 1, value(c.metric().messageKey(), c.metric()), table);
                String scope = c.scope().activityAreaId().map(id -> areaNames.getOrDefault(id, "")).orElse("");
                if (!c.scope().businessArea().isBlank()) {
                    scope = scope.isEmpty() ? c.scope().businessArea() : scope + " / " + c.scope().businessArea();
                }
                text(row, 2, scope, table);
                text(row, 3, c.comparison().symbol(), table);
                number(row, 4, c.threshold(), null);
                c.targetDate().ifPresent(day -> date(row, 5, day, table));
                text(row, 6, c.ownerId().map(id -> stakeholderNames.getOrDefault(id, "")).orElse(""), table);
                evaluation.value().ifPresent(v -> number(row, 7, v, null));
                text(row, 8, value(evaluation.status().messageKey(), evaluation.status()), table);
                if (evaluation.status() == ConditionStatus.MET) {
                    conditionsMet++;
                }
                text(row, 9, yesNo(evaluation.overdue()), table);
                text(row, 10, value("signal." + evaluation.signal().name(), evaluation.signal()), table);
            }
            finish(table);
        }

        private void artefacts(Map<Long, String> stakeholderNames, Map<Long, String> areaNames) {
            Table glossary = table("glossary", "term", "definition", "synonyms", "owner");
            for (GlossaryTerm term : workspace.artefacts().glossary()) {
                Row row = glossary.row();
                text(row, 0, term.term(), glossary);
                text(row, 1, term.definition(), glossary);
                text(row, 2, term.synonyms(), glossary);
                text(row, 3, term.ownerId().map(id -> stakeholderNames.getOrDefault(id, "")).orElse(""), glossary);
            }
            finish(glossary);
            Table policies = table("policies", "title", "area", "owner", "policyStatus", "reviewDate");
            for (Policy policy : workspace.artefacts().policies()) {
                Row row = policies.row();
                text(row, 0, policy.title(), policies);
                text(row, 1, policy.areaId().map(id -> areaNames.getOrDefault(id, "")).orElse(""), policies);
                text(row, 2, policy.ownerId().map(id -> stakeholderNames.getOrDefault(id, "")).orElse(""), policies);
                text(row, 3, value(policy.status().messageKey(), policy.status()), policies);
                policy.reviewDate().ifPresent(day -> date(row, 4, day, policies));
            }
            finish(policies);
            Table communications = table("communications", "audience", "message", "channel", "date", "owner",
                    "communicationStatus");
            for (Communication c : workspace.artefacts().communications()) {
                Row row = communications.row();
                text(row, 0, c.audience(), communications);
                text(row, 1, c.message(), communications);
                text(row, 2, value(c.channel().messageKey(), c.channel()), communications);
                c.date().ifPresent(day -> date(row, 3, day, communications));
                text(row, 4, c.ownerId().map(id -> stakeholderNames.getOrDefault(id, "")).orElse(""), communications);
                text(row, 5, value(c.status().messageKey(), c.status()), communications);
            }
            finish(communications);
        }

        // --- operations totals and the summary ---

        private void costTotals(Table costs, int lastRow) {
            int r = costs.next + 1;
            String amounts = "D2:D" + lastRow;
            String codes = "E2:E" + lastRow;
            if (costsByCurrency.size() <= 1) {
                Row row = costs.sheet.createRow(r);
                Cell name = row.createCell(2);
                name.setCellStyle(bold);
                safe.text(name, label("total"));
                formula(row, 3, "SUM(" + amounts + ")",
                        costsByCurrency.isEmpty() ? plainAmount : money(costsByCurrency.firstKey()),
                        costsByCurrency.values().stream().mapToDouble(BigDecimal::doubleValue).sum());
                return;
            }
            for (Map.Entry<String, BigDecimal> currency : costsByCurrency.entrySet()) {
                Row row = costs.sheet.createRow(r++);
                Cell name = row.createCell(2);
                name.setCellStyle(bold);
                safe.text(name, label("total") + " " + currency.getKey());
                formula(row, 3, "SUMIF(" + codes + "," + quoted(currency.getKey()) + "," + amounts + ")",
                        money(currency.getKey()), currency.getValue().doubleValue());
            }
        }

        private void summaryContent(Sheet sheet) {
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            Strategy strategy = workspace.scope().loadStrategy();
            int[] r = {0};
            Row title = sheet.createRow(r[0]++);
            Cell heading = title.createCell(0);
            heading.setCellStyle(header);
            safe.text(heading, label("summary.heading"));
            title.createCell(1).setCellStyle(header);
            summaryText(sheet, r, "strategyName", strategy.name());
            summaryText(sheet, r, "owner", strategy.owner());
            summaryText(sheet, r, "sponsor", strategy.sponsor());
            // The summary's values are right-aligned like its counts, not centred like table columns.
            CellStyle summaryDate = format("yyyy-mm-dd");
            CellStyle summaryPercent = format("0.0%");
            Cell today = summaryRow(sheet, r, "exportedOn").createCell(1);
            today.setCellValue(LocalDate.now(options.clock()));
            today.setCellStyle(summaryDate);
            r[0]++;
            countRow(sheet, r, "scope", ExportSection.SCOPE);
            countRow(sheet, r, "deliverables", ExportSection.EXPECTATIONS);
            countRow(sheet, r, "findings", ExportSection.NEEDS_ANALYSIS);
            countRow(sheet, r, "stakeholders", ExportSection.CHAMPIONS);
            countRow(sheet, r, "champions", ExportSection.CHAMPIONS);
            countRow(sheet, r, "raci", ExportSection.GOVERNANCE);
            if (options.includes(ExportSection.KEY_QUESTIONS)) {
                countRow(sheet, r, "conditions", ExportSection.KEY_QUESTIONS);
                summaryFormula(sheet, r, "conditions.met",
                        countIf("conditions", 8, quoted(value(ConditionStatus.MET.messageKey(), ConditionStatus.MET))),
                        null, conditionsMet);
            }
            if (options.includes(ExportSection.OPERATIONS)) {
                r[0]++;
                countRow(sheet, r, "events", ExportSection.OPERATIONS);
                countRow(sheet, r, "sessions", ExportSection.OPERATIONS);
                countRow(sheet, r, "enrolments", ExportSection.OPERATIONS);
                int heldRow = r[0] + 1;
                summaryFormula(sheet, r, "placesHeld", "SUM(" + column("events", 8) + ")", null, placesHeld);
                int capacityRow = r[0] + 1;
                summaryFormula(sheet, r, "capacity", "SUM(" + column("events", 7) + ")", null, capacityTotal);
                summaryFormula(sheet, r, "fillRate",
                        "IF(B" + capacityRow + ">0,B" + heldRow + "/B" + capacityRow + ",\"\")", summaryPercent,
                        capacityTotal > 0 ? (double) placesHeld / capacityTotal : null);
                String present = "(" + countIf("attendance", 6, quoted(value(AttendanceMark.ATTENDED))) + ")";
                String absent = "(" + countIf("attendance", 6, quoted(value(AttendanceMark.NO_SHOW))) + ")";
                summaryFormula(sheet, r, "attendanceRate",
                        "IF(" + present + "+" + absent + ">0," + present + "/(" + present + "+" + absent + "),\"\")",
                        summaryPercent, attended + noShows > 0 ? (double) attended / (attended + noShows) : null);
                List<String> amounts = columnParts("costs", 3);
                List<String> codes = columnParts("costs", 4);
                for (Map.Entry<String, BigDecimal> currency : costsByCurrency.entrySet()) {
                    Row row = summaryRow(sheet, r, null);
                    safe.text(row.getCell(0), label("summary.costs") + " " + currency.getKey());
                    List<String> sums = new ArrayList<>();
                    for (int i = 0; i < amounts.size(); i++) {
                        sums.add("SUMIFS(" + amounts.get(i) + "," + codes.get(i) + "," + quoted(currency.getKey()) + ")");
                    }
                    formula(row, 1, String.join("+", sums), money(currency.getKey()), currency.getValue().doubleValue());
                }
            }
            sheet.createFreezePane(0, 1);
            printed(sheet);
        }

        /** Printed (or turned into PDF) landscape on A4, as wide as one page, the header row on every page. */
        private static void printed(Sheet sheet) {
            sheet.setFitToPage(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        }

        /**
         * The data cells of a table's column, e.g. 'Events'!$I$2:$I$5001 (at least one row); for a
         * table on several sheets, one range per sheet, separated by commas (as SUM and COUNTA take them).
         */
        private String column(String tableKey, int index) {
            return String.join(",", columnParts(tableKey, index));
        }

        private List<String> columnParts(String tableKey, int index) {
            String letter = CellReference.convertNumToColString(index);
            List<Part> parts = tableParts.getOrDefault(tableKey, List.of(new Part(sheetName(tableKey), 0)));
            return parts.stream().map(part -> reference(part.sheetName()) + "$" + letter + "$2:$" + letter + "$"
                    + Math.max(part.rows() + 1, 2)).toList();
        }

        /** COUNTIF over a table's column; one COUNTIF per sheet, added up, since COUNTIF takes one range. */
        private String countIf(String tableKey, int index, String criterion) {
            return columnParts(tableKey, index).stream().map(range -> "COUNTIF(" + range + "," + criterion + ")")
                    .collect(Collectors.joining("+"));
        }

        /** The number of rows of a table, e.g. "Events 40", as a COUNTA over its first column. */
        private void countRow(Sheet sheet, int[] r, String tableKey, ExportSection section) {
            if (options.includes(section)) {
                summaryFormula(sheet, r, "count." + tableKey, "COUNTA(" + column(tableKey, 0) + ")", null,
                        (double) tableRows.getOrDefault(tableKey, 0));
            }
        }

        private Row summaryRow(Sheet sheet, int[] r, String labelKey) {
            Row row = sheet.createRow(r[0]++);
            Cell name = row.createCell(0);
            name.setCellStyle(bold);
            if (labelKey != null) {
                safe.text(name, label("summary." + labelKey));
            }
            return row;
        }

        private void summaryText(Sheet sheet, int[] r, String labelKey, String text) {
            safe.text(summaryRow(sheet, r, labelKey).createCell(1), text);
        }

        private void summaryFormula(Sheet sheet, int[] r, String labelKey, String formula, CellStyle style,
                                    Number cached) {
            formula(summaryRow(sheet, r, labelKey), 1, formula, style, cached);
        }

        // --- tables and cells ---

        /** A sheet being filled: header row styled and frozen, widths from the headings and the first rows. */
        private final class Table {
            final String key;
            final List<String> headings;
            final List<Part> parts = new ArrayList<>();
            Sheet sheet;
            final int[] widths;
            final long started = System.nanoTime();
            int next = 1;

            Table(String key, List<String> headings) {
                this.key = key;
                this.headings = headings;
                this.widths = new int[headings.size()];
                start(sheetName(key));
            }

            /** A new sheet for the table: its header row, styled and frozen. */
            private void start(String name) {
                sheet = workbook.createSheet(name);
                next = 1;
                Row row = sheet.createRow(0);
                for (int i = 0; i < headings.size(); i++) {
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(header);
                    safe.text(cell, headings.get(i));
                    widths[i] = Math.max(widths[i], Math.max(10, headings.get(i).length() + 4));
                }
                sheet.createFreezePane(0, 1);
                printed(sheet);
            }

            Row row() {
                if (next > rowsPerSheet) {
                    finishSheet(this);
                    start(continuationName(key, parts.size() + 1));
                }
                return sheet.createRow(next++);
            }

            void atLeast(int column, int chars) {
                widths[column] = Math.max(widths[column], chars);
            }

            /** Widens a column for text seen in the first rows (SXSSF cannot measure columns itself). */
            void sample(int column, String text) {
                if (next <= WINDOW && text != null && column < widths.length) {
                    widths[column] = Math.min(MAX_WIDTH_CHARS, Math.max(widths[column], text.length() + 2));
                }
            }
        }

        private Table table(String key, String... columnKeys) {
            List<String> headings = new ArrayList<>();
            for (String column : columnKeys) {
                headings.add(label("column." + column));
            }
            return tableWithHeadings(key, headings);
        }

        private Table tableWithHeadings(String key, List<String> headings) {
            checkCancelled();
            return new Table(key, headings);
        }

        private void finish(Table table) {
            finishSheet(table);
            tableParts.put(table.key, List.copyOf(table.parts));
            tableRows.put(table.key, table.parts.stream().mapToInt(Part::rows).sum());
            LOG.debug("Sheet {}: {} rows in {} ms", table.key, tableRows.get(table.key), millisSince(table.started));
            checkCancelled();
        }

        private void finishSheet(Table table) {
            for (int i = 0; i < table.widths.length; i++) {
                table.sheet.setColumnWidth(i, table.widths[i] * 256);
            }
            table.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.next - 1, 0), 0, table.widths.length - 1));
            table.parts.add(new Part(table.sheet.getSheetName(), table.next - 1));
        }

        private void text(Row row, int column, String text, Table table) {
            safe.text(row.createCell(column), text);
            table.sample(column, text);
        }

        private void number(Row row, int column, long number, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number);
            cell.setCellStyle(style == null ? count : style);
        }

        private void number(Row row, int column, BigDecimal number, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style == null ? count : style);
        }

        private void date(Row row, int column, LocalDate day, Table table) {
            table.atLeast(column, 12);
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(date);
        }

        private void dateTime(Row row, int column, LocalDateTime moment, Table table) {
            table.atLeast(column, 18);
            Cell cell = row.createCell(column);
            cell.setCellValue(moment);
            cell.setCellStyle(dateTime);
        }

        /**
         * A formula with the value it computes stored beside it, so that a program that does not
         * recalculate on opening (LibreOffice's default for .xlsx, previews, POI) shows the right figure.
         */
        private static void formula(Row row, int column, String formula, CellStyle style, Number cached) {
            Cell cell = row.createCell(column);
            cell.setCellFormula(formula);
            if (cached != null) {
                cell.setCellValue(cached.doubleValue());
            } else {
                cell.setCellValue(""); // what the formula's IF gives when there is nothing to divide by
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private LocalDateTime local(Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }

        private static String yesNo(boolean flag) {
            return label(flag ? "yes" : "no");
        }

        private String problemText(Problem problem) {
            String pattern;
            try {
                pattern = LABELS.getString("workbook.problem." + problem.messageKey());
            } catch (MissingResourceException e) {
                pattern = problem.messageKey();
            }
            return new MessageFormat(pattern, Locale.ROOT).format(problem.arguments().toArray());
        }

        private void step() {
            done++;
            if (done % STEP == 0) {
                progress.update(done, total);
                checkCancelled();
            }
        }

        private void checkCancelled() {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
        }

        private static String areaName(ActivityArea area) {
            return area.isCustom() ? area.customName() : value(area.builtIn());
        }
    }

    static String sheetName(String key) {
        return WorkbookUtil.createSafeSheetName(label("sheet." + key));
    }

    /** The n-th sheet of a long table, e.g. "Attendance (2)" (kept within Excel's 31 characters). */
    static String continuationName(String key, int n) {
        String suffix = " (" + n + ")";
        String name = sheetName(key);
        return name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }

    /** One sheet of a table and its data rows. */
    private record Part(String sheetName, int rows) {
    }

    /** A sheet name as a formula refers to it: 'Done conditions'! */
    private static String reference(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'!";
    }

    /** A string literal in a formula. */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
