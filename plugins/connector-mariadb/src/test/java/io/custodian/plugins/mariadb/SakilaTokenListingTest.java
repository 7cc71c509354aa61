package io.custodian.plugins.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.plugin.api.connector.AssetKind;
import io.custodian.plugin.api.connector.AssetToken;
import io.custodian.plugin.api.connector.ConnectorSession;
import io.custodian.plugin.api.connector.Container;
import io.custodian.plugin.api.connector.DataAsset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listing of a database's change tokens in one query equals the tokens of its described assets, on Sakila with a
 * few odd names added. Only with custodian.it.mariadb=true.
 */
class SakilaTokenListingTest {

    private static SakilaDatabase sakila;

    private ConnectorSession session;
    private Container database;

    @BeforeAll
    static void loadSakila() throws Exception {
        sakila = SakilaDatabase.create();
        sakila.execute("CREATE TABLE `Mixed_Case` (`Id` INT PRIMARY KEY, `la bel` VARCHAR(20) DEFAULT 'x' COMMENT 'a label');"
                + "CREATE TABLE `a_b` (id INT); CREATE TABLE `axb` (id INT, more INT); CREATE TABLE `per%cent` (v INT);"
                + "CREATE TABLE `empty_myisam` (id INT) ENGINE=MyISAM; CREATE TABLE `evolving` (id INT);"
                + "CREATE VIEW `Mixed View` AS SELECT `Id` FROM `Mixed_Case`;"
                + "CREATE SEQUENCE `not_listed`;");
        // Settles InnoDB's row estimates, which a background recalculation could otherwise move between two reads.
        sakila.execute("ANALYZE TABLE actor, address, category, city, country, customer, film, film_actor, film_category, film_text,"
                + " inventory, language, payment, rental, staff, store, `Mixed_Case`, `a_b`, `axb`, `per%cent`, `empty_myisam`, `evolving`");
    }

    @AfterAll
    static void dropSakila() throws Exception {
        if (sakila != null) {
            sakila.close();
        }
    }

    @BeforeEach
    void open() {
        session = new MariaDbConnector().open(sakila.settings());
        Container server = session.containers(null).findFirst().orElseThrow();
        database = session.containers(server).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void listedTokensEqualTheTokensOfTheDescribedAssets() {
        List<AssetToken> described;
        try (Stream<DataAsset> stream = session.assets(database)) {
            described = stream.map(asset -> new AssetToken(asset.name(), asset.kind(), asset.changeToken())).sorted(byName()).toList();
        }
        List<AssetToken> listed = listed();
        assertEquals(described, listed);
        // Sakila's 16 tables and 7 views, and the 6 tables and the view added here; the sequence is not listed.
        assertEquals(16 + 7 + 6 + 1, listed.size());
        Map<String, AssetToken> byName = listed.stream().collect(Collectors.toMap(AssetToken::name, token -> token));
        assertEquals(AssetKind.VIEW, byName.get("Mixed View").kind());
        assertEquals(AssetKind.TABLE, byName.get("per%cent").kind());
        assertTrue(byName.get("actor").changeToken().startsWith("updated:"), byName.get("actor").changeToken());
    }

    @Test
    void aStructureChangeMovesOnlyThatTablesToken() throws Exception {
        Map<String, String> before = tokens();
        sakila.execute("ALTER TABLE `evolving` ADD COLUMN note VARCHAR(10)");
        try {
            Map<String, String> after = tokens();
            assertNotEquals(before.remove("evolving"), after.remove("evolving"));
            assertEquals(before, after);
        } finally {
            sakila.execute("ALTER TABLE `evolving` DROP COLUMN note");
        }
    }

    @Test
    void namedAssetsAreExactlyTheNamedOnes() {
        try (Stream<DataAsset> stream = session.assets(database, Set.of("a_b", "Mixed View", "missing"))) {
            assertEquals(Set.of("a_b", "Mixed View"), stream.map(DataAsset::name).collect(Collectors.toSet()));
        }
    }

    private List<AssetToken> listed() {
        try (Stream<AssetToken> stream = session.changeTokens(database)) {
            return stream.sorted(byName()).toList();
        }
    }

    private Map<String, String> tokens() {
        return listed().stream().collect(Collectors.toMap(AssetToken::name, AssetToken::changeToken));
    }

    private static Comparator<AssetToken> byName() {
        return Comparator.comparing(AssetToken::name);
    }
}
