package io.custodian.platform.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void limitMustBeBetweenOneAndAThousand() {
        assertThrows(IllegalArgumentException.class, () -> query(0));
        assertThrows(IllegalArgumentException.class, () -> query(1001));
        assertEquals(1000, query(1000).limit());
        assertEquals(AuditQuery.DEFAULT_LIMIT, AuditQuery.all().limit());
    }

    @Test
    void toMustBeAfterFrom() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new AuditQuery(null, null, null, null, t, t, 10, null));
    }

    @Test
    void blankFiltersMatchEverything() {
        AuditQuery q = new AuditQuery(" ", "", null, null, null, null, 10, null);
        assertNull(q.actor());
        assertNull(q.action());
        assertFalse(q.actionIsPrefix());
        assertTrue(new AuditQuery(null, "auth.*", null, null, null, null, 10, null).actionIsPrefix());
    }

    @Test
    void cursorTokenRoundTrips() {
        AuditCursor cursor = new AuditCursor(12345);
        assertEquals(cursor, AuditCursor.parse(cursor.token()));
        assertFalse(cursor.token().contains("12345"), "the token is opaque");
    }

    @Test
    void malformedCursorsAreRefused() {
        for (String bad : new String[] {null, "", "!!!", "12", b64("seq:"), b64("seq:-4"), b64("seq:x"),
                b64("id:5"), b64("seq:99999999999999999999"), "a".repeat(100)}) {
            assertThrows(IllegalArgumentException.class, () -> AuditCursor.parse(bad), String.valueOf(bad));
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditQuery query(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit, null);
    }
}
