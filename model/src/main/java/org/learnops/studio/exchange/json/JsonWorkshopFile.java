package org.learnops.studio.exchange.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnops.studio.error.CancelledException;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.ImportPreview;
import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.RecordTables;
import org.learnops.studio.persistence.Workspace;

/**
 * The workshop file in JSON (format 1, docs/workshop-file-format.md), written and read with
 * Jackson's streaming API: no tree of the whole file is ever built, and no data binding (so no
 * polymorphic typing) is involved. Needs nothing to be constructed.
 */
public final class JsonWorkshopFile implements WorkshopFile {

    /**
     * Largest file an import reads: 2 GiB. The workshop file of the large demo (100,000 events,
     * 1 M enrolments) is about 660 MB, and a workspace must be able to import its own export; the
     * file is streamed, so its size costs time and disk, not memory.
     */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    /** Deepest nesting of arrays and objects accepted (the format itself needs 4). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string token accepted by the parser; each field has its own, smaller limit. */
    public static final int MAX_STRING_LENGTH = 100_000;

    static final String APP = "LearnOps Studio";
    private static final int CHECK_EVERY = 1000;

    @Override
    public void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp);
                 JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                writeContent(workspace.recordTables(), options, json, progress);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new StudioException("workshopFile.error.write", e, target.toString(), e.getMessage());
        } catch (UncheckedIOException e) {
            throw new StudioException("workshopFile.error.write", e, target.toString(), e.getCause().getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is hidden and harmless
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeContent(RecordTables tables, ExportOptions options, JsonGenerator json, ExportProgress progress)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("formatVersion", FORMAT_VERSION);
        json.writeStringField("app", APP);
        json.writeStringField("exportedAt", Instant.now(options.clock()).toString());
        long total = 0;
        for (Kind kind : Format.KINDS) {
            if (kind.section() == null || options.includes(kind.section())) {
                total += kind.single() ? 1 : tables.count(kind.table(), kind.softDeleted());
            }
        }
        long all = Math.max(total, 1);
        long[] done = {0};
        progress.update(0, all);
        // Ids written per kind others refer to: a reference to a record left out (soft-deleted) is
        // written as null, and a record that cannot be without it (an enrolment of a deleted person)
        // is left out as well.
        Map<String, Set<Long>> written = new HashMap<>();
        for (Map.Entry<String, List<Kind>> step : Format.STEPS.entrySet()) {
            List<Kind> kinds = step.getValue().stream()
                    .filter(k -> k.section() == null || options.includes(k.section())).toList();
            if (kinds.isEmpty()) {
                continue;
            }
            json.writeObjectFieldStart(step.getKey());
            for (Kind kind : kinds) {
                List<RecordTables.Column> columns = kind.columns();
                if (kind.single()) {
                    json.writeFieldName(kind.json());
                } else {
                    json.writeArrayFieldStart(kind.json());
                }
                Set<Long> ids = Format.REFERENCED.contains(kind.name()) ? written.computeIfAbsent(kind.name(), k -> new HashSet<>()) : null;
                tables.forEachRow(kind.table(), columns, kind.orderBy(), kind.softDeleted(), row -> {
                    if (!resolveReferences(kind, row, written)) {
                        return;
                    }
                    if (ids != null) {
                        ids.add((Long) row[0]);
                    }
                    try {
                        writeRecord(kind, row, options.includePersonalData(), json);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (++done[0] % CHECK_EVERY == 0) {
                        if (progress.isCancelled()) {
                            throw new CancelledException();
                        }
                        progress.update(done[0], Math.max(all, done[0]));
                    }
                });
                if (!kind.single()) {
                    json.writeEndArray();
                }
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        progress.update(all, all);
    }

    /** Nulls optional references to records not written; false when a required one is missing. */
    private static boolean resolveReferences(Kind kind, Object[] row, Map<String, Set<Long>> written) {
        int offset = kind.hasId() ? 1 : 0;
        for (int i = 0; i < kind.fields().size(); i++) {
            Field field = kind.fields().get(i);
            Object value = row[offset + i];
            if (field.reference() == null || value == null) {
                continue;
            }
            Set<Long> targets = written.get(field.reference());
            if (targets == null || !targets.contains((Long) value)) {
                if (!field.nullable()) {
                    return false;
                }
                row[offset + i] = null;
            }
        }
        return true;
    }

    private static void writeRecord(Kind kind, Object[] row, boolean personalData, JsonGenerator json) throws IOException {
        json.writeStartObject();
        int offset = 0;
        if (kind.hasId()) {
            json.writeNumberField("id", (Long) row[0]);
            offset = 1;
        }
        for (int i = 0; i < kind.fields().size(); i++) {
            Field field = kind.fields().get(i);
            if (field.personal() && !personalData) {
                continue;
            }
            json.writeFieldName(field.json());
            Object value = row[offset + i];
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else if (value instanceof BigDecimal decimal) {
                json.writeNumber(decimal);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    @Override
    public ImportPreview preview(Workspace workspace, Path source, ExportProgress progress) {
        Importer importer = new Importer(new Importer.DryRun(workspace.recordTables()), ExportProgress.NONE);
        new FileReader().read(source, importer::row, progress);
        return importer.finish();
    }

    /**
     * One pass over the file, checking and writing as it reads, inside one transaction: a file
     * refused half-way (or a cancel, or a failure) rolls back everything it wrote. The identity
     * restarts come last, after every row was checked (see {@link Importer#finish}).
     */
    @Override
    public ImportPreview importInto(Workspace workspace, Path source, ExportProgress progress) {
        return workspace.recordTables().inTransaction(writer -> {
            Importer importer = new Importer(writer, progress);
            new FileReader().read(source, importer::row, progress);
            return importer.finish();
        });
    }
}
