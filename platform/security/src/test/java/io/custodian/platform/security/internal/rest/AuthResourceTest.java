package io.custodian.platform.security.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.security.internal.SecurityServiceTestAccess;
import io.custodian.platform.audit.testing.RecordingAuditService;
import io.custodian.platform.security.internal.testing.SecurityDatabase;
import io.custodian.platform.testkit.JpaTestDatabase;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthResourceTest {

    private static final Origin ORIGIN = new Origin("192.0.2.7", "test", "corr-1");

    @TempDir
    java.nio.file.Path karafData;

    private JpaTestDatabase db;
    private SecurityServiceTestAccess.Started started;
    private AuthResource resource;

    @BeforeEach
    void setUp() throws Exception {
        db = SecurityDatabase.h2();
        started = SecurityServiceTestAccess.start(new RecordingAuditService(), db.emf(), karafData);
        resource = new AuthResource(started.security(), started.accounts());
        Caller.bind(new Caller(Optional.empty(), ORIGIN));
    }

    @AfterEach
    void tearDown() throws Exception {
        Caller.unbind();
        started.stop();
        db.close();
    }

    private char[] initialPassword() throws Exception {
        return Files.readString(karafData.resolve("custodian/initial-admin-password")).strip().toCharArray();
    }

    @Test
    void loginAnswersTokenExpiryAndUser() throws Exception {
        LoginResponse response = resource.login(new LoginRequest("admin", initialPassword()));

        assertTrue(response.token().startsWith("cst_s_"));
        assertFalse(response.expiresAt().isBlank());
        assertEquals(new UserView("admin", List.of("admin"), true), response.user());
    }

    @Test
    void loginWipesThePasswordFromTheRequest() throws Exception {
        LoginRequest request = new LoginRequest("admin", initialPassword());

        resource.login(request);

        assertArrayEquals(new char[request.password().length], request.password());
    }

    @Test
    void badCredentialsAnswer401WithoutSayingWhy() {
        CustodianException e = assertThrows(CustodianException.class,
                () -> resource.login(new LoginRequest("nobody", "whatever".toCharArray())));

        assertEquals("auth.invalid_credentials", e.errorCode().code());
        assertEquals(401, e.errorCode().status());
    }

    @Test
    void incompleteLoginRequestsAnswer400() {
        CustodianException e = assertThrows(CustodianException.class,
                () -> resource.login(new LoginRequest(" ", "x".toCharArray())));
        assertThrows(CustodianException.class, () -> resource.login(null));

        assertEquals("request.invalid", e.errorCode().code());
        assertEquals(400, e.errorCode().status());
    }

    @Test
    void meAnswersTheCallersAccount() {
        Caller.bind(new Caller(Optional.of("admin"), ORIGIN));

        assertEquals(new UserView("admin", List.of("admin"), true), resource.me());
    }

    @Test
    void weakNewPasswordsAnswer422WithTheRulesBroken() throws Exception {
        Caller.bind(new Caller(Optional.of("admin"), ORIGIN));

        CustodianException e = assertThrows(CustodianException.class, () -> resource.changePassword(
                new PasswordChangeRequest(initialPassword(), "short".toCharArray())));

        assertEquals("auth.password_policy", e.errorCode().code());
        assertEquals(422, e.errorCode().status());
        assertEquals(List.of("must be at least 12 characters long"), e.extensions().get("errors"));
    }

    @Test
    void passwordChangeThenLogoutEndsTheSession() throws Exception {
        LoginResponse login = resource.login(new LoginRequest("admin", initialPassword()));
        Caller.bind(new Caller(Optional.of("admin"), ORIGIN));

        resource.changePassword(new PasswordChangeRequest(initialPassword(), "correct horse battery".toCharArray()));
        resource.logout("Bearer " + login.token());

        assertTrue(started.security().authenticateToken(login.token(), ORIGIN).isEmpty());
        assertFalse(resource.me().mustChangePassword());
    }

    @Test
    void everyEndpointDeclaresPermissionOrPublic() {
        int endpoints = 0;
        for (Method method : AuthResource.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Path.class)) {
                endpoints++;
                RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
                boolean open = method.isAnnotationPresent(PublicEndpoint.class);
                assertTrue(open ^ permission != null, method.getName());
                if (permission != null) {
                    assertEquals("session.self", permission.value(), method.getName());
                }
            }
        }
        assertEquals(4, endpoints);
    }
}
