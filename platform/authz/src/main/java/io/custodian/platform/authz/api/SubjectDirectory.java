package io.custodian.platform.authz.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Looks up users with their groups and attributes. The identity store (the security bundle)
 * provides it; the engine needs it to check a delegator's rights at decision time.
 */
@ConsumerType
public interface SubjectDirectory {

    /** The user, or empty if there is no such enabled user. */
    Optional<Subject> find(String user);
}
