package io.custodian.plugins.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON Lines parsing, including the awkward corners real files have. */
class ReadersTest {

    @TempDir
    Path dir;

    @Test
    void csvHandlesQuotesLineBreaksCrlfBomAndShortRows() throws IOException {
        Path file = write("a.csv", "\uFEFFid,text,extra\r\n1,\"say \"\"hi\"\", then\nleave\",x\r\n2,plain\r\n\r\n3,\"\",\n");
        try (CsvRowReader reader = CsvRowReader.open(file, FileFormat.CSV)) {
            assertEquals(List.of("id", "text", "extra"), reader.columns());
            assertArrayEquals(new String[] {"1", "say \"hi\", then\nleave", "x"}, reader.next().values());
            assertArrayEquals(new String[] {"2", "plain", null}, reader.next().values());
            assertArrayEquals(new String[] {"3", "", null}, reader.next().values(), "quoted empty is text, unquoted empty is null");
            assertNull(reader.next());
        }
    }

    @Test
    void csvHeadersAreMadeUniqueAndNamed() throws IOException {
        try (CsvRowReader reader = CsvRowReader.open(write("h.csv", " a ,,a,a\n1,2,3,4\n"), FileFormat.CSV)) {
            assertEquals(List.of("a", "column_2", "a_2", "a_3"), reader.columns());
        }
    }

    @Test
    void delimitersAreSniffedOutsideQuotes() throws IOException {
        try (CsvRowReader reader = CsvRowReader.open(write("s.csv", "\"a,b,c\";d;e\n1;2;3\n"), FileFormat.CSV)) {
            assertEquals(';', reader.delimiter());
            assertEquals(List.of("a,b,c", "d", "e"), reader.columns());
        }
        try (CsvRowReader reader = CsvRowReader.open(write("t.tsv", "a,b\tc\n1,2\t3\n"), FileFormat.TSV)) {
            assertEquals(List.of("a,b", "c"), reader.columns());
        }
    }

    @Test
    void oversizedRecordsAreRefusedNotBuffered() throws IOException {
        Path file = write("big.csv", "a\n\"" + "x".repeat(CsvRowReader.MAX_RECORD_CHARS + 10) + "\"\n");
        try (CsvRowReader reader = CsvRowReader.open(file, FileFormat.CSV)) {
            RecordTooLongException e = assertThrows(RecordTooLongException.class, reader::next);
            assertEquals("record 2 is longer than 4194304 characters", e.getMessage());
        }
    }

    @Test
    void jsonLinesValuesKeepTheirKind() {
        Map<String, JsonLine.Value> members = JsonLine.parse(
                "{\"s\":\"a\\\"b\\u00e9\",\"i\":-12,\"d\":1.5e3,\"b\":true,\"n\":null,\"o\":{\"x\":[1,\"]\"]},\"a\":[]}");
        assertEquals(new JsonLine.Value("a\"b\u00e9", ValueKind.JSON_STRING), members.get("s"));
        assertEquals(new JsonLine.Value("-12", ValueKind.JSON_NUMBER), members.get("i"));
        assertEquals(new JsonLine.Value("1.5e3", ValueKind.JSON_NUMBER), members.get("d"));
        assertEquals(new JsonLine.Value("true", ValueKind.JSON_BOOLEAN), members.get("b"));
        assertNull(members.get("n").text());
        assertEquals(new JsonLine.Value("{\"x\":[1,\"]\"]}", ValueKind.JSON_STRUCTURE), members.get("o"));
        assertEquals(new JsonLine.Value("[]", ValueKind.JSON_STRUCTURE), members.get("a"));
    }

    @Test
    void malformedJsonLinesAreRejected() {
        for (String bad : List.of("[1,2]", "{\"a\":1", "{\"a\":01}", "{\"a\":1} x", "{a:1}", "{\"a\":tru}", "", "{\"a\":\"\\q\"}",
                "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}", "{\"a\":[}]}")) {
            assertNull(JsonLine.parse(bad), bad);
        }
    }

    @Test
    void jsonLinesReaderDiscoversColumnsOrUsesFixedOnes() throws IOException {
        Path file = write("o.jsonl", "{\"a\":1}\n\nnope\n{\"b\":2,\"a\":3}\n");
        try (JsonLinesRowReader reader = JsonLinesRowReader.open(file, null)) {
            assertArrayEquals(new String[] {"1"}, reader.next().values());
            assertArrayEquals(new String[] {"3", "2"}, reader.next().values());
            assertNull(reader.next());
            assertEquals(List.of("a", "b"), reader.columns());
            assertEquals(1, reader.malformedLines());
        }
        try (JsonLinesRowReader reader = JsonLinesRowReader.open(file, List.of("b"))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(Arrays.asList(row.values()));
            }
            assertEquals(List.of(Arrays.asList((String) null), List.of("2")), rows);
        }
    }

    @Test
    void typesAreTheNarrowestThatFitsEveryValue() {
        assertEquals("integer", guess(ValueKind.TEXT, "1", "-2", "+3"));
        assertEquals("decimal", guess(ValueKind.TEXT, "1", "2.5", "1e3"));
        assertEquals("decimal", guess(ValueKind.TEXT, "1234567890123456789"), "too long for a 64-bit integer");
        assertEquals("boolean", guess(ValueKind.TEXT, "true", "FALSE"));
        assertEquals("date", guess(ValueKind.TEXT, "2024-02-29", "1999-12-31"));
        assertEquals("string", guess(ValueKind.TEXT, "2023-02-29"), "not a real date");
        assertEquals("timestamp", guess(ValueKind.TEXT, "2024-01-01T10:00", "2024-01-01 23:59:59.123+02:00", "2024-01-01T00:00:00Z"));
        assertEquals("string", guess(ValueKind.TEXT, "2024-01-01T24:00"));
        assertEquals("string", guess(ValueKind.JSON_STRING, "42"), "a JSON string is text even when it holds digits");
        assertEquals("integer", guess(ValueKind.JSON_NUMBER, "42"));
        assertEquals("string", guess(ValueKind.TEXT, (String) null), "no value: string");
        ColumnTypeGuess nullable = new ColumnTypeGuess();
        nullable.observe("1", ValueKind.TEXT);
        nullable.observe(null, ValueKind.TEXT);
        assertEquals(true, nullable.nullable());
    }

    private static String guess(ValueKind kind, String... values) {
        ColumnTypeGuess guess = new ColumnTypeGuess();
        for (String value : values) {
            guess.observe(value, kind);
        }
        return guess.dataType();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
