package org.learnops.studio.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.Workspace;
import org.learnops.studio.persistence.jdbc.JdbcWorkspaceOpener;
import org.learnops.studio.workspace.WorkspaceFile;

class JsonWorkshopFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ExportOptions ALL_PERSONAL =
            new ExportOptions(EnumSet.allOf(ExportSection.class), true, CLOCK);

    @TempDir
    Path dir;

    private final JsonWorkshopFile file = new JsonWorkshopFile();
    private Workspace source;
    private Workspace target;

    @BeforeEach
    void setUp() {
        source = new JdbcWorkspaceOpener().create(WorkspaceFile.of(dir.resolve("source")));
        EveryKindWorkspace.fill(source, CLOCK);
        target = new JdbcWorkspaceOpener().create(WorkspaceFile.of(dir.resolve("target")));
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    private String export(Workspace workspace, ExportOptions options, String name) throws IOException {
        Path json = dir.resolve(name);
        file.write(workspace, options, json, ExportProgress.NONE);
        return Files.readString(json).replaceAll("\"exportedAt\" : \"[^\"]*\",", "");
    }

    @Test
    void roundTripIntoAnEmptyWorkspaceGivesTheSameContent() throws IOException {
        String first = export(source, ALL_PERSONAL, "first.json");

        ImportPreview done = file.importInto(target, dir.resolve("first.json"), ExportProgress.NONE);

        assertEquals(first, export(target, ALL_PERSONAL, "second.json"));
        assertTrue(done.totalAdded() > 20, done.toString());
        assertFalse(first.contains("Gone Person"), "soft-deleted records are not exported");
        assertFalse(first.contains("Lee Leaver"), "soft-deleted records are not exported");
        for (String kind : new String[] {"\"attendance\"", "\"facilitators\"", "\"enrolments\"", "\"costLines\"", "\"series\"",
                "\"cells\"", "\"members\"", "\"participants\"", "\"engagement\"", "\"integrations\"", "\"doneConditions\""}) {
            assertTrue(first.matches("(?s).*" + kind + " : \\[ \\{.*"), kind + " has records");
        }
    }

    /**
     * Not only the exported text: every stored column of every table the file fills (derived ones
     * such as a session's UTC times included) holds, after an import into an empty workspace,
     * exactly the source's row with the same id, and each table holds as many rows as the file has
     * records of its kind.
     */
    @Test
    void importIntoAnEmptyWorkspaceStoresTheSourceRowsInEveryTable() throws Exception {
        export(source, ALL_PERSONAL, "first.json");
        file.importInto(target, dir.resolve("first.json"), ExportProgress.NONE);
        Map<String, Integer> records = recordsPerKind(dir.resolve("first.json"));
        source.close();
        source = null;
        target.close();
        target = null;

        try (java.sql.Connection from = connect("source"); java.sql.Connection into = connect("target")) {
            int tables = 0;
            for (Kind kind : Format.KINDS) {
                java.util.List<String> imported = rows(into, kind.table());
                assertEquals(records.getOrDefault(kind.name(), 0), imported.size(), kind.table() + ": rows");
                java.util.Set<String> stored = new java.util.HashSet<>(rows(from, kind.table()));
                for (String row : imported) {
                    assertTrue(stored.contains(row), kind.table() + ": " + row + " is not a row of the source");
                }
                tables++;
            }
            assertEquals(Format.KINDS.size(), tables);
        }
    }

    /** Records per kind ({@code step/json}) in a workshop file: objects inside a kind's array, or 1 for a singleton. */
    private static Map<String, Integer> recordsPerKind(Path json) throws IOException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory().createParser(json.toFile())) {
            String step = null;
            String kind = null;
            int depth = 0;
            com.fasterxml.jackson.core.JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    if (depth == 1) {
                        step = parser.currentName();
                    } else if (depth == 2) {
                        kind = parser.currentName();
                    }
                } else if (token.isStructStart()) {
                    depth++;
                    boolean single = depth == 3 && token == com.fasterxml.jackson.core.JsonToken.START_OBJECT;
                    boolean record = depth == 4 && token == com.fasterxml.jackson.core.JsonToken.START_OBJECT;
                    if (single || record) {
                        counts.merge(step + "/" + kind, 1, Integer::sum);
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        }
        return counts;
    }

    private java.sql.Connection connect(String name) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + WorkspaceFile.of(dir.resolve(name)).databasePath()
                + ";ACCESS_MODE_DATA=r", "sa", "");
    }

    /** Every row of the table, all columns, as text. */
    private static java.util.List<String> rows(java.sql.Connection connection, String table) throws java.sql.SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getMetaData().getColumnLabel(c)).append('=').append(result.getString(c)).append("; ");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void theExampleInTheDocsImports() throws IOException {
        String doc = Files.readString(Path.of("../docs/workshop-file-format.md"));
        int start = doc.indexOf("```json", doc.indexOf("## Example"));
        Files.writeString(dir.resolve("example.json"), doc.substring(start + 7, doc.indexOf("```", start + 7)));

        ImportPreview done = file.importInto(target, dir.resolve("example.json"), ExportProgress.NONE);

        assertTrue(done.totalAdded() >= 6, done.toString());
        assertTrue(export(target, ALL_PERSONAL, "t.json").contains("Coaching basics"));
    }

    @Test
    void theDocsDescribeEveryKindAndField() throws IOException {
        String doc = Files.readString(Path.of("../docs/workshop-file-format.md"));
        for (Kind kind : Format.KINDS) {
            int at = doc.indexOf("#### `" + kind.step() + "." + kind.json() + "`");
            assertTrue(at >= 0, kind.name() + " is not in the docs");
            int next = doc.indexOf("####", at + 4);
            String section = doc.substring(at, next < 0 ? doc.length() : next);
            for (Field field : kind.fields()) {
                assertTrue(section.contains("| `" + field.json() + "` |"), kind.name() + "." + field.json() + " is not in the docs");
            }
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        export(source, ALL_PERSONAL, "first.json");
        ImportPreview preview = file.preview(source, dir.resolve("first.json"), ExportProgress.NONE);
        assertEquals(0, preview.totalAdded(), preview.toString());
        assertEquals(0, preview.totalChanged(), preview.toString());
    }

    @Test
    void previewCountsAddedChangedAndUnchangedWithoutWriting() throws IOException {
        String json = export(source, ALL_PERSONAL, "first.json");
        Files.writeString(dir.resolve("changed.json"), json.replace("\"Head of L&D\"", "\"Chief Learning Officer\""));
        String before = export(source, ALL_PERSONAL, "before.json");

        ImportPreview preview = file.preview(source, dir.resolve("changed.json"), ExportProgress.NONE);

        Map<String, ImportPreview.Line> lines = preview.lines().stream()
                .collect(Collectors.toMap(ImportPreview.Line::recordKind, Function.identity()));
        assertEquals(new ImportPreview.Line("importKind.stakeholders.stakeholders", 0, 1, 1),
                lines.get("importKind.stakeholders.stakeholders"));
        assertEquals(before, export(source, ALL_PERSONAL, "after.json"));

        file.importInto(source, dir.resolve("changed.json"), ExportProgress.NONE);
        assertTrue(export(source, ALL_PERSONAL, "after2.json").contains("Chief Learning Officer"));
    }

    @Test
    void aBuiltInAreaIsMatchedByWhichBuiltInItIsEvenWhenRenamed() throws IOException {
        String json = export(source, ALL_PERSONAL, "first.json");
        String renamed = json.replaceFirst("\"customName\" : \"\",(\\s*)\"inScope\" : true",
                "\"customName\" : \"Our events\",$1\"inScope\" : true");
        assertFalse(renamed.equals(json));
        Files.writeString(dir.resolve("renamed.json"), renamed);

        ImportPreview done = file.importInto(source, dir.resolve("renamed.json"), ExportProgress.NONE);

        ImportPreview.Line areas = done.lines().stream()
                .filter(l -> l.recordKind().equals("importKind.scope.activityAreas")).findFirst().orElseThrow();
        assertEquals(0, areas.added());
        assertEquals(1, areas.changed());
    }

    @Test
    void recordsWhoseIdIsTakenGetNewIdsAndReferencesFollow() throws IOException {
        export(source, ALL_PERSONAL, "first.json");
        var stakeholders = new org.learnops.studio.service.StakeholderService(target.stakeholders());
        var already = stakeholders.add(new org.learnops.studio.domain.stakeholder.Stakeholder(0, "Zed Already", "",
                org.learnops.studio.domain.stakeholder.StakeholderGroup.OTHER, "", "", 1, 1,
                org.learnops.studio.domain.stakeholder.Stance.NEUTRAL, ""));

        file.importInto(target, dir.resolve("first.json"), ExportProgress.NONE);

        Map<Long, String> names = stakeholders.list().stream().collect(Collectors.toMap(
                org.learnops.studio.domain.stakeholder.Stakeholder::id, org.learnops.studio.domain.stakeholder.Stakeholder::name));
        assertEquals("Zed Already", names.get(already.id()));
        assertEquals(3, names.size());
        var champion = new org.learnops.studio.service.ChampionService(target.champions()).list().get(0);
        assertEquals("Mia Lead", names.get(champion.stakeholderId()));
        long largest = names.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertEquals(3, largest, "the record whose id was taken gets the next free one");

        var later = stakeholders.add(new org.learnops.studio.domain.stakeholder.Stakeholder(0, "Added Later", "",
                org.learnops.studio.domain.stakeholder.StakeholderGroup.OTHER, "", "", 1, 1,
                org.learnops.studio.domain.stakeholder.Stance.NEUTRAL, ""));
        assertEquals(largest + 1, later.id(), "the identity was moved above the imported ids");
    }

    @Test
    void withoutPersonalDataNoEmailIsWrittenAndImportKeepsExistingOnes() throws IOException {
        String json = export(source, ExportOptions.everything(CLOCK), "plain.json");
        assertFalse(json.contains("@example.com"));
        assertFalse(json.contains("\"email\""));

        ImportPreview preview = file.preview(source, dir.resolve("plain.json"), ExportProgress.NONE);
        assertEquals(0, preview.totalChanged(), preview.toString());
    }

    @Test
    void sectionsSelectParts() throws IOException {
        String json = export(source, new ExportOptions(EnumSet.of(ExportSection.GOVERNANCE), false, CLOCK), "gov.json");
        assertTrue(json.contains("\"governance\""));
        assertFalse(json.contains("\"operations\""));
        assertFalse(json.contains("\"needsAnalysis\""));
        file.importInto(target, dir.resolve("gov.json"), ExportProgress.NONE);
        assertTrue(export(target, ALL_PERSONAL, "t.json").contains("Steering board"));
    }

    @Test
    void aFailureHalfWayLeavesTheWorkspaceAsItWas() throws IOException {
        export(source, ALL_PERSONAL, "first.json");
        String before = export(target, ALL_PERSONAL, "before.json");
        int[] calls = {0};
        ExportProgress failing = new ExportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                if (++calls[0] > 20) {
                    throw new IllegalStateException("disk on fire");
                }
                return false;
            }
        };

        assertThrows(RuntimeException.class, () -> file.importInto(target, dir.resolve("first.json"), failing));

        assertEquals(before, export(target, ALL_PERSONAL, "after.json"));
    }

    @Test
    void cancellingAnImportRollsBack() throws IOException {
        export(source, ALL_PERSONAL, "first.json");
        String before = export(target, ALL_PERSONAL, "before.json");
        int[] calls = {0};
        ExportProgress cancelling = new ExportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return ++calls[0] > 25;
            }
        };

        assertThrows(CancelledException.class, () -> file.importInto(target, dir.resolve("first.json"), cancelling));

        assertEquals(before, export(target, ALL_PERSONAL, "after.json"));
    }

    @Test
    void progressEndsAtItsTotal() throws IOException {
        long[] last = {-1, -1};
        ExportProgress recording = new ExportProgress() {
            @Override
            public void update(long done, long total) {
                assertTrue(done <= total, done + " of " + total);
                last[0] = done;
                last[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        file.write(source, ALL_PERSONAL, dir.resolve("p.json"), recording);
        assertTrue(last[1] > 30, "one unit per record: " + last[1]);
        assertEquals(last[1], last[0]);

        file.importInto(target, dir.resolve("p.json"), recording);
        assertEquals(Files.size(dir.resolve("p.json")), last[0]);
        assertEquals(last[1], last[0]);
    }

    @Test
    void writingLeavesNoTempFileBehind() throws IOException {
        export(source, ALL_PERSONAL, "out.json");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    // --- hostile files: each is refused with its key and the workspace is not touched ---

    private void assertRefused(String key, String content) throws IOException {
        Path json = dir.resolve("hostile.json");
        Files.writeString(json, content, StandardCharsets.UTF_8);
        assertRefused(key, json);
    }

    private void assertRefused(String key, Path json) throws IOException {
        String before = export(source, ALL_PERSONAL, "before.json");
        StudioException previewed = assertThrows(StudioException.class, () -> file.preview(source, json, ExportProgress.NONE));
        assertEquals(key, previewed.messageKey(), previewed.getMessage());
        StudioException imported = assertThrows(StudioException.class,
                () -> file.importInto(source, json, ExportProgress.NONE));
        assertEquals(key, imported.messageKey());
        assertEquals(before, export(source, ALL_PERSONAL, "after.json"));
    }

    private String valid() throws IOException {
        return export(source, ALL_PERSONAL, "valid.json");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Path big = dir.resolve("big.json");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), JsonWorkshopFile.MAX_FILE_BYTES);
        }
        assertRefused("workshopFile.error.tooLarge", big);
    }

    @Test
    void refusesDeepNesting() throws IOException {
        assertRefused("workshopFile.error.tooDeep", "{\"formatVersion\":1,\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
    }

    @Test
    void refusesAHugeString() throws IOException {
        assertRefused("workshopFile.error.stringTooLong",
                "{\"formatVersion\":1,\"app\":\"" + "a".repeat(JsonWorkshopFile.MAX_STRING_LENGTH + 1) + "\"}");
    }

    @Test
    void refusesAFieldLongerThanItsLimit() throws IOException {
        assertRefused("workshopFile.error.tooLong", valid().replace("\"Mia Lead\"", "\"" + "M".repeat(201) + "\""));
    }

    @Test
    void refusesDuplicateKeys() throws IOException {
        assertRefused("workshopFile.error.duplicateKey", valid().replace("\"name\" : \"Mia Lead\"",
                "\"name\" : \"Mia Lead\", \"name\" : \"Evil\""));
    }

    @Test
    void refusesUnknownFields() throws IOException {
        assertRefused("workshopFile.error.unknownField", valid().replace("\"name\" : \"Mia Lead\"",
                "\"name\" : \"Mia Lead\", \"@class\" : \"java.lang.Runtime\""));
        assertRefused("workshopFile.error.unknownField", valid().replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1, \"extra\" : 1,"));
    }

    @Test
    void refusesAnotherFormatVersion() throws IOException {
        assertRefused("workshopFile.error.formatVersion", valid().replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        assertRefused("workshopFile.error.formatVersion", valid().replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""));
        assertRefused("workshopFile.error.formatVersionMissing", valid().replace("\"formatVersion\" : 1,", ""));
    }

    @Test
    void refusesWrongTypes() throws IOException {
        assertRefused("workshopFile.error.wrongType", valid().replace("\"influence\" : 5", "\"influence\" : \"5\""));
        assertRefused("workshopFile.error.wrongType", valid().replace("\"capacity\" : 12", "\"capacity\" : [12]"));
        assertRefused("workshopFile.error.notWorkshopFile", "[1]");
        assertRefused("workshopFile.error.notJson", "{\"formatVersion\":1,");
    }

    @Test
    void refusesMissingFieldsAndBadValues() throws IOException {
        assertRefused("workshopFile.error.missingField", valid().replace("\"role\" : \"Head of L&D\",", ""));
        assertRefused("workshopFile.error.outOfRange", valid().replace("\"influence\" : 5", "\"influence\" : 9"));
        assertRefused("workshopFile.error.badChoice", valid().replace("\"stance\" : \"CHAMPION\"", "\"stance\" : \"FAN\""));
        assertRefused("workshopFile.error.badDate", valid().replace("\"2026-03-02\"", "\"2026-02-30\""));
        assertRefused("workshopFile.error.nullValue", valid().replace("\"stance\" : \"CHAMPION\"", "\"stance\" : null"));
    }

    @Test
    void refusesDanglingReferencesAndDuplicateIds() throws IOException {
        String json = valid();
        String enrolment = json.substring(json.indexOf("\"enrolments\""));
        String person = enrolment.substring(enrolment.indexOf("\"person\" : "), enrolment.indexOf(",", enrolment.indexOf("\"person\" : ")));
        String hostile = json.substring(0, json.indexOf("\"enrolments\""))
                + enrolment.replaceFirst(java.util.regex.Pattern.quote(person), "\"person\" : 999999");
        assertRefused("workshopFile.error.danglingReference", hostile);
        String people = json.substring(json.indexOf("\"people\""));
        String secondId = people.substring(people.indexOf("\"id\" : ", people.indexOf("\"id\" : ") + 1));
        secondId = secondId.substring(0, secondId.indexOf(","));
        String firstId = people.substring(people.indexOf("\"id\" : "), people.indexOf(",", people.indexOf("\"id\" : ")));
        assertRefused("workshopFile.error.duplicateId", json.substring(0, json.indexOf("\"people\""))
                + people.replaceFirst(java.util.regex.Pattern.quote(secondId), firstId));
    }

    @Test
    void refusesWhatTheDomainRulesRefuse() throws IOException {
        assertRefused("workshopFile.rule.zone", valid().replace("\"Europe/Berlin\"", "\"Europe/Berlinn\""));
        assertRefused("workshopFile.rule.currency", valid().replace("\"EUR\"", "\"eu\""));
        assertRefused("operations.error.currency", valid().replace("\"EUR\"", "\"XYZ\""));
        assertRefused("operations.error.amountDecimals", valid().replace("120.50", "120.505"));
        assertRefused("operations.error.duration", valid().replace("\"defaultDurationMinutes\" : 90", "\"defaultDurationMinutes\" : 5000"));
        assertRefused("stakeholder.error.email", valid().replace("\"mia@example.com\"", "\"=HYPERLINK(1)\""));
        assertRefused("operations.error.roleRequired", valid().replace("\"participant\" : true", "\"participant\" : false"));
    }

    @Test
    void aSyntaxProblemAnywhereIsReportedBeforeAnEarlierProblemOfLayout() throws IOException {
        String json = valid();
        String early = json.replaceFirst("\"app\" :", "\"password\" : 1, \"app\" :");
        int last = early.lastIndexOf('}');
        String late = early.substring(0, last) + ", \"app\" : \"again\", \"app\" : \"twice\" }";
        assertRefused("workshopFile.error.unknownField", early);
        assertRefused("workshopFile.error.duplicateKey", late);
        assertRefused("workshopFile.error.notJson", early.substring(0, early.length() / 2));
    }

    @Test
    void aFileRefusedAfterManyRowsWereWrittenLeavesTheWorkspaceAsItWas() throws IOException {
        String json = valid();
        int costLines = json.indexOf("\"costLines\" : [");
        assertTrue(costLines > 0);
        String broken = json.substring(0, costLines) + json.substring(costLines).replaceFirst("\"currency\" : \"[A-Z]{3}\"",
                "\"currency\" : \"eur\"");
        assertRefused("workshopFile.rule.currency", broken);
    }

    @Test
    void refusesSectionsOutOfOrder() throws IOException {
        String json = valid();
        int scope = json.indexOf("\"scope\"");
        int stakeholders = json.indexOf("\"stakeholders\" : {");
        int expectations = json.indexOf("\"expectations\"");
        String reordered = json.substring(0, scope) + json.substring(stakeholders, expectations)
                + json.substring(scope, stakeholders) + json.substring(expectations);
        assertRefused("workshopFile.error.order", reordered);
    }
}
