package io.custodian.plugins.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ColumnInfo;
import io.custodian.plugin.api.connector.ColumnStatistics;
import io.custodian.plugin.api.connector.ConnectorException;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.ContainerKind;
import io.custodian.plugin.api.connector.DataAsset;
import io.custodian.plugin.api.connector.Diagnosis;
import io.custodian.plugin.api.connector.Sample;
import io.custodian.plugin.api.connector.TableStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scan of the sample tree finds: containers, assets with inferred columns, statistics, samples. */
class FilesSessionTest {

    private final FilesConnector connector = new FilesConnector();
    private final ConnectorSession session = connector.open(SampleTree.settings(SampleTree.path()));

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void namesAreFileUrisBelowTheRootsParentFolder() {
        Path root = SampleTree.path();
        assertEquals("file://" + root.getParent().toUri().getPath().replaceAll("/$", ""), session.namespace());
        assertEquals("sample-tree/sales/orders.csv", session.datasetName(List.of("sample-tree", "sales", "orders.csv")));
    }

    @Test
    void foldersAreContainersUnderTheRootNamedAfterIt() {
        Container root = session.containers(null).findFirst().orElseThrow();
        assertEquals(new Container(List.of("sample-tree"), ContainerKind.FOLDER), root);
        assertEquals(List.of(List.of("sample-tree", "sales")), paths(session.containers(root).collect(Collectors.toList())));
        Container sales = session.containers(root).findFirst().orElseThrow();
        assertEquals(List.of(List.of("sample-tree", "sales", "2024")), paths(session.containers(sales).collect(Collectors.toList())));
    }

    @Test
    void csvAndJsonLinesFilesAreAssetsHiddenAndOtherFilesAreNot() {
        Container root = session.containers(null).findFirst().orElseThrow();
        assertEquals(List.of("customers.csv", "orders.jsonl"), names(session.assets(root).collect(Collectors.toList())));
        Container sales = new Container(List.of("sample-tree", "sales"), ContainerKind.FOLDER);
        assertEquals(List.of("regions.tsv"), names(session.assets(sales).collect(Collectors.toList())));
    }

    @Test
    void tokensAreListedWithoutReadingAndNamedFilesAloneAreDescribed() {
        Container root = session.containers(null).findFirst().orElseThrow();
        List<DataAsset> all = session.assets(root).collect(Collectors.toList());
        List<AssetToken> tokens = session.changeTokens(root).collect(Collectors.toList());
        assertEquals(all.stream().map(a -> new AssetToken(a.name(), AssetKind.FILE, a.changeToken())).toList(), tokens,
                "the same files with the same tokens as describing them gives");
        assertEquals(List.of("orders.jsonl"), names(session.assets(root, Set.of("orders.jsonl", "gone.csv")).collect(Collectors.toList())));
    }

    @Test
    void csvColumnsGetTypesNullabilityAndAnExactRowCount() {
        DataAsset customers = asset("customers.csv");
        assertEquals(List.of("id integer", "name string", "email string null", "signup_date date null", "active boolean",
                "balance decimal", "last_login timestamp null"), describe(customers.columns()));
        assertEquals(5, customers.rowCount());
        assertEquals("csv, delimiter ','; columns inferred from the first 1000 rows", customers.comment());
        assertTrue(customers.changeToken().matches("\\d+-\\d+"), customers.changeToken());
    }

    @Test
    void jsonLinesColumnsAreTheKeysInFirstSeenOrder() {
        DataAsset orders = asset("orders.jsonl");
        assertEquals(List.of("order_id integer", "customer_id integer", "total decimal", "placed_at timestamp null", "gift boolean",
                "items string", "coupon string null"), describe(orders.columns()));
        assertEquals(4, orders.rowCount(), "blank and malformed lines are not rows");
    }

    @Test
    void delimiterIsDetectedFromTheHeader() {
        Container year = new Container(List.of("sample-tree", "sales", "2024"), ContainerKind.FOLDER);
        DataAsset q1 = session.assets(year).findFirst().orElseThrow();
        assertEquals(List.of("region string", "country string", "revenue string null", "quarter_start date"), describe(q1.columns()));
        assertEquals("csv, delimiter ';'; columns inferred from the first 1000 rows", q1.comment());
    }

    @Test
    void statisticsStreamTheFileOnce() {
        DataAsset customers = asset("customers.csv");
        TableStatistics stats = session.statistics(customers, List.of("balance", "email", "active"));
        assertEquals(5, stats.rowCount());
        ColumnStatistics balance = stats.columns().get(0);
        assertEquals("balance", balance.column());
        assertEquals(0.0, balance.nullShare());
        assertEquals(5L, balance.distinctCount());
        assertFalse(balance.distinctApproximate());
        assertEquals("-3.25", balance.min());
        assertEquals("99999.99", balance.max(), "numeric order, not text order");
        ColumnStatistics email = stats.columns().get(1);
        assertEquals(0.2, email.nullShare());
        assertEquals(4L, email.distinctCount());
        assertEquals("ada@example.com", email.min());
        ColumnStatistics active = stats.columns().get(2);
        assertEquals(3L, active.distinctCount(), "true, false and TRUE are distinct texts");
    }

    @Test
    void distinctCountsBecomeEstimatesPastTheExactLimit() throws IOException {
        Path file = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder("n,constant\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append(",x\n");
        }
        Files.writeString(file, csv);
        try (ConnectorSession big = connector.open(SampleTree.settings(dir))) {
            DataAsset asset = big.assets(big.containers(null).findFirst().orElseThrow()).findFirst().orElseThrow();
            assertEquals(50_000, asset.rowCount());
            TableStatistics stats = big.statistics(asset, List.of("n", "constant"));
            ColumnStatistics n = stats.columns().get(0);
            assertTrue(n.distinctApproximate());
            assertTrue(Math.abs(n.distinctCount() - 50_000) < 50_000 * 0.03, "estimate " + n.distinctCount());
            assertEquals("0", n.min());
            assertEquals("49999", n.max());
            assertEquals(1L, stats.columns().get(1).distinctCount());
            assertFalse(stats.columns().get(1).distinctApproximate());
        }
    }

    @Test
    void samplesAreBoundedDeterministicAndInFileOrder() throws IOException {
        Path file = dir.resolve("numbers.csv");
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(i).append('\n');
        }
        Files.writeString(file, csv);
        try (ConnectorSession numbers = connector.open(SampleTree.settings(dir))) {
            DataAsset asset = numbers.assets(numbers.containers(null).findFirst().orElseThrow()).findFirst().orElseThrow();
            Sample sample = numbers.sample(asset, List.of("n"), 10);
            assertEquals(10, sample.rows().size());
            List<Integer> values = sample.valuesOf("n").stream().map(Integer::valueOf).collect(Collectors.toList());
            List<Integer> sorted = new ArrayList<>(values);
            sorted.sort(null);
            assertEquals(sorted, values, "rows come in file order");
            assertTrue(values.get(values.size() - 1) > 100, "a reservoir over the file, not its first rows: " + values);
            assertEquals(sample, numbers.sample(asset, List.of("n"), 10));
        }
    }

    @Test
    void sampleKeepsNullsAndRequestedColumnOrder() {
        Sample sample = session.sample(asset("customers.csv"), List.of("email", "id"), 100);
        assertEquals(List.of("email", "id"), sample.columns());
        assertEquals(5, sample.rows().size());
        assertNull(sample.rows().get(2).get(0));
        assertEquals("4", sample.rows().get(3).get(1));
    }

    @Test
    void includeGlobSelectsFiles() {
        try (ConnectorSession onlyTsv = connector.open(SampleTree.settings(SampleTree.path(), "*.tsv"));
             ConnectorSession salesCsv = connector.open(SampleTree.settings(SampleTree.path(), "sales/**/*.csv"))) {
            Container root = onlyTsv.containers(null).findFirst().orElseThrow();
            assertEquals(List.of(), names(onlyTsv.assets(root).collect(Collectors.toList())));
            Container sales = new Container(List.of("sample-tree", "sales"), ContainerKind.FOLDER);
            assertEquals(List.of("regions.tsv"), names(onlyTsv.assets(sales).collect(Collectors.toList())));
            Container year = new Container(List.of("sample-tree", "sales", "2024"), ContainerKind.FOLDER);
            assertEquals(List.of("q1.csv"), names(salesCsv.assets(year).collect(Collectors.toList())));
            assertEquals(List.of(), names(salesCsv.assets(root).collect(Collectors.toList())));
        }
    }

    @Test
    void containersAndAssetsCannotReachOutsideTheRoot() throws IOException {
        for (List<String> path : List.of(List.of("sample-tree", ".."), List.of("sample-tree", "sales/../.."), List.of("elsewhere"),
                List.of("sample-tree", ".hidden"))) {
            ConnectorException e = assertThrows(ConnectorException.class,
                    () -> session.containers(new Container(path, ContainerKind.FOLDER)).count());
            assertEquals(Diagnosis.OTHER, e.diagnosis());
        }
        DataAsset escaping = new DataAsset(new Container(List.of("sample-tree"), ContainerKind.FOLDER), "../pom.xml",
                AssetKind.FILE, List.of(), List.of(), List.of(), null, null, -1, null);
        assertThrows(ConnectorException.class, () -> session.sample(escaping, List.of(), 1));
    }

    @Test
    void symbolicLinksAreNotFollowed() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.csv"), "password\nhunter2\n");
        Files.createSymbolicLink(inside.resolve("link.csv"), dir.resolve("secret.csv"));
        Files.createSymbolicLink(inside.resolve("linked-folder"), dir);
        try (ConnectorSession linked = connector.open(SampleTree.settings(inside))) {
            Container root = linked.containers(null).findFirst().orElseThrow();
            assertEquals(0, linked.assets(root).count());
            assertEquals(0, linked.containers(root).count());
        }
    }

    @Test
    void unknownColumnsAndClosedSessionsAreRefused() {
        ConnectorException e = assertThrows(ConnectorException.class,
                () -> session.statistics(asset("customers.csv"), List.of("salary")));
        assertEquals("the file customers.csv has no column salary", e.getMessage());
        session.close();
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> session.containers(null));
        assertEquals("the session on sample-tree is closed", closed.getMessage());
    }

    @Test
    void emptyFilesAreLeftOutOfTheAssets() throws IOException {
        Files.writeString(dir.resolve("empty.csv"), "");
        Files.writeString(dir.resolve("junk.jsonl"), "not json\n[1,2]\n");
        Files.writeString(dir.resolve("header-only.csv"), "a,b\n");
        try (ConnectorSession folder = connector.open(SampleTree.settings(dir))) {
            List<DataAsset> assets = folder.assets(folder.containers(null).findFirst().orElseThrow()).collect(Collectors.toList());
            assertEquals(List.of("header-only.csv"), names(assets));
            assertEquals(0, assets.get(0).rowCount());
            assertEquals(List.of("a string", "b string"), describe(assets.get(0).columns()));
        }
    }

    private DataAsset asset(String name) {
        Container root = session.containers(null).findFirst().orElseThrow();
        return session.assets(root).filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<List<String>> paths(List<Container> containers) {
        return containers.stream().map(Container::path).collect(Collectors.toList());
    }

    private static List<String> names(List<DataAsset> assets) {
        return assets.stream().map(DataAsset::name).collect(Collectors.toList());
    }

    private static List<String> describe(List<ColumnInfo> columns) {
        return columns.stream().map(c -> c.name() + " " + c.dataType() + (c.nullable() ? " null" : "")).collect(Collectors.toList());
    }
}
