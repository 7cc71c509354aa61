package io.custodian.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (v VARCHAR(10) DEFAULT 'a;b');
                /* block; comment */ INSERT INTO t VALUES ('it''s; fine');
                INSERT INTO "odd;name" VALUES (1)
                """;
        assertEquals(List.of(
                "CREATE TABLE t (v VARCHAR(10) DEFAULT 'a;b')",
                "INSERT INTO t VALUES ('it''s; fine')",
                "INSERT INTO \"odd;name\" VALUES (1)"), SqlStatements.split(script));
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertEquals(List.of(), SqlStatements.split("  -- nothing\n ; ;"));
    }
}
