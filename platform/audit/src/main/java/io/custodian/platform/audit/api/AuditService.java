package io.custodian.platform.audit.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The append-only audit trail. */
@ProviderType
public interface AuditService {

    /**
     * Appends a record. Never throws for a storage problem: a failure to audit is logged
     * at ERROR and counted, because refusing the caller's work would hide the original error.
     */
    void record(AuditEvent event);

    /** The newest records first, at most {@code limit} of them, optionally only those of one action. */
    List<AuditRecord> latest(int limit, String actionOrNull);
}
