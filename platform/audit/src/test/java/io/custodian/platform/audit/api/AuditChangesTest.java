package io.custodian.platform.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    @Test
    void diffReturnsOnlyChangedFieldsSortedByName() {
        Map<String, Object> before = Map.of("name", "Bob", "age", 41, "role", "viewer");
        Map<String, Object> after = Map.of("name", "Bob", "age", 42, "email", "bob@example.org");

        assertEquals(List.of(new FieldChange("age", "41", "42"),
                new FieldChange("email", null, "bob@example.org"),
                new FieldChange("role", "viewer", null)), AuditChanges.diff(before, after));
    }

    @Test
    void diffOfCreationAndDeletionTreatsTheMissingSideAsEmpty() {
        assertEquals(List.of(new FieldChange("a", null, "1")), AuditChanges.diff(null, Map.of("a", 1)));
        assertEquals(List.of(new FieldChange("a", "1", null)), AuditChanges.diff(Map.of("a", 1), null));
        assertEquals(List.of(), AuditChanges.diff(Map.of("a", 1), Map.of("a", 1)));
    }

    @Test
    void nullValueCountsAsAbsent() {
        Map<String, Object> before = new HashMap<>();
        before.put("a", null);
        assertEquals(List.of(), AuditChanges.diff(before, Map.of()));
    }

    @Test
    void secretValuesAreRedactedWhateverTheCase() {
        List<FieldChange> changes = AuditChanges.diff(
                Map.of("Password", "old", "api_key", "k1", "clientSecret", "s1", "Token", "t1", "pwHash", "h1"),
                Map.of("Password", "new", "api_key", "k2", "clientSecret", "s2", "Token", "t2", "pwHash", "h2",
                        "Credentials", "c", "API-KEY", "x"));
        for (FieldChange change : changes) {
            assertTrue(change.before() == null || change.before().equals(AuditChanges.REDACTED), change.toString());
            assertEquals(AuditChanges.REDACTED, change.after(), change.toString());
        }
        assertEquals(7, changes.size());
    }

    @Test
    void secretNamesAreRecognised() {
        for (String name : List.of("password", "PASSWORD", "newPassword", "secret", "accessToken", "apiKey",
                "API_KEY", "api-key", "passwordHash", "credential", "privateKey", "passwd")) {
            assertTrue(AuditChanges.isSecret(name), name);
        }
        for (String name : List.of("name", "email", "role", "keyId", "api", "description")) {
            assertFalse(AuditChanges.isSecret(name), name);
        }
    }

    @Test
    void detailsAreRedactedByKey() {
        assertEquals(Map.of("token", AuditChanges.REDACTED, "method", "basic"),
                AuditChanges.redact(Map.of("token", "abc", "method", "basic")));
    }

    @Test
    void eventKeepsItsSixArgumentConstructorAndGainsChanges() {
        AuditEvent plain = new AuditEvent("a", "b", "c", Outcome.SUCCESS, Origin.SYSTEM, Map.of());
        assertEquals(List.of(), plain.changes());
        List<FieldChange> changes = List.of(new FieldChange("x", "1", "2"));
        assertEquals(changes, plain.withChanges(changes).changes());
        assertEquals("a", plain.withChanges(changes).actor());
    }
}
