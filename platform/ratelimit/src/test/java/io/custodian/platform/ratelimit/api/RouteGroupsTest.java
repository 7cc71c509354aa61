package io.custodian.platform.ratelimit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouteGroupsTest {

    @Test
    void firstSegmentBelowApiV1IsTheGroup() {
        assertEquals("security", RouteGroups.fromPath("/api/v1/security/users"));
        assertEquals("audit", RouteGroups.fromPath("/api/v1/audit"));
        assertEquals("auth", RouteGroups.fromPath("/api/v1/auth/login?next=x"));
    }

    @Test
    void acceptsPathsRelativeToApiV1() {
        assertEquals("security", RouteGroups.fromPath("security/users/42"));
        assertEquals("health", RouteGroups.fromPath("/health"));
    }

    @Test
    void groupIsLowerCase() {
        assertEquals("security", RouteGroups.fromPath("/api/v1/Security/users"));
    }

    @Test
    void emptyPathsMapToDefault() {
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath(null));
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath(""));
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath("/"));
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath("/api/v1"));
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath("/api/v1/"));
        assertEquals(RouteGroups.DEFAULT, RouteGroups.fromPath("/api/v1//"));
    }
}
