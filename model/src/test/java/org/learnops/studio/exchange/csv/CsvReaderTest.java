package org.learnops.studio.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.exchange.Table;

/** RFC 4180 details and where errors point; the hostile corpus (HostileInputTest) covers the refusals broadly. */
class CsvReaderTest {

    @TempDir
    Path dir;

    private Table read(String text) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return new CsvReader().read(file);
    }

    private StudioException refused(String text) {
        return assertThrows(StudioException.class, () -> read(text));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRowsKeepTheLineTheyStartOn() throws IOException {
        Table table = read("Name,Notes\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\r\nand left\"\r\nGrace,\r\n");

        assertEquals(List.of("Name", "Notes"), table.header());
        assertEquals(List.of(new Table.Row(2, List.of("Lovelace, Ada", "said \"hi\"\r\nand left")),
                new Table.Row(4, List.of("Grace", ""))), table.rows());
    }

    @Test
    void theLastLineNeedsNoLineBreakAndEmptyLinesAreSkipped() throws IOException {
        Table table = read("a,b\n\n1,2\n\n3,\"\"");
        assertEquals(List.of(new Table.Row(3, List.of("1", "2")), new Table.Row(5, List.of("3", ""))), table.rows());
    }

    @Test
    void spacesAndFormulaLookingTextAreKeptAsWritten() throws IOException {
        Table table = read("a,b\n  padded  ,=SUM(A1)\n");
        assertEquals(List.of("  padded  ", "=SUM(A1)"), table.rows().get(0).cells());
    }

    @Test
    void errorsNameTheLineAndColumn() {
        StudioException unclosed = refused("a,b\n1,2\n3,\"open\n4,5\n");
        assertEquals("import.error.csv.unclosedQuote", unclosed.messageKey());
        assertArrayEquals(new Object[] {3L, 2}, unclosed.arguments(), "the line where the quote opened");

        StudioException tooLong = refused("a,b\n1,\"" + "x".repeat(CsvReader.MAX_CELL_CHARS + 1) + "\"\n");
        assertEquals("import.error.csv.cellTooLong", tooLong.messageKey());
        assertArrayEquals(new Object[] {2L, 2, CsvReader.MAX_CELL_CHARS}, tooLong.arguments());

        StudioException notUtf8 = assertThrows(StudioException.class, () -> {
            Path file = dir.resolve("latin1.csv");
            Files.write(file, "a\nok\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));
            new CsvReader().read(file);
        });
        assertEquals("import.error.notUtf8", notUtf8.messageKey());
        assertArrayEquals(new Object[] {3L}, notUtf8.arguments());
    }

    @Test
    void aCellOfExactlyTheLimitIsFine() throws IOException {
        Table table = read("a\n" + "x".repeat(CsvReader.MAX_CELL_CHARS) + "\n");
        assertEquals(CsvReader.MAX_CELL_CHARS, table.rows().get(0).cells().get(0).length());
    }

    @Test
    void aMissingFileSaysSo() {
        StudioException missing = assertThrows(StudioException.class, () -> new CsvReader().read(dir.resolve("none.csv")));
        assertEquals("import.error.notFound", missing.messageKey());
    }
}
