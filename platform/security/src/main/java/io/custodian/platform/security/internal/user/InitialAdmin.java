package io.custodian.platform.security.internal.user;

import io.custodian.platform.security.internal.password.Argon2PasswordHasher;
import io.custodian.platform.security.internal.password.OneTimePasswords;
import java.io.IOException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start: when no user exists, creates {@code admin} (role {@code admin}) with a random
 * one-time password that must be changed at first use. The password is shown once on the
 * console and written to an owner-only file; the log only says that it happened and where.
 */
public final class InitialAdmin {

    /**
     * Name of the account created on first start. The access bundle's seed data grants it the
     * Admin role (grant {@code grt_initial_admin}).
     */
    public static final String USERNAME = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserStore users;
    private final Argon2PasswordHasher hasher;
    private final InitialPasswordFile file;
    private final SecureRandom random;
    private final Clock clock;
    private final PrintStream console;

    public InitialAdmin(UserStore users, Argon2PasswordHasher hasher, InitialPasswordFile file, SecureRandom random,
                        Clock clock, PrintStream console) {
        this.users = users;
        this.hasher = hasher;
        this.file = file;
        this.random = random;
        this.clock = clock;
        this.console = console;
    }

    /** Creates the first admin if there is no user at all; returns whether it did. */
    public boolean createIfNoUsers() {
        if (!users.isEmpty()) {
            return false;
        }
        char[] password = OneTimePasswords.generate(random);
        try {
            users.create(USERNAME, hasher.hash(password), true, clock.instant());
            boolean written = writeFile(password);
            console.print(banner(password, written));
            console.flush();
            LOG.info("Created the initial user '{}' with a one-time password{}", USERNAME,
                    written ? "; it is in " + file.path() : " shown on the console only");
            return true;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private boolean writeFile(char[] password) {
        try {
            file.write(password);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not write {}; the initial password is shown on the console only", file.path(), e);
            return false;
        }
    }

    private String banner(char[] password, boolean written) {
        String line = "=".repeat(78);
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder(nl).append(line).append(nl)
                .append("  Custodian first start: created user '").append(USERNAME).append("'").append(nl)
                .append("  One-time password: ").append(password).append(nl);
        if (written) {
            b.append("  It is also stored, readable only by this account, in:").append(nl)
                    .append("    ").append(file.path().toAbsolutePath()).append(nl);
        }
        b.append("  Log in and change it (POST /api/v1/auth/password); the file is then deleted.").append(nl)
                .append("  This password is not shown again.").append(nl)
                .append(line).append(nl);
        return b.toString();
    }
}
