package io.custodian.catalog.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AssetCursorTest {

    @Test
    void aCursorCarriesTheLastIdOpaquely() {
        String cursor = AssetCursor.after(12_345L);

        assertEquals(12_345L, AssetCursor.lastId(cursor));
        assertEquals(-1, cursor.indexOf("12345"), "not the bare id");
    }

    @Test
    void foreignTextIsRefused() {
        String encodedNegative = Base64.getUrlEncoder().encodeToString("asset:-5".getBytes(StandardCharsets.UTF_8));
        String encodedOther = Base64.getUrlEncoder().encodeToString("audit:5".getBytes(StandardCharsets.UTF_8));
        for (String foreign : new String[] {"12345", "", "***", encodedNegative, encodedOther}) {
            assertThrows(IllegalArgumentException.class, () -> AssetCursor.lastId(foreign), foreign);
        }
    }
}
