package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.datasources.api.DataSource;
import io.custodian.plugins.files.FilesConnector;
import io.custodian.scanning.api.ScanLevel;
import io.custodian.scanning.api.ScanStatus;
import io.custodian.scanning.internal.testing.ConnectorSources;
import io.custodian.scanning.internal.testing.InMemoryCatalog;
import io.custodian.scanning.internal.testing.RecordingConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a real folder of CSV and JSON Lines files through the real files connector plugin. */
class FileStoreScanTest {

    @TempDir
    Path temp;

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final ConnectorSources sources = new ConnectorSources();
    private final RecordingConnector connector = new RecordingConnector(new FilesConnector());
    private Path data;
    private DataSource store;
    private String root;

    @BeforeEach
    void createFiles() throws IOException {
        data = Files.createDirectories(temp.resolve("data"));
        write("a.csv", "id,name\n1,Ada\n2,Grace\n");
        write("b.csv", "id,city\n1,Oslo\n");
        write("c.jsonl", "{\"id\": 1, \"email\": \"ada@example.com\"}\n");
        write("sales/2024/q1.csv", "region;revenue\nnorth;10\n");
        store = sources.add("files", connector, Map.of("path", data.toString()), Map.of());
        root = "file://" + temp.toAbsolutePath() + "/data";
    }

    private void write(String name, String content) throws IOException {
        Path file = data.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private EngineRun scan(ScanLevel level) {
        return EngineRun.of(catalog, sources, store, level).run();
    }

    @Test
    void foldersAndFilesGetSlashedNamesBelowTheFolderThatHoldsTheRoot() {
        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, run.status(), () -> run.errors.toString());
        assertEquals(3, run.counts().containers(), "data, data/sales, data/sales/2024");
        assertEquals(4, run.counts().assetsSeen());
        assertEquals(root + "/sales/2024", catalog.require(root + "/sales/2024/q1.csv").parentQualifiedName);
        assertEquals("integer", catalog.require(root + "/a.csv#id").technical.get("dataType"));
    }

    @Test
    void aRescanSkipsFilesWhoseChangeTokenDidNotMoveButStillMarksThemSeen() throws IOException {
        scan(ScanLevel.METADATA);
        long writes = catalog.assetWrites();

        EngineRun rescan = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, rescan.status());
        assertEquals(writes, catalog.assetWrites(), "nothing described again");
        assertEquals(4, rescan.counts().unchanged(), "four files skipped");
        assertEquals(rescan.runId, catalog.require(root + "/a.csv").lastSeenRun);
        assertEquals(rescan.runId, catalog.require(root + "/a.csv#name").lastSeenRun);
        assertEquals(0, rescan.counts().removed());

        write("b.csv", "id,city,country\n1,Oslo,NO\n2,Lima,PE\n");
        Files.setLastModifiedTime(data.resolve("b.csv"), FileTime.from(Instant.now().plusSeconds(5)));
        connector.reset();
        EngineRun third = scan(ScanLevel.METADATA);

        assertEquals(List.of(Set.of("b.csv")), connector.describeCalls(), "the connector is asked to describe b.csv only");
        assertEquals(2, connector.listings(), "data/ and data/sales/2024/ hold files with tokens; data/sales/ holds none");
        assertEquals(writes + 1, catalog.assetWrites(), "only the changed file is stored again");
        assertEquals(1, third.counts().changed());
        assertTrue(catalog.node(root + "/b.csv#country").isPresent());
    }

    @Test
    void aStatisticsScanProfilesWhatAMetadataScanDescribedEvenWithUnchangedTokens() {
        scan(ScanLevel.METADATA);
        long writes = catalog.assetWrites();

        EngineRun statistics = scan(ScanLevel.STATISTICS);
        EngineRun again = scan(ScanLevel.STATISTICS);
        EngineRun metadata = scan(ScanLevel.METADATA);

        assertEquals(writes + 4, catalog.assetWrites(), "profiled once, then skipped by both levels");
        assertEquals(0, statistics.counts().errors(), () -> statistics.errors.toString());
        assertEquals(2L, catalog.require(root + "/a.csv").profile.get("rowCount"));
        assertEquals(4, again.counts().unchanged());
        assertEquals(4, metadata.counts().unchanged());
    }

    @Test
    void anUnreadableFileFailsAloneTheListingGoesOnAndItsFolderKeepsWhatItCouldNotSee() throws IOException {
        write("sales/2024/q2.csv", "region;revenue\nsouth;20\n");
        scan(ScanLevel.METADATA);
        Files.delete(data.resolve("c.jsonl"));
        Files.delete(data.resolve("sales/2024/q2.csv"));
        write("b.csv", "x".repeat(4 * 1024 * 1024 + 16) + "\n1\n");
        write("bb.csv", "id\n7\n");

        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.PARTIAL, run.status());
        // The files connector describes named files by filtering its whole listing (the plugin API's default), so
        // describing the new bb.csv meets the unreadable file a second time: one error per pass over the folder.
        assertFalse(run.errors.isEmpty());
        assertEquals(run.errors.size(), run.counts().errors());
        assertTrue(run.errors.stream().allMatch(e -> e.objectName().equals(root) && e.code().equals("connector.other")
                && e.message().contains("b.csv")), () -> "each failure is b.csv's, in the folder's listing: " + run.errors);
        assertTrue(catalog.node(root + "/bb.csv").isPresent(), "the listing went on after the unreadable file");
        assertFalse(catalog.require(root + "/c.jsonl").removed, "data/ was not listed completely: nothing removed there");
        assertFalse(catalog.require(root + "/b.csv").removed);
        assertTrue(catalog.require(root + "/sales/2024/q2.csv").removed, "sales/2024/ was listed completely");
        assertEquals(1, run.counts().removed());
    }

    @Test
    void aDeletedFolderIsTombstonedWithEverythingBelowIt() throws IOException {
        scan(ScanLevel.METADATA);
        Files.delete(data.resolve("sales/2024/q1.csv"));
        Files.delete(data.resolve("sales/2024"));
        Files.delete(data.resolve("sales"));

        EngineRun run = scan(ScanLevel.METADATA);

        assertEquals(ScanStatus.COMPLETED, run.status());
        assertEquals(1, run.counts().removed(), "the folder; its descendants go with it");
        assertTrue(catalog.require(root + "/sales").removed);
        assertTrue(catalog.require(root + "/sales/2024/q1.csv").removed);
        assertTrue(catalog.require(root + "/sales/2024/q1.csv#region").removed);
    }

    @Test
    void pathPatternsSelectFilesBelowTheRoot() {
        EngineRun run = new EngineRun(catalog, sources, store, ScanLevel.METADATA,
                ScanScope.of(java.util.List.of("sales/**"), java.util.List.of()), 1).run();

        assertEquals(ScanStatus.COMPLETED, run.status());
        assertEquals(java.util.List.of(root + "/sales/2024/q1.csv"), catalog.names(n -> n.type.holdsColumns()));
    }
}
