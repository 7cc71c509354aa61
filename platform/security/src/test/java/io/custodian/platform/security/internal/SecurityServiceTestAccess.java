package io.custodian.platform.security.internal;

import io.custodian.platform.audit.api.AuditService;
import io.custodian.platform.security.api.SecurityService;
import io.custodian.platform.security.api.UserAccounts;
import io.custodian.platform.security.internal.password.Argon2Settings;
import io.custodian.platform.security.internal.testing.EngineAccessDecider;
import io.custodian.platform.security.internal.testing.FixedApiKeys;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import javax.persistence.EntityManagerFactory;

/** Lets tests of other internal packages start the service through its package-private constructor. */
public final class SecurityServiceTestAccess {

    /** A started service and how to stop it. */
    public record Started(SecurityServiceImpl service) {
        public SecurityService security() {
            return service;
        }

        public UserAccounts accounts() {
            return service;
        }

        public void stop() {
            service.deactivate();
        }
    }

    private SecurityServiceTestAccess() {
    }

    public static Started start(AuditService audit, EntityManagerFactory emf, Path karafData) {
        // As the access bundle's seed data does: the initial admin holds the admin role.
        EngineAccessDecider decider = new EngineAccessDecider(Clock.systemUTC());
        decider.grant("admin", "admin");
        return new Started(new SecurityServiceImpl(audit, emf, decider, new FixedApiKeys(), SecuritySettings.DEFAULTS,
                new Argon2Settings(1024, 1, 1, 16, 32), Clock.systemUTC(), karafData,
                new PrintStream(OutputStream.nullOutputStream())));
    }
}
