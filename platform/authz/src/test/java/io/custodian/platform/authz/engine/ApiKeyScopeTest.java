package io.custodian.platform.authz.engine;

import static io.custodian.platform.authz.engine.TestModel.keyRequest;
import static io.custodian.platform.authz.engine.TestModel.request;
import static io.custodian.platform.authz.engine.TestModel.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.authz.api.Decision;
import io.custodian.platform.authz.api.Subject;
import org.junit.jupiter.api.Test;

class ApiKeyScopeTest {

    private final Subject owner = user("svc", "integrations");
    private final PolicyEngine engine = new TestModel()
            .allow("p-ds", "group:integrations", "datasource.*")
            .deny("d-drop", "user:svc", "datasource.drop").engine();

    @Test
    void scopeNarrowsWhatTheOwnerHolds() {
        Decision refused = engine.decide(keyRequest(owner, "datasource.delete", "datasource.view"));

        assertFalse(refused.allowed());
        assertEquals("scope", refused.decidedBy());
        assertEquals("p-ds", engine.decide(keyRequest(owner, "datasource.view", "datasource.view")).decidedBy());
    }

    @Test
    void scopeNeverWidensWhatTheOwnerHolds() {
        Decision decision = engine.decide(keyRequest(owner, "glossary.term.edit", "*"));

        assertFalse(decision.allowed());
        assertEquals("default", decision.decidedBy());
    }

    @Test
    void ownersDenyStillAppliesWithinScope() {
        assertEquals("d-drop", engine.decide(keyRequest(owner, "datasource.drop", "datasource.*")).decidedBy());
    }

    @Test
    void scopeIsCheckedBeforeAnythingElse() {
        assertEquals("scope", engine.decide(keyRequest(owner, "datasource.drop", "datasource.view")).decidedBy());
    }

    @Test
    void keyWithoutScopesCanDoNothing() {
        assertEquals("scope", engine.decide(keyRequest(owner, "datasource.view")).decidedBy());
    }

    @Test
    void resourceScopedKeyOnlyReachesThatResource() {
        assertTrue(engine.decide(keyRequest(owner, "datasource.scan:7", "datasource.scan:7")).allowed());
        assertEquals("scope", engine.decide(keyRequest(owner, "datasource.scan:8", "datasource.scan:7")).decidedBy());
    }

    @Test
    void requestWithoutKeyIsNotNarrowed() {
        assertTrue(engine.decide(request(owner, "datasource.delete")).allowed());
    }
}
