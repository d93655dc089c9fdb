package org.learnops.studio.exchange.json;

import java.util.ArrayList;
import java.util.List;
import org.learnops.studio.export.ExportSection;
import org.learnops.studio.persistence.RecordTables.Column;

/**
 * One kind of record in the workshop file (e.g. the operations' people): where it sits in the
 * file, the table it lives in, its fields and the natural key that matches it to a record already
 * in the workspace on import.
 *
 * @param step      the top-level object it belongs to (e.g. {@code operations})
 * @param json      its name inside that object (e.g. {@code people})
 * @param table     the workspace table
 * @param idColumn  the generated id column, or null when the record is keyed by its fields (links, singletons)
 * @param single    a singleton (one row with id 1, written as an object instead of an array)
 * @param softDeleted whether the table has a {@code deleted} column (deleted rows are not exported)
 * @param section   the export section that selects it, or null when it is always written (records others refer to)
 * @param keyFields JSON names of the fields that identify a record (texts compared ignoring case and outer spaces)
 * @param fields    the fields, without {@code id}
 */
record Kind(String step, String json, String table, String idColumn, boolean single, boolean softDeleted,
            ExportSection section, List<String> keyFields, List<Field> fields) {

    Kind {
        keyFields = List.copyOf(keyFields);
        fields = List.copyOf(fields);
    }

    /** The name references use, e.g. {@code operations/people}. */
    String name() {
        return step + "/" + json;
    }

    /** Message key naming the kind in an import preview. */
    String messageKey() {
        return "importKind." + step + "." + json;
    }

    boolean hasId() {
        return idColumn != null;
    }

    /** The stored columns in file order: id first (when there is one), then the fields. */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        if (hasId()) {
            columns.add(new Column(idColumn, Long.class));
        }
        for (Field field : fields) {
            columns.add(new Column(field.column(), field.type()));
        }
        return columns;
    }

    int fieldIndex(String jsonName) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).json().equals(jsonName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(jsonName);
    }

    /** Columns the rows are written in: the id, or the key fields' columns for records without one. */
    List<String> orderBy() {
        if (single) {
            return List.of("id");
        }
        if (hasId()) {
            return List.of(idColumn);
        }
        return keyFields.stream().map(k -> fields.get(fieldIndex(k)).column()).toList();
    }
}
