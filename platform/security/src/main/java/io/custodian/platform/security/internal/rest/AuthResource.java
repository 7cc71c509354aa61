package io.custodian.platform.security.internal.rest;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.PublicEndpoint;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import io.custodian.platform.security.api.Account;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Credentials;
import io.custodian.platform.security.api.PasswordPolicyException;
import io.custodian.platform.security.api.SecurityService;
import io.custodian.platform.security.api.SessionToken;
import io.custodian.platform.security.api.UserAccounts;
import java.util.Arrays;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Login, logout, who-am-I and password change, under {@code /api/v1/auth}. */
@Component(service = AuthResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Every authenticated identity holds it: its own session and account. */
    static final String SESSION_SELF = "session.self";

    private final SecurityService security;
    private final UserAccounts accounts;

    @Activate
    public AuthResource(@Reference SecurityService security, @Reference UserAccounts accounts) {
        this.security = security;
        this.accounts = accounts;
    }

    @POST
    @Path("/login")
    @PublicEndpoint("Opens a session from a user name and password")
    public LoginResponse login(LoginRequest request) {
        if (request == null || request.username() == null || request.username().isBlank()
                || request.password() == null) {
            throw new CustodianException(AuthErrorCode.REQUEST_INVALID, "username and password are required");
        }
        try {
            SessionToken session = security.login(request.username(), request.password(), Caller.current().origin());
            Account account = accounts.find(session.user())
                    .orElseThrow(() -> new IllegalStateException("account vanished during login"));
            return new LoginResponse(session.token(), session.expiresAt().toString(), UserView.of(account));
        } catch (AuthenticationException e) {
            throw new CustodianException(AuthErrorCode.INVALID_CREDENTIALS, e.getMessage());
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    @POST
    @Path("/logout")
    @RequiresPermission(SESSION_SELF)
    public void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        // Basic credentials have no session to end; only a bearer token does.
        Credentials.parse(authorization).filter(Credentials::isBearer)
                .ifPresent(credentials -> security.logout(credentials.token(), Caller.current().origin()));
    }

    @GET
    @Path("/me")
    @RequiresPermission(SESSION_SELF)
    public UserView me() {
        return UserView.of(currentAccount());
    }

    @POST
    @Path("/password")
    @RequiresPermission(SESSION_SELF)
    public void changePassword(PasswordChangeRequest request) {
        if (request == null || request.oldPassword() == null || request.newPassword() == null) {
            throw new CustodianException(AuthErrorCode.REQUEST_INVALID, "oldPassword and newPassword are required");
        }
        Caller caller = Caller.current();
        String user = caller.user()
                .orElseThrow(() -> new CustodianException(AuthErrorCode.AUTHENTICATION_REQUIRED, "not logged in"));
        Origin origin = caller.origin();
        try {
            accounts.changePassword(user, request.oldPassword(), request.newPassword(), origin);
        } catch (AuthenticationException e) {
            throw new CustodianException(AuthErrorCode.INVALID_CREDENTIALS, "The current password is not correct");
        } catch (PasswordPolicyException e) {
            throw new CustodianException(AuthErrorCode.PASSWORD_POLICY, "The new password does not meet the policy",
                    Map.of("errors", e.violations()));
        } finally {
            Arrays.fill(request.oldPassword(), '\0');
            Arrays.fill(request.newPassword(), '\0');
        }
    }

    private Account currentAccount() {
        String user = Caller.current().user()
                .orElseThrow(() -> new CustodianException(AuthErrorCode.AUTHENTICATION_REQUIRED, "not logged in"));
        return accounts.find(user)
                .orElseThrow(() -> new CustodianException(AuthErrorCode.AUTHENTICATION_REQUIRED, "unknown user"));
    }
}
