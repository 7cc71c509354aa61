package io.custodian.platform.apikeys.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.apikeys.internal.ApiKeysKit;
import io.custodian.platform.apikeys.internal.SecretHash;
import io.custodian.platform.apikeys.internal.testing.Expect;
import io.custodian.platform.audit.api.AuditEvent;
import io.custodian.platform.audit.api.FieldChange;
import io.custodian.platform.audit.api.Outcome;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private ApiKeysKit kit;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ApiKeysKit();
    }

    @AfterEach
    void tearDown() throws Exception {
        kit.close();
    }

    private static String secretOf(IssuedApiKey key) {
        return key.key().substring(key.prefix().length());
    }

    @Test
    void createShowsTheKeyOnceAndListingsNeverContainIt() {
        IssuedApiKey key = kit.create("ci", "catalog.view");

        assertEquals("alice", key.owner());
        assertEquals(ApiKeyStatus.ACTIVE, key.status());
        assertEquals(List.of("catalog.view"), key.scopes());
        assertFalse(key.toString().contains(secretOf(key)));
        List<ApiKeyView> listed = kit.keys.list(null, false);
        assertEquals(List.of(key.view()), listed);
        assertFalse(listed.toString().contains(secretOf(key)));
        assertTrue(Arrays.stream(ApiKeyView.class.getRecordComponents()).map(RecordComponent::getName)
                .noneMatch(name -> name.contains("key") || name.contains("hash") || name.contains("secret")));
        AuditEvent created = kit.audit.last("apikey.created");
        assertEquals("apikey:" + key.prefix().substring(5, 17), created.resource());
        assertEquals(key.id(), created.details().get("id"));
        assertTrue(created.changes().contains(new FieldChange("scopes", null, "catalog.view")));
    }

    @Test
    void scopesBeyondTheOwnersRightsAreRefusedAndAuditedAsDenied() {
        CustodianException e = Expect.problem("apikey.scope_exceeds_rights", 403,
                () -> kit.create("too much", "catalog.view", "datasource.scan", "*"));

        assertEquals(List.of("*", "datasource.scan"), e.extensions().get("notHeld"));
        assertEquals(Outcome.DENIED, kit.audit.last("apikey.created").outcome());
        assertEquals("apikey.scope_exceeds_rights", kit.audit.last("apikey.created").details().get("code"));
        assertEquals(List.of(), kit.keys.list(null, false));
        kit.create("narrow", "catalog.*", "datasource.scan:42");
    }

    @Test
    void malformedScopesAndMissingFieldsAnswer400WithFieldErrors() {
        CustodianException malformed = Expect.problem("apikey.invalid_request", 400,
                () -> kit.create("ci", "catalog.view", "not a pattern", "catalog"));
        CustodianException empty = Expect.problem("apikey.invalid_request", 400,
                () -> kit.keys.create(new ApiKeyBody(" ", List.of(), null)));
        CustodianException noBody = Expect.problem("apikey.invalid_request", 400, () -> kit.keys.create(null));

        assertEquals(List.of("scopes[1]", "scopes[2]"), Expect.fields(malformed));
        assertEquals(List.of("name", "scopes"), Expect.fields(empty));
        assertEquals(List.of("body"), Expect.fields(noBody));
        Expect.problem("apikey.invalid_request", 400, () -> kit.create("x".repeat(101), "catalog.view"));
        kit.create("x".repeat(100), "catalog.view");
    }

    @Test
    void namesAreUniquePerOwnerAmongKeysNotRevoked() {
        IssuedApiKey first = kit.create("ci", "catalog.view");

        Expect.problem("apikey.duplicate_name", 409, () -> kit.create(" ci ", "catalog.view"));
        kit.as("bob").create("ci", "catalog.view");
        kit.as("alice").keys.revoke(first.id());
        IssuedApiKey again = kit.create("ci", "catalog.view");

        assertEquals("ci", again.name());
    }

    @Test
    void expiryMustBeInTheFutureAndWithinTheMaximumLifetime() {
        String inAYear = ApiKeysKit.START.plus(Duration.ofDays(365)).toString();
        String pastAYear = ApiKeysKit.START.plus(Duration.ofDays(365)).plusSeconds(1).toString();

        CustodianException past = Expect.problem("apikey.invalid_request", 400, () -> kit.keys.create(
                new ApiKeyBody("a", List.of("catalog.view"), ApiKeysKit.START.toString())));
        CustodianException tooLate = Expect.problem("apikey.invalid_request", 400, () -> kit.keys.create(
                new ApiKeyBody("b", List.of("catalog.view"), pastAYear)));
        CustodianException garbled = Expect.problem("apikey.invalid_request", 400, () -> kit.keys.create(
                new ApiKeyBody("c", List.of("catalog.view"), "tomorrow")));
        IssuedApiKey key = kit.keys.create(new ApiKeyBody("d", List.of("catalog.view"), "2026-03-01T11:00:00+01:00"));

        assertEquals(List.of("expiresAt"), Expect.fields(past));
        assertEquals(List.of("expiresAt"), Expect.fields(tooLate));
        assertEquals(List.of("expiresAt"), Expect.fields(garbled));
        assertEquals(inAYear, key.expiresAt().toString());
    }

    @Test
    void aConfigurationCanRequireAnExpiryAndChangeTheMaximum() throws Exception {
        try (ApiKeysKit strict = new ApiKeysKit(ApiKeysKit.h2(), new KeyRules(30, true))) {
            CustodianException missing = Expect.problem("apikey.invalid_request", 400,
                    () -> strict.create("ci", "catalog.view"));
            Expect.problem("apikey.invalid_request", 400, () -> strict.keys.create(new ApiKeyBody("ci",
                    List.of("catalog.view"), ApiKeysKit.START.plus(Duration.ofDays(31)).toString())));
            strict.keys.create(new ApiKeyBody("ci", List.of("catalog.view"),
                    ApiKeysKit.START.plus(Duration.ofDays(30)).toString()));

            assertEquals(List.of("expiresAt"), Expect.fields(missing));
        }
        try (ApiKeysKit unlimited = new ApiKeysKit(ApiKeysKit.h2(), new KeyRules(0, false))) {
            unlimited.keys.create(new ApiKeyBody("ci", List.of("catalog.view"),
                    ApiKeysKit.START.plus(Duration.ofDays(3650)).toString()));
        }
    }

    @Test
    void renameChangesTheNameAndAuditsTheDifference() {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        kit.clock.advance(Duration.ofSeconds(1));
        kit.create("nightly", "catalog.view");

        ApiKeyView renamed = kit.keys.rename(key.id(), new RenameBody("  deploy  "));

        assertEquals("deploy", renamed.name());
        assertEquals("deploy", kit.keys.list(null, false).get(0).name());
        AuditEvent event = kit.audit.last("apikey.renamed");
        assertEquals(List.of(new FieldChange("name", "ci", "deploy")), event.changes());
        Expect.problem("apikey.duplicate_name", 409, () -> kit.keys.rename(key.id(), new RenameBody("nightly")));
        Expect.problem("apikey.invalid_request", 400, () -> kit.keys.rename(key.id(), new RenameBody("")));
        assertEquals(Outcome.FAILURE, kit.audit.last("apikey.renamed").outcome());
    }

    @Test
    void usersSeeTheirOwnKeysAndOnlyAdminsSeeOthers() {
        IssuedApiKey alices = kit.create("ci", "catalog.view");
        kit.clock.advance(Duration.ofSeconds(1));
        IssuedApiKey bobs = kit.as("bob").create("ci", "catalog.view");

        assertEquals(List.of(bobs.id()), ids(kit.keys.list(null, false)));
        assertEquals(List.of(bobs.id()), ids(kit.keys.list("bob", false)));
        Expect.problem("apikey.not_allowed", 403, () -> kit.keys.list(null, true));
        Expect.problem("apikey.not_allowed", 403, () -> kit.keys.list("alice", false));
        assertEquals(Outcome.DENIED, kit.audit.last("apikey.listed").outcome());

        kit.as("admin");
        assertEquals(List.of(alices.id(), bobs.id()), ids(kit.keys.list(null, true)));
        assertEquals(List.of(alices.id()), ids(kit.keys.list("alice", false)));
        assertEquals(List.of(), kit.keys.list(null, false));
    }

    @Test
    void otherUsersKeysAnswer404UnlessTheCallerIsAnAdmin() {
        IssuedApiKey key = kit.create("ci", "catalog.view");

        kit.as("bob");
        Expect.problem("apikey.not_found", 404, () -> kit.keys.rename(key.id(), new RenameBody("mine")));
        Expect.problem("apikey.not_found", 404, () -> kit.keys.rotate(key.id()));
        Expect.problem("apikey.not_found", 404, () -> kit.keys.revoke(key.id()));
        Expect.problem("apikey.not_found", 404, () -> kit.keys.revoke("ak_unknown"));
        assertEquals(Outcome.FAILURE, kit.audit.last("apikey.revoked").outcome());
        assertEquals("", kit.audit.last("apikey.revoked").resource());

        kit.as("admin");
        assertEquals("audited", kit.keys.rename(key.id(), new RenameBody("audited")).name());
        Expect.problem("apikey.not_allowed", 403, () -> kit.keys.rotate(key.id()));
        kit.keys.revoke(key.id());
        assertTrue(kit.registry.authenticate(key.key()).isEmpty());
        AuditEvent revoked = kit.audit.last("apikey.revoked");
        assertEquals("admin", revoked.actor());
        assertEquals("alice", revoked.details().get("owner"));
        assertNull(revoked.changes().get(0).before());
    }

    @Test
    void revokingTwiceChangesNothingAndARevokedKeyCannotBeRotated() {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        kit.keys.revoke(key.id());
        kit.clock.advance(Duration.ofHours(1));

        kit.keys.revoke(key.id());

        assertEquals(1, kit.audit.events("apikey.revoked").size());
        ApiKeyView view = kit.keys.list(null, false).get(0);
        assertEquals(ApiKeyStatus.REVOKED, view.status());
        assertEquals(ApiKeysKit.START, view.revokedAt());
        Expect.problem("apikey.inactive", 409, () -> kit.keys.rotate(key.id()));
    }

    @Test
    void rotationIsAuditedWithThePreviousKeyIdButNeverTheSecret() {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        kit.clock.advance(Duration.ofMinutes(1));

        IssuedApiKey rotated = kit.keys.rotate(key.id());

        AuditEvent event = kit.audit.last("apikey.rotated");
        assertEquals("apikey:" + rotated.prefix().substring(5, 17), event.resource());
        assertEquals(key.prefix().substring(5, 17), event.details().get("previousKeyId"));
        assertNotNull(rotated.rotatedAt());
        assertEquals(key.createdAt(), rotated.createdAt());
        assertFalse(event.toString().contains(secretOf(rotated)));
    }

    @Test
    void noAuditRecordEverContainsAKeyOrItsHash() throws Exception {
        IssuedApiKey key = kit.create("ci", "catalog.view");
        kit.registry.authenticate(key.prefix() + "C".repeat(43));
        kit.keys.rename(key.id(), new RenameBody("renamed"));
        IssuedApiKey rotated = kit.keys.rotate(key.id());
        kit.keys.revoke(key.id());
        kit.registry.authenticate(rotated.key());

        String trail = kit.audit.events().toString();
        for (IssuedApiKey issued : List.of(key, rotated)) {
            assertFalse(trail.contains(secretOf(issued)));
            assertFalse(trail.contains(SecretHash.hex(secretOf(issued))));
        }
        assertEquals(List.of("apikey.created", "apikey.rejected", "apikey.renamed", "apikey.rotated",
                "apikey.revoked", "apikey.rejected"), kit.audit.events().stream().map(AuditEvent::action).toList());
    }

    @Test
    void aCallWithoutAnAuthenticatedUserAnswers401() {
        Caller.unbind();

        Expect.problem("apikey.caller_required", 401, () -> kit.keys.list(null, false));
        Expect.problem("apikey.caller_required", 401, () -> kit.create("ci", "catalog.view"));
    }

    private static List<String> ids(List<ApiKeyView> views) {
        return views.stream().map(ApiKeyView::id).toList();
    }
}
