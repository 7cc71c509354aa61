package io.custodian.platform.authz.internal.condition;

import io.custodian.platform.authz.api.RequestContext;
import io.custodian.platform.authz.api.ResourceRef;
import io.custodian.platform.authz.api.Subject;
import java.time.LocalDateTime;

/** What one evaluation reads: the subject, the resource and the request. Not shared between threads. */
public final class Facts {

    private final Subject subject;
    private final ResourceRef resource;
    private final RequestContext context;
    private LocalDateTime local;

    /**
     * @param subject  who asks
     * @param resource what they act on; {@code null} for none
     * @param context  time, zone and client address
     */
    public Facts(Subject subject, ResourceRef resource, RequestContext context) {
        this.subject = subject;
        this.resource = resource == null ? ResourceRef.NONE : resource;
        this.context = context;
    }

    Subject subject() {
        return subject;
    }

    ResourceRef resource() {
        return resource;
    }

    RequestContext context() {
        return context;
    }

    /** The request time in the context's zone, computed at most once per evaluation. */
    LocalDateTime localDateTime() {
        if (local == null) {
            local = LocalDateTime.ofInstant(context.time(), context.zone());
        }
        return local;
    }
}
