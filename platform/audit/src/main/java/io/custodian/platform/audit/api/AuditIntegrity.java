package io.custodian.platform.audit.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks the hash chain of the audit trail. Each record stores the SHA-256 of its own fields and
 * of the hash of the record before it, and a one-row head holds the sequence and hash of the
 * newest record; a row edited, deleted or added directly in the database breaks the chain.
 */
@ProviderType
public interface AuditIntegrity {

    /**
     * Recomputes the chain from the oldest record to the head, in batches, and reports the first
     * break. The check is itself audited ({@code audit.verify}, SUCCESS when intact, FAILURE when
     * not) with {@code system} as the actor.
     */
    default AuditVerification verify() {
        return verify("system", Origin.SYSTEM);
    }

    /**
     * As {@link #verify()}, with the actor and origin of whoever asked, for the audit record of the check.
     *
     * @param actor  who asked for the check, for example the REST caller or {@code shell:karaf}
     * @param origin where the request came from
     */
    AuditVerification verify(String actor, Origin origin);
}
