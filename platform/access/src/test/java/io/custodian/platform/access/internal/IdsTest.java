package io.custodian.platform.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsCarryTheirPrefixAndTwentyRandomCharacters() {
        String id = Ids.next(Ids.GRANT);

        assertTrue(id.matches("grt_[a-z0-9]{20}"), id);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.next(Ids.POLICY));
        }

        assertEquals(10_000, ids.size());
    }
}
