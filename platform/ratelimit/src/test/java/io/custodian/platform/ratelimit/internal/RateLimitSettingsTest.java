package io.custodian.platform.ratelimit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.ratelimit.internal.RateLimitSettings.BackendKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitSettingsTest {

    private static RateLimitSettings parse(String... limits) throws InvalidSettingsException {
        return RateLimitSettings.parse(true, "memory", "redis://127.0.0.1:6379", "", 500, 100, limits);
    }

    @Test
    void parsesGroupCapacityAndPeriod() throws Exception {
        RateLimitSettings s = parse("default=600/60", "auth=30/60", "audit = 120 / 60");

        assertEquals(new Limit(600, 60), s.limitFor("default"));
        assertEquals(new Limit(30, 60), s.limitFor("auth"));
        assertEquals(new Limit(120, 60), s.limitFor("audit"));
        assertEquals(BackendKind.MEMORY, s.backend());
    }

    @Test
    void acceptsCommaSeparatedEntriesAsACfgFileDelivers() throws Exception {
        RateLimitSettings s = parse("default=10/1, auth=2/1,");
        assertEquals(new Limit(10, 1), s.limitFor("default"));
        assertEquals(new Limit(2, 1), s.limitFor("auth"));
    }

    @Test
    void unconfiguredGroupsUseTheDefaultGroup() throws Exception {
        RateLimitSettings s = parse("default=10/1", "auth=2/1");
        assertEquals("default", s.effectiveGroup("catalog"));
        assertEquals("auth", s.effectiveGroup("auth"));
        assertEquals(new Limit(10, 1), s.limitFor("catalog"));
    }

    @Test
    void addsTheBuiltInDefaultWhenMissing() throws Exception {
        assertEquals(RateLimitSettings.DEFAULT_LIMIT, parse("auth=2/1").limitFor("default"));
        assertEquals(RateLimitSettings.DEFAULT_LIMIT, parse().limitFor("default"));
    }

    @Test
    void rejectsBadEntriesNamingEachOne() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> parse("default=600/60", "auth=thirty/60", "audit=0/60", "x=1/0", "noequals", "auth=1/1"));

        List<String> problems = e.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'auth=thirty/60'"));
        assertTrue(problems.get(1).contains("'audit=0/60'") && problems.get(1).contains("capacity"));
        assertTrue(problems.get(2).contains("'x=1/0'") && problems.get(2).contains("period"));
        assertTrue(problems.get(3).contains("'noequals'"));
    }

    @Test
    void rejectsAGroupGivenTwice() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> parse("auth=1/1", "AUTH=2/1"));
        assertTrue(e.getMessage().contains("given twice"));
    }

    @Test
    void rejectsUnknownBackendAndBadNumbers() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> RateLimitSettings.parse(true, "memcached", "redis://h:1", "", 0, 0, new String[0]));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("memcached"));
    }

    @Test
    void rejectsNonRedisUriWithoutEchoingIt() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> RateLimitSettings.parse(true, "redis", "http://:s3cret@host:1", "", 500, 1, new String[0]));
        assertFalse(e.getMessage().contains("s3cret"));
        assertTrue(e.getMessage().contains("redis.uri"));
        assertThrows(InvalidSettingsException.class,
                () -> RateLimitSettings.parse(true, "redis", "redis://useronly@host:1", "", 500, 1, null));
    }

    @Test
    void acceptsRedisAndTlsUris() throws Exception {
        RateLimitSettings s = RateLimitSettings.parse(true, "REDIS", "rediss://:pw@cache:6380/1", "s3cret", 250, 1, null);
        assertEquals(BackendKind.REDIS, s.backend());
        assertEquals("cache", s.redisUri().getHost());
        assertEquals("s3cret", s.redisPassword());
        assertFalse(s.toString().contains("s3cret") || s.toString().contains("pw"), s.toString());
    }
}
