package org.learnops.studio.exchange.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.Table;

/**
 * Reads a CSV file (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double
 * quotes, a quote in a quoted field doubled) in UTF-8, with or without a byte order mark, into a
 * {@link Table}: the first record is the header. Nothing is trusted: the file must be text (no NUL
 * or other control characters, valid UTF-8), every record must have the header's number of
 * fields, and size, rows, columns and cell length have limits. Cells are returned exactly as
 * written (a cell starting with {@code =} stays that text; exports neutralise it). Empty lines are
 * skipped. Needs nothing to be constructed; one instance may read many files, one at a time.
 */
public final class CsvReader {

    /** Largest file read: 64 MB (the whole file is decoded in memory, so this bounds memory too). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most data rows after the header: twice the 100,000 events of the large demo. */
    public static final int MAX_ROWS = 200_000;
    /** Most fields in one record. */
    public static final int MAX_COLUMNS = 256;
    /** Longest cell, in characters: Excel's own limit, so anything read can be exported again. */
    public static final int MAX_CELL_CHARS = 32_767;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public Table read(Path file) {
        byte[] bytes = readBytes(file);
        char[] text = decode(bytes);
        int start = text.length > 0 && text[0] == BYTE_ORDER_MARK ? 1 : 0;
        return new Parse(text, start).table();
    }

    private static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StudioException("import.error.tooLarge", file.getFileName().toString(), size, MAX_FILE_BYTES);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StudioException("import.error.notFound", e, file.toString());
        } catch (IOException e) {
            throw new StudioException("import.error.read", e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** UTF-8 only; a NUL byte (binary data, or UTF-16) or an invalid byte sequence is refused with its line. */
    private static char[] decode(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new StudioException("import.error.binary", lineAt(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new StudioException("import.error.notUtf8", lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        char[] text = new char[out.position()];
        out.flip().get(text);
        return text;
    }

    private static long lineAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One pass over the decoded text. */
    private static final class Parse {

        private final char[] text;
        private int at;
        private long line = 1;
        private final StringBuilder cell = new StringBuilder();
        private List<String> header;
        private final List<Table.Row> rows = new ArrayList<>();

        Parse(char[] text, int start) {
            this.text = text;
            this.at = start;
        }

        Table table() {
            while (at < text.length) {
                long recordLine = line;
                List<String> record = record();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // an empty line
                }
                add(recordLine, record);
            }
            if (header == null) {
                throw new StudioException("import.error.empty");
            }
            return new Table(header, rows);
        }

        /** Reads fields up to and including the end of the record. */
        private List<String> record() {
            List<String> fields = new ArrayList<>();
            while (true) {
                int column = fields.size() + 1;
                if (column > MAX_COLUMNS) {
                    throw new StudioException("import.error.csv.tooManyColumns", line, MAX_COLUMNS);
                }
                fields.add(at < text.length && text[at] == '"' ? quoted(column) : unquoted(column));
                if (at >= text.length) {
                    return fields;
                }
                char next = text[at++];
                if (next == ',') {
                    continue;
                }
                if (next == '\r' && at < text.length && text[at] == '\n') {
                    at++;
                }
                line++;
                return fields;
            }
        }

        private String quoted(int column) {
            long opened = line;
            at++;
            cell.setLength(0);
            while (true) {
                if (at >= text.length) {
                    throw new StudioException("import.error.csv.unclosedQuote", opened, column);
                }
                char c = text[at++];
                if (c == '"') {
                    if (at < text.length && text[at] == '"') {
                        at++;
                    } else {
                        break;
                    }
                } else if (c == '\n') {
                    line++;
                }
                append(c, column);
            }
            if (at < text.length && text[at] != ',' && text[at] != '\r' && text[at] != '\n') {
                throw new StudioException("import.error.csv.badQuote", line, column);
            }
            return cell.toString();
        }

        private String unquoted(int column) {
            cell.setLength(0);
            while (at < text.length) {
                char c = text[at];
                if (c == ',' || c == '\r' || c == '\n') {
                    break;
                }
                if (c == '"') {
                    throw new StudioException("import.error.csv.strayQuote", line, column);
                }
                append(c, column);
                at++;
            }
            return cell.toString();
        }

        private void append(char c, int column) {
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                throw new StudioException("import.error.binary", line);
            }
            if (cell.length() == MAX_CELL_CHARS) {
                throw new StudioException("import.error.csv.cellTooLong", line, column, MAX_CELL_CHARS);
            }
            cell.append(c);
        }

        private void add(long recordLine, List<String> record) {
            if (header == null) {
                Set<String> names = new HashSet<>();
                for (String name : record) {
                    if (!names.add(name.strip().toLowerCase(Locale.ROOT))) {
                        throw new StudioException("import.error.duplicateColumn", name);
                    }
                }
                header = record;
                return;
            }
            if (record.size() != header.size()) {
                throw new StudioException("import.error.csv.columnCount", recordLine, record.size(), header.size());
            }
            if (rows.size() == MAX_ROWS) {
                throw new StudioException("import.error.tooManyRows", MAX_ROWS);
            }
            rows.add(new Table.Row(recordLine, record));
        }
    }
}
