package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanScopeTest {

    @Test
    void aPatternMatchesTheWholeNameOrATrailingPartStartingAtASeparator() {
        GlobPattern publicTables = GlobPattern.compile("public.*");

        assertTrue(publicTables.matches("sales.public.orders"));
        assertTrue(publicTables.matches("public.orders"));
        assertFalse(publicTables.matches("sales.notpublic.orders"), "a trailing part starts after a separator");
        assertFalse(publicTables.matches("sales.public.orders.archive"), "* stays within one name");
    }

    @Test
    void caseIsIgnoredBecauseDatabasesDisagreeAboutIt() {
        assertTrue(GlobPattern.compile("public.ord?rs").matches("SHOP.PUBLIC.ORDERS"));
    }

    @Test
    void doubleStarCrossesNamesAndPathsWork() {
        assertTrue(GlobPattern.compile("sales/**").matches("data/sales/2024/q1.csv"));
        assertTrue(GlobPattern.compile("sales/2024/*.csv").matches("data/sales/2024/q1.csv"));
        assertFalse(GlobPattern.compile("sales/*.csv").matches("data/sales/2024/q1.csv"));
        assertTrue(GlobPattern.compile("**.tmp_*").matches("db.s.tmp_1"));
    }

    @Test
    void otherCharactersAreLiteral() {
        assertFalse(GlobPattern.compile("a+b").matches("aab"));
        assertTrue(GlobPattern.compile("a+b").matches("x.a+b"));
        assertFalse(GlobPattern.compile("(x)").matches("x"));
    }

    @Test
    void includeThenExclude() {
        ScanScope scope = ScanScope.of(List.of("public.*", "audit.log"), List.of("*.tmp_*"));

        assertTrue(scope.includes("db.public.orders"));
        assertTrue(scope.includes("db.audit.log"));
        assertFalse(scope.includes("db.audit.other"));
        assertFalse(scope.includes("db.public.tmp_orders"));
        assertTrue(ScanScope.ALL.includes("anything.at.all"));
    }

    @Test
    void anExcludedContainerIsPrunedAnIncludeNeverPrunes() {
        ScanScope scope = ScanScope.of(List.of("public.*"), List.of("archive"));

        assertTrue(scope.prunes("db.archive"));
        assertFalse(scope.prunes("db.public"));
        assertFalse(scope.prunes("db.sales"), "an include decides per asset, never for a whole container");
    }

    @Test
    void blankPatternsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScanScope.of(List.of(" "), List.of()));
    }
}
