package io.custodian.platform.rest.internal;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.rest.api.Caller;
import io.custodian.platform.rest.api.CorrelationIds;
import java.util.Optional;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;
import org.slf4j.MDC;

/**
 * First and last step of every request: gives it a correlation id (the client's
 * {@code X-Correlation-Id} if it is a sane token, else a new UUID), binds the anonymous
 * {@link Caller} and the log MDC, and echoes the id on the response before unbinding both.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request and response header carrying the correlation id. */
    public static final String HEADER = CorrelationIds.HEADER;
    /** MDC key, used by the log pattern. */
    public static final String MDC_KEY = "correlationId";

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String correlationId = CorrelationIds.from(request.getHeaderString(HEADER));
        String userAgent = request.getHeaderString("User-Agent");
        String clientIp = servletRequest != null ? servletRequest.getRemoteAddr() : "";
        Caller.bind(new Caller(Optional.empty(), new Origin(clientIp, userAgent, correlationId)));
        MDC.put(MDC_KEY, correlationId);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, Caller.current().origin().correlationId());
        Caller.unbind();
        MDC.remove(MDC_KEY);
    }
}
