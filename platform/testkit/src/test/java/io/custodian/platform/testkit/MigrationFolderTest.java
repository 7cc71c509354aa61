package io.custodian.platform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class MigrationFolderTest {

    private static final ClassLoader LOADER = MigrationFolderTest.class.getClassLoader();

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- leading; comment
                CREATE TABLE t (a VARCHAR(9), "b;c" INT);
                /* block; comment */ INSERT INTO t VALUES ('x;y', 1);
                INSERT INTO t VALUES ('it''s; -- here', 2) ; ;
                UPDATE t SET a = 'z' -- trailing; comment
                """;

        assertEquals(List.of(
                "CREATE TABLE t (a VARCHAR(9), \"b;c\" INT)",
                "INSERT INTO t VALUES ('x;y', 1)",
                "INSERT INTO t VALUES ('it''s; -- here', 2)",
                "UPDATE t SET a = 'z'"), MigrationFolder.statements(script));
    }

    @Test
    void anUnterminatedQuoteRunsToTheEnd() {
        assertEquals(List.of("SELECT 'a; b"), MigrationFolder.statements("SELECT 'a; b"));
    }

    @Test
    void choosesTheVendorVariantAndIgnoresOtherVendorsAndNames() {
        SortedMap<Integer, MigrationFolder.Script> h2 = MigrationFolder.scriptsFor(LOADER, "db/migration/kit", "h2");
        SortedMap<Integer, MigrationFolder.Script> pg =
                MigrationFolder.scriptsFor(LOADER, "db/migration/kit", "postgresql");
        SortedMap<Integer, MigrationFolder.Script> oracle =
                MigrationFolder.scriptsFor(LOADER, "db/migration/kit", "oracle");

        assertEquals(List.of("V1__notes.sql", "V2__second_note.h2.sql", "V10__after_two.sql"), names(h2));
        assertEquals(List.of("V1__notes.sql", "V2__second_note.postgresql.sql", "V10__after_two.sql"), names(pg));
        assertEquals(List.of("V1__notes.sql", "V2__second_note.sql", "V3__other_vendor.oracle.sql",
                "V10__after_two.sql"), names(oracle));
    }

    @Test
    void twoScriptsOfOneVersionAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MigrationFolder.scriptsFor(LOADER, "db/migration/kit-clash", "h2"));
        assertTrue(e.getMessage().contains("version 1"), e.getMessage());
    }

    private static List<String> names(SortedMap<Integer, MigrationFolder.Script> scripts) {
        return scripts.values().stream().map(MigrationFolder.Script::fileName).toList();
    }
}
