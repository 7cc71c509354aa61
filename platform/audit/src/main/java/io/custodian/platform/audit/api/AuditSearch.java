package io.custodian.platform.audit.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/** Finds and exports audit records. */
@ProviderType
public interface AuditSearch {

    /** One page of the records matching the query, newest first, and the cursor of the next page. */
    AuditPage search(AuditQuery query);

    /**
     * Writes every record matching the query's filters to {@code out}, oldest first, in batches so
     * that memory stays bounded however large the trail is. The query's limit and cursor are
     * ignored. The text is UTF-8; {@code out} is flushed, not closed.
     *
     * @throws IOException if writing to {@code out} fails
     */
    void export(AuditQuery query, ExportFormat format, OutputStream out) throws IOException;
}
