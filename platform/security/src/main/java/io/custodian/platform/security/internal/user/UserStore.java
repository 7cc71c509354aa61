package io.custodian.platform.security.internal.user;

import io.custodian.platform.persistence.api.Transactions;
import io.custodian.platform.security.internal.entity.UserEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

/** Reads and writes {@code custodian_user} through JPA. Every method is one transaction. */
public final class UserStore {

    private final EntityManagerFactory emf;

    public UserStore(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Whether any user exists. */
    public boolean isEmpty() {
        return Transactions.read(emf, em -> em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class)
                .getSingleResult() == 0L);
    }

    /** The user with this (normalised) name. */
    public Optional<UserRecord> find(String username) {
        return Transactions.read(emf, em -> byName(em, username, LockModeType.NONE).map(UserStore::toRecord));
    }

    /** Every user, by name. */
    public List<UserRecord> list() {
        return Transactions.read(emf, em -> em.createQuery("SELECT u FROM UserEntity u ORDER BY u.username",
                UserEntity.class).getResultList().stream().map(UserStore::toRecord).toList());
    }

    /** Stores a new user with an empty profile. */
    public void create(String username, String passwordHash, boolean mustChangePassword, Instant now) {
        Transactions.run(emf, em -> em.persist(new UserEntity(username, passwordHash, mustChangePassword, now)));
    }

    /**
     * Replaces profile and enabled flag.
     *
     * @return false if there is no such user
     */
    public boolean update(String username, String displayName, String email, Map<String, String> attributes,
                          boolean enabled) {
        return Transactions.inTransaction(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .map(user -> {
                    user.updateProfile(displayName, email, UserAttributes.toJson(attributes));
                    user.setEnabled(enabled);
                    return true;
                }).orElse(false));
    }

    /**
     * Deletes the user; group memberships go with it (foreign key cascade).
     *
     * @return false if there was no such user
     */
    public boolean delete(String username) {
        return Transactions.inTransaction(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .map(user -> {
                    em.remove(user);
                    return true;
                }).orElse(false));
    }

    /** An administrator's password reset: the user must change it at the next login. */
    public boolean resetPassword(String username, String newHash, Instant now) {
        return Transactions.inTransaction(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .map(user -> {
                    user.resetPassword(newHash, now);
                    return true;
                }).orElse(false));
    }

    /** Clears failures and locks after a successful login. */
    public void recordSuccess(String username, Instant now) {
        Transactions.run(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(user -> user.loggedIn(now)));
    }

    /**
     * Counts a failed login of an existing user and locks the account when the failures reach
     * {@code threshold}. The row is locked while counting, so concurrent failures all count.
     *
     * @return the time the account is now locked until, or empty if this failure did not lock it
     */
    public Optional<Instant> recordFailure(String username, Instant now, int threshold, Duration lockDuration) {
        return Transactions.inTransaction(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(user -> {
                    user.failedLogin();
                    if (user.getFailedLogins() < threshold) {
                        return Optional.empty();
                    }
                    Instant until = now.plus(lockDuration);
                    user.lockUntil(until);
                    return Optional.of(until);
                }));
    }

    /** Replaces the password hash and clears the must-change flag. */
    public void changePassword(String username, String newHash, Instant now) {
        Transactions.run(emf, em -> byName(em, username, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("user vanished during password change"))
                .changePassword(newHash, now));
    }

    private static Optional<UserEntity> byName(EntityManager em, String username, LockModeType lock) {
        List<UserEntity> found = em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :name", UserEntity.class)
                .setParameter("name", username)
                .setLockMode(lock)
                .getResultList();
        return found.stream().findFirst();
    }

    private static UserRecord toRecord(UserEntity e) {
        return new UserRecord(e.getUsername(), e.getPasswordHash(), e.isEnabled(), e.isMustChangePassword(),
                e.getFailedLogins(), e.getLockedUntil(), e.getDisplayName(), e.getEmail(),
                UserAttributes.fromJson(e.getAttributes()), e.getCreatedAt(), e.getLastLoginAt());
    }
}
