package org.learnops.studio.exchange.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.operations.CostCategory;
import org.learnops.studio.domain.operations.CostLine;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.OperationsRules;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.domain.operations.PersonRole;
import org.learnops.studio.domain.operations.Room;
import org.learnops.studio.domain.stakeholder.Stakeholder;
import org.learnops.studio.domain.stakeholder.StakeholderGroup;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.domain.stakeholder.Stance;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.RecordTables;
import org.learnops.studio.persistence.RecordTables.Column;

/**
 * Checks the rows of a workshop file (unique ids, references to records earlier in the file, the
 * rules the screens apply) and merges them into the workspace: a record whose natural key
 * matches one already there is changed (or left alone when equal); any other is added, keeping
 * the file's id when no record of that kind has it, else taking the next free one. Against
 * {@link DryRun} nothing is written, which is how the preview counts.
 *
 * <p>Every insert keeps an id (the file's or the next free one), so nothing needs the identity
 * columns until the end: {@link #finish} moves each table's identity above its largest id once,
 * after the last row, in the same transaction.
 */
final class Importer {

    private static final int CHECK_EVERY = 1000;

    private final RecordTables.Writer writer;
    private final ExportProgress progress;
    /** File id → workspace id, for the kinds other records refer to. */
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final List<ImportPreview.Line> lines = new ArrayList<>();
    /** The kinds whose table got rows with ids of the import's choosing: identity restarted at the end. */
    private final List<Kind> restart = new ArrayList<>();
    private Current current;
    private long rows;

    Importer(RecordTables.Writer writer, ExportProgress progress) {
        this.writer = writer;
        this.progress = progress;
    }

    /** The state of the kind being read. */
    private final class Current {
        final Kind kind;
        final int offset;
        final Map<List<Object>, Object[]> existing = new HashMap<>();
        final Set<Long> usedIds = new HashSet<>();
        final Set<Object> fileKeys = new HashSet<>();
        final List<Object[]> deferred = new ArrayList<>();
        final Map<Long, Long> map;
        /** The columns rows are inserted with: the kind's, then derived ones (a session's UTC times). */
        final List<Column> insertColumns;
        final boolean session;
        final int zone;
        final int localStart;
        final int localEnd;
        RecordTables.Inserts inserts;
        long largestId;
        int added;
        int changed;
        int unchanged;
        boolean keptIds;

        Current(Kind kind) {
            this.kind = kind;
            this.offset = kind.hasId() ? 1 : 0;
            this.map = Format.REFERENCED.contains(kind.name()) ? ids.computeIfAbsent(kind.name(), k -> new HashMap<>()) : null;
            List<Column> columns = new ArrayList<>(kind.columns());
            session = kind.table().equals("event_session");
            if (session) {
                columns.add(new Column("start_utc", LocalDateTime.class));
                columns.add(new Column("end_utc", LocalDateTime.class));
                zone = offset + kind.fieldIndex("zone");
                localStart = offset + kind.fieldIndex("localStart");
                localEnd = offset + kind.fieldIndex("localEnd");
            } else {
                zone = -1;
                localStart = -1;
                localEnd = -1;
            }
            insertColumns = List.copyOf(columns);
            writer.forEachRow(kind.table(), kind.columns(), kind.orderBy(), kind.softDeleted(),
                    row -> existing.putIfAbsent(naturalKey(kind, offset, row), row));
            if (kind.hasId()) {
                List<Column> id = List.of(new Column(kind.idColumn(), Long.class));
                writer.forEachRow(kind.table(), id, List.of(kind.idColumn()), false, row -> useId((Long) row[0]));
            }
        }

        boolean useId(long id) {
            largestId = Math.max(largestId, id);
            return usedIds.add(id);
        }

        /** Inserts the row with the id in {@code values} (if the kind has one) or {@code id} instead. */
        void insert(Object[] values, Long id) {
            Object[] row = new Object[insertColumns.size()];
            for (int i = 0; i < values.length; i++) {
                row[i] = values[i] == FileReader.ABSENT ? "" : values[i];
            }
            if (id != null) {
                row[0] = id;
            }
            if (session) {
                ZoneId sessionZone = ZoneId.of((String) row[zone]);
                row[values.length] = utc((LocalDateTime) row[localStart], sessionZone);
                row[values.length + 1] = utc((LocalDateTime) row[localEnd], sessionZone);
            }
            if (inserts == null) {
                inserts = writer.inserts(kind.table(), insertColumns);
            }
            inserts.add(row);
        }
    }

    void row(Kind kind, Object[] values, String path) {
        if (current == null || current.kind != kind) {
            finishKind();
            current = new Current(kind);
        }
        if (++rows % CHECK_EVERY == 0 && progress.isCancelled()) {
            throw new CancelledException();
        }
        Current c = current;
        Long fileId = kind.hasId() ? (Long) values[0] : null;
        for (int i = 0; i < kind.fields().size(); i++) {
            Field field = kind.fields().get(i);
            Object value = values[c.offset + i];
            if (field.reference() != null && value != null) {
                Map<Long, Long> targets = ids.get(field.reference());
                Long target = targets == null ? null : targets.get((Long) value);
                if (target == null) {
                    throw new StudioException("workshopFile.error.danglingReference", path + "." + field.json(), value,
                            field.reference());
                }
                values[c.offset + i] = target;
            }
        }
        String rule = Rules.check(kind, values, c.offset);
        if (rule != null) {
            throw new StudioException(rule, path);
        }
        Rules.checkWithDomainRules(kind, values, c.offset, path);
        List<Object> naturalKey = kind.single() ? null : naturalKey(kind, c.offset, values);
        Object fileKey = kind.hasId() ? fileId : naturalKey;
        if (!kind.single() && !c.fileKeys.add(fileKey)) {
            throw new StudioException("workshopFile.error.duplicateId", path, String.valueOf(fileKey));
        }
        Object[] match = kind.single() ? c.existing.values().stream().findFirst().orElse(null)
                : c.existing.isEmpty() ? null : c.existing.get(naturalKey);
        if (match != null) {
            if (same(kind, c.offset, values, match)) {
                c.unchanged++;
            } else {
                c.changed++;
                update(kind, c.offset, values, match);
            }
            if (c.map != null) {
                c.map.put(fileId, (Long) match[0]);
            }
            return;
        }
        c.added++;
        if (!kind.hasId()) {
            if (kind.single()) {
                throw new StudioException("workshopFile.error.storage", kind.table());
            }
            c.insert(values, null);
        } else if (c.useId(fileId)) {
            c.keptIds = true;
            c.insert(values, null);
            if (c.map != null) {
                c.map.put(fileId, fileId);
            }
        } else {
            c.deferred.add(values);
        }
    }

    /** Ends the last kind, then restarts the identities of the tables that got ids from the import. */
    ImportPreview finish() {
        finishKind();
        for (Kind kind : restart) {
            writer.restartIdentity(kind.table(), kind.idColumn());
        }
        return new ImportPreview(lines);
    }

    private void finishKind() {
        if (current == null) {
            return;
        }
        Current c = current;
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        // Records whose id is taken get the next free ids, in file order (what the identity would have given).
        long next = c.largestId + 1;
        for (Object[] values : c.deferred) {
            long id = next++;
            c.useId(id);
            c.insert(values, id);
            if (c.map != null) {
                c.map.put((Long) values[0], id);
            }
        }
        if (c.keptIds || !c.deferred.isEmpty()) {
            restart.add(c.kind);
        }
        lines.add(new ImportPreview.Line(c.kind.messageKey(), c.added, c.changed, c.unchanged));
        current = null;
    }

    private void update(Kind kind, int offset, Object[] values, Object[] match) {
        List<Column> columns = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < kind.fields().size(); i++) {
            Object value = values[offset + i];
            boolean keyOfLink = !kind.hasId() && kind.keyFields().contains(kind.fields().get(i).json());
            if (value != FileReader.ABSENT && !keyOfLink) {
                columns.add(new Column(kind.fields().get(i).column(), kind.fields().get(i).type()));
                row.add(value);
            }
        }
        addDerived(kind, columns, row, offset);
        if (kind.single()) {
            writer.update(kind.table(), columns, row.toArray(), List.of(new Column("id", Integer.class)), new Object[] {1});
        } else if (kind.hasId()) {
            writer.update(kind.table(), columns, row.toArray(), List.of(new Column(kind.idColumn(), Long.class)),
                    new Object[] {match[0]});
        } else {
            List<Column> keyColumns = new ArrayList<>();
            List<Object> keyValues = new ArrayList<>();
            for (String key : kind.keyFields()) {
                int index = kind.fieldIndex(key);
                keyColumns.add(new Column(kind.fields().get(index).column(), kind.fields().get(index).type()));
                keyValues.add(match[offset + index]);
            }
            writer.update(kind.table(), columns, row.toArray(), keyColumns, keyValues.toArray());
        }
    }

    /** Sessions store their times in UTC as well (for range queries); computed, never read from the file. */
    private static void addDerived(Kind kind, List<Column> columns, List<Object> row, int offset) {
        if (!kind.table().equals("event_session")) {
            return;
        }
        ZoneId zone = ZoneId.of((String) row.get(offset + kind.fieldIndex("zone")));
        columns.add(new Column("start_utc", LocalDateTime.class));
        columns.add(new Column("end_utc", LocalDateTime.class));
        row.add(utc((LocalDateTime) row.get(offset + kind.fieldIndex("localStart")), zone));
        row.add(utc((LocalDateTime) row.get(offset + kind.fieldIndex("localEnd")), zone));
    }

    private static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
        return LocalDateTime.ofInstant(local.atZone(zone).toInstant(), ZoneOffset.UTC);
    }

    private static boolean same(Kind kind, int offset, Object[] values, Object[] existing) {
        for (int i = offset; i < values.length; i++) {
            Object value = values[i];
            if (value == FileReader.ABSENT) {
                continue;
            }
            if (value instanceof BigDecimal a && existing[i] instanceof BigDecimal b) {
                if (a.compareTo(b) != 0) {
                    return false;
                }
            } else if (!Objects.equals(value, existing[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> naturalKey(Kind kind, int offset, Object[] values) {
        if (kind.name().equals("scope/activityAreas") || kind.name().equals("expectations/deliverables")) {
            // A built-in area or deliverable is that built-in, whatever its custom name (one per workspace).
            Object builtIn = values[offset + kind.fieldIndex(kind.keyFields().get(0))];
            if (builtIn != null) {
                return List.of(builtIn);
            }
        }
        List<Object> key = new ArrayList<>(kind.keyFields().size());
        for (String name : kind.keyFields()) {
            Object value = values[offset + kind.fieldIndex(name)];
            key.add(value instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : value);
        }
        return key;
    }

    /** A writer that only reads: the preview. */
    static final class DryRun implements RecordTables.Writer {

        private final RecordTables tables;

        DryRun(RecordTables tables) {
            this.tables = tables;
        }

        @Override
        public void forEachRow(String table, List<Column> columns, List<String> orderBy, boolean skipDeleted,
                               Consumer<Object[]> row) {
            tables.forEachRow(table, columns, orderBy, skipDeleted, row);
        }

        @Override
        public RecordTables.Inserts inserts(String table, List<Column> columns) {
            return values -> { };
        }

        @Override
        public void update(String table, List<Column> columns, Object[] values, List<Column> keyColumns, Object[] keyValues) {
        }

        @Override
        public void deleteAll(String table) {
        }

        @Override
        public void restartIdentity(String table, String idColumn) {
        }
    }

    /** The rules the screens apply, checked again for records that come from a file. */
    static final class Rules {

        private Rules() {
        }

        /** The message key of the first rule the record breaks, or null. */
        static String check(Kind kind, Object[] values, int offset) {
            Function<String, Object> get = name -> values[offset + kind.fieldIndex(name)];
            switch (kind.name()) {
                case "scope/activityAreas":
                    if (get.apply("builtIn") == null && ((String) get.apply("customName")).isBlank()) {
                        return "workshopFile.rule.nameRequired";
                    }
                    break;
                case "expectations/deliverables":
                    if (get.apply("kind") == null && ((String) get.apply("customTitle")).isBlank()) {
                        return "workshopFile.rule.nameRequired";
                    }
                    break;
                case "needsAnalysis/findings":
                    if (((String) get.apply("text")).isBlank()) {
                        return "workshopFile.rule.textRequired";
                    }
                    break;
                case "stakeholders/stakeholders", "operations/people", "operations/courses", "operations/rooms",
                     "governance/bodies", "governance/roles", "artefacts/glossary", "artefacts/systems":
                    String name = (String) get.apply(kind.json().equals("glossary") ? "term"
                            : kind.json().equals("courses") ? "title" : "name");
                    if (name.isBlank()) {
                        return "workshopFile.rule.nameRequired";
                    }
                    break;
                case "operations/events":
                    if (((LocalDate) get.apply("endsOn")).isBefore((LocalDate) get.apply("startsOn"))) {
                        return "workshopFile.rule.endBeforeStart";
                    }
                    break;
                case "operations/series":
                    if (!validZone((String) get.apply("zone"))) {
                        return "workshopFile.rule.zone";
                    }
                    if (!((LocalTime) get.apply("endTime")).isAfter((LocalTime) get.apply("startTime"))) {
                        return "workshopFile.rule.endAfterStart";
                    }
                    break;
                case "operations/sessions":
                    if (!validZone((String) get.apply("zone"))) {
                        return "workshopFile.rule.zone";
                    }
                    ZoneId zone = ZoneId.of((String) get.apply("zone"));
                    if (!utc((LocalDateTime) get.apply("localEnd"), zone).isAfter(utc((LocalDateTime) get.apply("localStart"), zone))) {
                        return "workshopFile.rule.endAfterStart";
                    }
                    break;
                case "operations/costLines":
                    if (!((String) get.apply("currency")).matches("[A-Z]{3}")) {
                        return "workshopFile.rule.currency";
                    }
                    break;
                default:
                    break;
            }
            return null;
        }

        /**
         * The checks the services run before saving (e.g. {@code OperationsRules.check(Person)}), on
         * the domain record the row describes. Refused with the domain's own message key and
         * arguments, the same words the form shows.
         */
        static void checkWithDomainRules(Kind kind, Object[] values, int offset, String path) {
            Function<String, Object> get = name -> {
                Object value = values[offset + kind.fieldIndex(name)];
                return value == FileReader.ABSENT ? "" : value;
            };
            long id = offset == 1 ? (Long) values[0] : 0;
            List<Problem> problems;
            try {
                problems = switch (kind.name()) {
                    case "stakeholders/stakeholders" -> StakeholderRules.check(new Stakeholder(id, (String) get.apply("name"),
                            (String) get.apply("role"), StakeholderGroup.valueOf((String) get.apply("group")),
                            (String) get.apply("businessArea"), (String) get.apply("region"), (Integer) get.apply("influence"),
                            (Integer) get.apply("interest"), Stance.valueOf((String) get.apply("stance")), (String) get.apply("email")));
                    case "operations/people" -> {
                        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
                        if ((Boolean) get.apply("facilitator")) {
                            roles.add(PersonRole.FACILITATOR);
                        }
                        if ((Boolean) get.apply("participant")) {
                            roles.add(PersonRole.PARTICIPANT);
                        }
                        if ((Boolean) get.apply("coordinator")) {
                            roles.add(PersonRole.COORDINATOR);
                        }
                        yield OperationsRules.check(new Person(id, (String) get.apply("name"), (String) get.apply("email"),
                                (String) get.apply("businessArea"), (String) get.apply("region"), roles));
                    }
                    case "operations/rooms" -> OperationsRules.check(new Room(id, (String) get.apply("name"),
                            (String) get.apply("site"), (Integer) get.apply("capacity"), (Boolean) get.apply("virtual"),
                            (String) get.apply("link")));
                    case "operations/courses" -> OperationsRules.check(new Course(id, (String) get.apply("title"),
                            Optional.ofNullable((Long) get.apply("activityArea")),
                            CourseFormat.valueOf((String) get.apply("format")), (Integer) get.apply("defaultDurationMinutes"),
                            Optional.ofNullable((Long) get.apply("owner"))));
                    case "operations/events" -> OperationsRules.check(new Event(id, (Long) get.apply("course"),
                            Optional.ofNullable((Long) get.apply("coordinator")), (String) get.apply("businessArea"),
                            (String) get.apply("region"), (Integer) get.apply("capacity"), (Integer) get.apply("minimumEnrolment"),
                            EventStatus.valueOf((String) get.apply("status")), (LocalDate) get.apply("startsOn"),
                            (LocalDate) get.apply("endsOn"), Optional.empty()));
                    case "operations/costLines" -> OperationsRules.check(new CostLine(id, (Long) get.apply("event"),
                            CostCategory.valueOf((String) get.apply("category")), (BigDecimal) get.apply("amount"),
                            (String) get.apply("currency"), (String) get.apply("note")));
                    default -> List.of();
                };
            } catch (StudioException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StudioException("workshopFile.rule.invalid", e, path);
            }
            if (!problems.isEmpty()) {
                throw new StudioException(problems.get(0).messageKey(), problems.get(0).argumentArray());
            }
        }

        private static boolean validZone(String zone) {
            try {
                ZoneId.of(zone);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }
}
