package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.scanning.api.ScanLevel;
import org.junit.jupiter.api.Test;

class StoredTokensTest {

    @Test
    void aProfiledAssetStoresAMarkedToken() {
        assertEquals("t1;profiled", StoredTokens.forCatalog("t1", true));
        assertEquals("t1", StoredTokens.forCatalog("t1", false));
        assertNull(StoredTokens.forCatalog(null, true));
    }

    @Test
    void aMetadataScanSkipsWhateverLevelStoredTheSameToken() {
        assertTrue(StoredTokens.unchanged("t1", "t1", ScanLevel.METADATA));
        assertTrue(StoredTokens.unchanged("t1;profiled", "t1", ScanLevel.METADATA));
        assertFalse(StoredTokens.unchanged("t0", "t1", ScanLevel.METADATA));
    }

    @Test
    void aStatisticsScanSkipsOnlyWhatWasProfiledWithTheSameToken() {
        assertTrue(StoredTokens.unchanged("t1;profiled", "t1", ScanLevel.STATISTICS));
        assertFalse(StoredTokens.unchanged("t1", "t1", ScanLevel.STATISTICS));
        assertFalse(StoredTokens.unchanged("t0;profiled", "t1", ScanLevel.STATISTICS));
    }

    @Test
    void withoutATokenNothingIsSkipped() {
        assertFalse(StoredTokens.unchanged(null, "t1", ScanLevel.METADATA));
        assertFalse(StoredTokens.unchanged("t1", null, ScanLevel.METADATA));
    }
}
