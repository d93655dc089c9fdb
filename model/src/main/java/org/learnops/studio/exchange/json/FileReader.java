package org.learnops.studio.exchange.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.WorkshopFile;
import org.learnops.studio.export.ExportProgress;

/**
 * Reads a workshop file as a stream of rows, refusing anything the format does not allow. Nothing
 * is trusted: size, nesting, string lengths and duplicate keys (the parser's limits), structure,
 * field names, types and ranges are all checked in one pass over the tokens.
 */
final class FileReader {

    /** Marks a personal field that the file leaves out (exported without personal data). */
    static final Object ABSENT = new Object();

    /** Rows are handed to this, in file order. */
    interface RowSink {
        void row(Kind kind, Object[] values, String path);
    }

    private long rows;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonWorkshopFile.MAX_NESTING_DEPTH)
                    .maxStringLength(JsonWorkshopFile.MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads {@code source} once, handing every row to {@code sink}, refusing anything the format does
     * not allow: size first, then well-formed JSON, nesting, string lengths and duplicate keys (the
     * parser's own limits) together with the layout and every field, in file order.
     *
     * <p>A syntax problem anywhere in the file is reported in preference to a problem of layout,
     * values or rules found before it (as when the syntax was checked by a pass of its own): when
     * the pass or the sink refuses the file, the rest of it is scanned for a syntax problem first.
     */
    void read(Path source, RowSink sink, ExportProgress progress) {
        long size = checkSize(source);
        try (InputStream in = Files.newInputStream(source); JsonParser parser = factory.createParser(in)) {
            long total = Math.max(1, size);
            try {
                new Pass(parser, (kind, values, path) -> {
                    sink.row(kind, values, path);
                    if (++rows % 1000 == 0) {
                        progress.update(Math.min(total, parser.currentLocation().getByteOffset()), total);
                    }
                }).file();
            } catch (StudioException refused) {
                scanRest(parser);
                throw refused;
            } catch (StreamConstraintsException e) {
                throw syntax(e, parser);
            } catch (JsonParseException e) {
                throw syntax(e, parser);
            }
            progress.update(total, total);
        } catch (IOException e) {
            throw new StudioException("workshopFile.error.read", e, source.toString(), e.getMessage());
        }
    }

    private static long checkSize(Path source) {
        long size;
        try {
            size = Files.size(source);
        } catch (NoSuchFileException e) {
            throw new StudioException("workshopFile.error.notFound", source.toString());
        } catch (IOException e) {
            throw new StudioException("workshopFile.error.read", e, source.toString(), e.getMessage());
        }
        if (size > JsonWorkshopFile.MAX_FILE_BYTES) {
            throw new StudioException("workshopFile.error.tooLarge", size, JsonWorkshopFile.MAX_FILE_BYTES);
        }
        return size;
    }

    /** The tokens after a refusal, for a syntax problem (which is reported instead); returns when there is none. */
    private static void scanRest(JsonParser parser) throws IOException {
        try {
            JsonToken token = parser.currentToken();
            while (true) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    parser.getText(); // reads the whole string, so the length limit applies
                }
                if (parser.isClosed()) {
                    return;
                }
                token = parser.nextToken();
                if (token == null) {
                    return;
                }
            }
        } catch (StreamConstraintsException e) {
            throw syntax(e, parser);
        } catch (JsonParseException e) {
            throw syntax(e, parser);
        }
    }

    private static StudioException syntax(StreamConstraintsException e, JsonParser parser) {
        String text = String.valueOf(e.getOriginalMessage());
        String key = text.contains("nesting depth") ? "workshopFile.error.tooDeep"
                : text.contains("String value length") ? "workshopFile.error.stringTooLong"
                : "workshopFile.error.limit";
        return new StudioException(key, e, line(parser), JsonWorkshopFile.MAX_NESTING_DEPTH,
                JsonWorkshopFile.MAX_STRING_LENGTH);
    }

    private static StudioException syntax(JsonParseException e, JsonParser parser) {
        if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return new StudioException("workshopFile.error.duplicateKey", e, line(parser), e.getOriginalMessage());
        }
        return new StudioException("workshopFile.error.notJson", e, line(parser), e.getOriginalMessage());
    }

    private static long line(JsonParser parser) {
        JsonLocation location = parser.currentLocation();
        return location == null ? 0 : location.getLineNr();
    }

    private static final class Pass {

        private final JsonParser parser;
        private final RowSink sink;

        Pass(JsonParser parser, RowSink sink) {
            this.parser = parser;
            this.sink = sink;
        }

        void file() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw refuse("workshopFile.error.empty", "$");
            }
            if (first != JsonToken.START_OBJECT) {
                throw refuse("workshopFile.error.notWorkshopFile", "$");
            }
            JsonToken token = parser.nextToken();
            if (token != JsonToken.FIELD_NAME || !"formatVersion".equals(parser.currentName())) {
                throw refuse("workshopFile.error.formatVersionMissing", "$");
            }
            token = parser.nextToken();
            if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                    || parser.getIntValue() != WorkshopFile.FORMAT_VERSION) {
                throw refuse("workshopFile.error.formatVersion", "$.formatVersion", parser.getText(), WorkshopFile.FORMAT_VERSION);
            }
            Iterator<Map.Entry<String, List<Kind>>> steps = Format.STEPS.entrySet().iterator();
            boolean app = false;
            boolean exportedAt = false;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (name.equals("app") && !app) {
                    app = true;
                    expect(parser.nextToken(), JsonToken.VALUE_STRING, "$.app");
                    parser.getText(); // read whole, so the string length limit applies
                    continue;
                }
                if (name.equals("exportedAt") && !exportedAt) {
                    exportedAt = true;
                    expect(parser.nextToken(), JsonToken.VALUE_STRING, "$.exportedAt");
                    parser.getText(); // read whole, so the string length limit applies
                    continue;
                }
                List<Kind> kinds = null;
                while (steps.hasNext()) {
                    Map.Entry<String, List<Kind>> step = steps.next();
                    if (step.getKey().equals(name)) {
                        kinds = step.getValue();
                        break;
                    }
                }
                if (kinds == null) {
                    throw refuse(Format.STEPS.containsKey(name) ? "workshopFile.error.order" : "workshopFile.error.unknownField",
                            "$." + name);
                }
                step(name, kinds);
            }
            expect(token, JsonToken.END_OBJECT, "$");
            if (parser.nextToken() != null) {
                throw refuse("workshopFile.error.trailingContent", "$");
            }
        }

        private void step(String stepName, List<Kind> kinds) throws IOException {
            String path = "$." + stepName;
            expect(parser.nextToken(), JsonToken.START_OBJECT, path);
            Iterator<Kind> order = kinds.iterator();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Kind kind = null;
                while (order.hasNext()) {
                    Kind next = order.next();
                    if (next.json().equals(name)) {
                        kind = next;
                        break;
                    }
                }
                String kindPath = path + "." + name;
                if (kind == null) {
                    boolean known = kinds.stream().anyMatch(k -> k.json().equals(name));
                    throw refuse(known ? "workshopFile.error.order" : "workshopFile.error.unknownField", kindPath);
                }
                if (kind.single()) {
                    expect(parser.nextToken(), JsonToken.START_OBJECT, kindPath);
                    sink.row(kind, record(kind, kindPath), kindPath);
                } else {
                    expect(parser.nextToken(), JsonToken.START_ARRAY, kindPath);
                    int index = 0;
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        String rowPath = kindPath + "[" + index++ + "]";
                        expect(token, JsonToken.START_OBJECT, rowPath);
                        sink.row(kind, record(kind, rowPath), rowPath);
                    }
                }
            }
            expect(token, JsonToken.END_OBJECT, path);
        }

        /** One record: every field once, in any order; returns id (if any) then the fields' values. */
        private Object[] record(Kind kind, String path) throws IOException {
            int offset = kind.hasId() ? 1 : 0;
            Object[] values = new Object[offset + kind.fields().size()];
            boolean[] seen = new boolean[values.length];
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String fieldPath = path + "." + name;
                parser.nextToken();
                if (offset == 1 && name.equals("id")) {
                    values[0] = number(fieldPath, 1, Long.MAX_VALUE);
                    seen[0] = true;
                    continue;
                }
                int index = indexOf(kind, name);
                if (index < 0) {
                    throw refuse("workshopFile.error.unknownField", fieldPath);
                }
                values[offset + index] = value(kind.fields().get(index), fieldPath);
                seen[offset + index] = true;
            }
            expect(token, JsonToken.END_OBJECT, path);
            for (int i = 0; i < values.length; i++) {
                if (!seen[i]) {
                    Field field = i < offset ? null : kind.fields().get(i - offset);
                    if (field != null && field.personal()) {
                        values[i] = ABSENT;
                    } else {
                        throw refuse("workshopFile.error.missingField", path + "." + (field == null ? "id" : field.json()));
                    }
                }
            }
            return values;
        }

        private static int indexOf(Kind kind, String name) {
            for (int i = 0; i < kind.fields().size(); i++) {
                if (kind.fields().get(i).json().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private Object value(Field field, String path) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                if (!field.nullable()) {
                    throw refuse("workshopFile.error.nullValue", path);
                }
                return null;
            }
            Class<?> type = field.type();
            if (type == Long.class || type == Integer.class) {
                return type == Long.class ? number(path, field.min(), field.max()) : (Object) (int) number(path, field.min(), field.max());
            }
            if (type == Boolean.class) {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw refuse("workshopFile.error.wrongType", path, "boolean");
                }
                return token == JsonToken.VALUE_TRUE;
            }
            if (type == BigDecimal.class) {
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw refuse("workshopFile.error.wrongType", path, "number");
                }
                BigDecimal value = parser.getDecimalValue();
                if (value.compareTo(BigDecimal.valueOf(field.min())) < 0 || value.abs().compareTo(new BigDecimal("1e12")) >= 0) {
                    throw refuse("workshopFile.error.outOfRange", path, value.toPlainString());
                }
                return value;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw refuse("workshopFile.error.wrongType", path, "string");
            }
            String text = parser.getText();
            try {
                if (type == LocalDate.class) {
                    return IsoDates.date(text);
                } else if (type == LocalTime.class) {
                    return LocalTime.parse(text);
                } else if (type == LocalDateTime.class) {
                    return IsoDates.dateTime(text);
                }
            } catch (DateTimeException e) {
                throw refuse("workshopFile.error.badDate", path, text);
            }
            if (text.length() > field.maxLength()) {
                throw refuse("workshopFile.error.tooLong", path, field.maxLength());
            }
            if (field.choices() != null && !isChoice(field.choices(), text)) {
                throw refuse("workshopFile.error.badChoice", path, text);
            }
            return text;
        }

        private static boolean isChoice(Class<? extends Enum<?>> choices, String text) {
            for (Enum<?> constant : choices.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return true;
                }
            }
            return false;
        }

        private long number(String path, long min, long max) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw refuse("workshopFile.error.wrongType", path, "integer");
            }
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw refuse("workshopFile.error.outOfRange", path, parser.getText());
            }
            long value = parser.getLongValue();
            if (value < min || value > max) {
                throw refuse("workshopFile.error.outOfRange", path, value);
            }
            return value;
        }

        private void expect(JsonToken actual, JsonToken expected, String path) {
            if (actual != expected) {
                throw refuse("workshopFile.error.wrongType", path, describe(expected));
            }
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT, END_OBJECT -> "object";
                case START_ARRAY, END_ARRAY -> "array";
                default -> token.asString() == null ? "value" : token.asString();
            };
        }

        private StudioException refuse(String key, String path, Object... more) {
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = path;
            arguments[1] = line(parser);
            System.arraycopy(more, 0, arguments, 2, more.length);
            return new StudioException(key, arguments);
        }
    }
}
