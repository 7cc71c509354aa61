package io.custodian.catalog.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.catalog.api.AssetDraft;
import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.CatalogService;
import io.custodian.catalog.internal.Drafts;
import io.custodian.catalog.internal.JpaCatalog;
import io.custodian.catalog.internal.TestCatalogs;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogAssetsCommandTest {

    private JpaTestDatabase db;
    private JpaCatalog catalog;

    @BeforeEach
    void storeTables() throws SQLException {
        db = JpaTestDatabase.h2(TestCatalogs.UNIT, TestCatalogs.MIGRATIONS);
        catalog = TestCatalogs.catalog(db.emf(), Clock.systemUTC(), new RecordingAuditService());
        catalog.upsert("run-1", Drafts.source("1"));
        catalog.upsert("run-1", Drafts.database("1", "shop"));
        AssetDraft schema = Drafts.schema("1", "shop", "public");
        catalog.upsert("run-1", schema);
        for (String name : new String[] {"a", "b", "gone"}) {
            AssetDraft table = Drafts.table(schema, name);
            catalog.upsertWithColumns("run-1", table, Drafts.columns(table, 1));
        }
        catalog.upsert("run-2", schema);
        catalog.upsertWithColumns("run-2", Drafts.table(schema, "a"), Drafts.columns(Drafts.table(schema, "a"), 1));
        catalog.upsertWithColumns("run-2", Drafts.table(schema, "b"), Drafts.columns(Drafts.table(schema, "b"), 1));
        catalog.tombstoneUnseen("run-2", "1", schema.qualifiedName());
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void listsQualifiedNamesOfOneTypeAndMarksTombstones() {
        String live = new AssetListing(catalog).list("1", AssetType.TABLE, false, 100);
        String all = new AssetListing(catalog).list("1", AssetType.TABLE, true, 100);

        assertEquals(3, live.lines().count(), live);
        assertTrue(live.lines().skip(1).allMatch(line -> line.startsWith("TABLE")), live);
        assertTrue(live.contains(Drafts.ns("1") + "/shop.public.a"), live);
        assertTrue(!live.contains("gone"), live);
        assertTrue(all.lines().anyMatch(line -> line.contains("shop.public.gone") && line.contains("(removed ")), all);
    }

    @Test
    void stopsAtTheLimitAndSaysSo() {
        String listing = new AssetListing(catalog).list(null, null, false, 4);

        assertEquals(6, listing.lines().count(), listing);
        assertTrue(listing.endsWith("(first 4 shown; raise --limit for more)\n"), listing);
        assertEquals("No assets found\n", new AssetListing(catalog).list("9", null, false, 10));
    }

    @Test
    void karafSeesTheCommandWithItsOptionsAndTheCatalogReference() {
        assertNotNull(CatalogAssetsCommand.class.getAnnotation(Service.class));
        Command command = CatalogAssetsCommand.class.getAnnotation(Command.class);
        assertEquals("custodian", command.scope());
        assertEquals("catalog-assets", command.name());
        Set<String> options = new TreeSet<>();
        int references = 0;
        for (Field field : CatalogAssetsCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                options.add(option.name());
            }
            if (field.isAnnotationPresent(Reference.class) && field.getType() == CatalogService.class) {
                references++;
            }
        }
        assertEquals(Set.of("--limit", "--removed", "--source", "--type"), options);
        assertEquals(1, references);
    }
}
