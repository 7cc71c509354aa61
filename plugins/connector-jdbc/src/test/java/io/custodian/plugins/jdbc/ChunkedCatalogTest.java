package io.custodian.plugins.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chunked description on a real H2 database, with a test dialect whose "bulk queries" record the chunks they are
 * given and fill each description from one query of H2's INFORMATION_SCHEMA.
 */
class ChunkedCatalogTest {

    private static final String URL = "jdbc:h2:mem:chunks;DB_CLOSE_DELAY=-1";
    private static final Container SCHEMA = new Container(List.of("CHUNKS", "PUBLIC"), ContainerKind.SCHEMA);

    private Connection connection;
    private RecordingDialect dialect;
    private JdbcCatalog catalog;

    @BeforeAll
    static void createTables() throws SQLException {
        try (Connection connection = open(); Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
            for (int i = 1; i <= 5; i++) {
                sql.execute("CREATE TABLE T" + i + " (ID INT PRIMARY KEY, NAME VARCHAR(20) DEFAULT 'n', NOTE VARCHAR(20))");
            }
            sql.execute("COMMENT ON COLUMN T1.NOTE IS '   '");
            sql.execute("CREATE VIEW V1 AS SELECT ID FROM T1");
        }
    }

    @BeforeEach
    void openCatalog() throws SQLException {
        connection = open();
        dialect = new RecordingDialect();
        catalog = new JdbcCatalog(connection, dialect, 2);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void describesInChunksOfTheListingOnlyAsTheStreamIsConsumed() throws SQLException {
        try (Stream<DataAsset> stream = catalog.assets(SCHEMA)) {
            Iterator<DataAsset> assets = stream.iterator();
            assertEquals("T1", assets.next().name());
            assertEquals(List.of(List.of("T1", "T2")), dialect.chunks, "one chunk read for the first asset");
            List<String> rest = new ArrayList<>();
            assets.forEachRemaining(asset -> rest.add(asset.name()));
            assertEquals(List.of("T2", "T3", "T4", "T5", "V1"), rest);
        }
        assertEquals(List.of(List.of("T1", "T2"), List.of("T3", "T4"), List.of("T5", "V1")), dialect.chunks);
    }

    @Test
    void chunkFactsBecomeAssetsWithTheListingsKindAndComment() throws SQLException {
        Map<String, DataAsset> assets = catalog.assets(SCHEMA).collect(Collectors.toMap(DataAsset::name, asset -> asset));
        DataAsset t1 = assets.get("T1");
        assertEquals(AssetKind.TABLE, t1.kind());
        assertEquals(List.of("ID", "NAME", "NOTE"), t1.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of(1, 2, 3), t1.columns().stream().map(c -> c.position()).toList());
        assertNull(t1.columns().get(2).comment(), "a blank comment is none");
        assertEquals("'n'", t1.columns().get(1).defaultValue());
        assertEquals(List.of("ID"), t1.primaryKey());
        assertNull(t1.viewDefinition(), "SQL the bulk query gives for a table is dropped");
        assertEquals("chunk-1", t1.changeToken());
        assertEquals(AssetKind.VIEW, assets.get("V1").kind());
        assertEquals("SELECT 1", assets.get("V1").viewDefinition());
        assertTrue(assets.get("V1").changeToken().startsWith("rows:-1;structure:"), "without a token the structure digest stands in");
    }

    @Test
    void aChunkWhoseBulkQueriesFailIsReportedOnceThenDescribedOneByOne() throws SQLException {
        dialect.failingChunkWith = "T3";
        List<String> names = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        try (Stream<DataAsset> stream = catalog.assets(SCHEMA)) {
            // As the scan engine walks a stream: a failing step is recorded and the walk goes on.
            Iterator<DataAsset> assets = stream.iterator();
            boolean more = true;
            while (more) {
                try {
                    more = assets.hasNext();
                    if (more) {
                        names.add(assets.next().name());
                    }
                } catch (ConnectorException e) {
                    failures.add(e);
                }
            }
        }
        assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "V1"), names, "every table still described, in order");
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("bulk query failed"), failures.get(0).getMessage());
        Map<String, DataAsset> again = new JdbcCatalog(connection, new H2TestDialect()).assets(SCHEMA)
                .collect(Collectors.toMap(DataAsset::name, asset -> asset));
        dialect.failingChunkWith = "T3";
        try (Stream<DataAsset> stream = catalog.assets(SCHEMA, Set.of("T3"))) {
            Iterator<DataAsset> assets = stream.iterator();
            assertThrows(ConnectorException.class, assets::hasNext);
            assertEquals(again.get("T3"), assets.next(), "the fallback is the per-table description");
            assertFalse(assets.hasNext());
        }
    }

    @Test
    void namedAssetsAreExactlyTheListedOnesAmongTheNames() throws SQLException {
        List<String> named = catalog.assets(SCHEMA, Set.of("T4", "V1", "T9")).map(DataAsset::name).toList();
        assertEquals(List.of("T4", "V1"), named, "listing order, unknown names left out");
        assertEquals(List.of(List.of("T4", "V1")), dialect.chunks, "only the named tables are described");
    }

    @Test
    void sessionListsTokensByDescribingWhenTheDialectCannotListThem() throws SQLException {
        JdbcSession session = new JdbcSession(open(), new H2TestDialect(), "CHUNKS", "chunks");
        try {
            Map<String, String> fromAssets = session.assets(SCHEMA).collect(Collectors.toMap(DataAsset::name, DataAsset::changeToken));
            Map<String, String> listed = session.changeTokens(SCHEMA).collect(Collectors.toMap(AssetToken::name, AssetToken::changeToken));
            assertEquals(fromAssets, listed);
            assertEquals(6, listed.size());
            assertEquals(0, session.assets(SCHEMA, Set.of()).count());
            assertEquals(0, session.changeTokens(new Container(List.of("OTHER", "PUBLIC"), ContainerKind.SCHEMA)).count());
        } finally {
            session.close();
        }
    }

    @Test
    void sessionUsesTheDialectsTokenListing() throws SQLException {
        JdbcSession session = new JdbcSession(open(), new RecordingDialect(), "CHUNKS", "chunks");
        try {
            assertEquals(List.of(new AssetToken("T1", AssetKind.TABLE, "listed")), session.changeTokens(SCHEMA).toList());
        } finally {
            session.close();
        }
    }

    private static Connection open() throws SQLException {
        return new org.h2.Driver().connect(URL, ShopDatabase.target(URL, "").properties());
    }

    /** Records each chunk; fills columns and keys from INFORMATION_SCHEMA, tokens by chunk number; lists one token. */
    private static final class RecordingDialect implements JdbcDialect {
        final List<List<String>> chunks = new ArrayList<>();
        String failingChunkWith;

        @Override
        public boolean describesTablesInBulk() {
            return true;
        }

        @Override
        public void describeTables(Connection connection, String schema, Map<String, TableDescription> tables) throws SQLException {
            chunks.add(List.copyOf(tables.keySet()));
            if (tables.containsKey(failingChunkWith)) {
                failingChunkWith = null;
                throw new SQLException("bulk query failed", "42000");
            }
            try (var query = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT, REMARKS"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ANY(?) ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
                query.setString(1, schema);
                query.setObject(2, tables.keySet().toArray(new String[0]));
                try (var rs = query.executeQuery()) {
                    while (rs.next()) {
                        TableDescription table = tables.get(rs.getString(1));
                        table.addColumn(rs.getString(2), rs.getString(3), "YES".equals(rs.getString(4)), rs.getString(5), rs.getString(6));
                        if (rs.getString(2).equals("ID") && rs.getString(1).startsWith("T")) {
                            table.addPrimaryKeyColumn(1, "ID");
                        }
                    }
                }
            }
            for (Map.Entry<String, TableDescription> table : tables.entrySet()) {
                table.getValue().viewDefinition("SELECT 1");
                if (table.getKey().startsWith("T")) {
                    table.getValue().changeToken("chunk-" + chunks.size());
                }
            }
        }

        @Override
        public boolean listsChangeTokens() {
            return true;
        }

        @Override
        public List<AssetToken> changeTokens(Connection connection, String schema) {
            return List.of(new AssetToken("T1", AssetKind.TABLE, "listed"));
        }
    }
}
