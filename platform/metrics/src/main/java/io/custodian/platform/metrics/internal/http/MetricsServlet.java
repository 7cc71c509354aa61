package io.custodian.platform.metrics.internal.http;

import io.custodian.platform.audit.api.Origin;
import io.custodian.platform.metrics.internal.MetricsScraper;
import io.custodian.platform.metrics.internal.format.TextFormat;
import io.custodian.platform.rest.api.CorrelationIds;
import io.custodian.platform.security.api.AccessDecision;
import io.custodian.platform.security.api.AuthenticationException;
import io.custodian.platform.security.api.Identity;
import io.custodian.platform.security.api.SecurityService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} at the server root, through the OSGi HTTP Whiteboard (pax-web 8), in the
 * default servlet context. Requires an authenticated caller holding {@value #PERMISSION}.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/metrics",
    "osgi.http.whiteboard.servlet.name=custodian-metrics",
    "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"
})
public final class MetricsServlet extends HttpServlet {

    /** The permission a caller needs to read the metrics. */
    public static final String PERMISSION = "system.metrics";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServlet.class);
    private static final String CHALLENGE = "Basic realm=\"custodian\"";

    private final transient SecurityService security;
    private final transient RequestAuthenticator authenticator;
    private final transient MetricsScraper scraper;

    @Activate
    public MetricsServlet(@Reference(name = "security") SecurityService security,
                          @Reference(name = "scraper") MetricsScraper scraper) {
        this.security = security;
        this.authenticator = new RequestAuthenticator(security);
        this.scraper = scraper;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String correlationId = CorrelationIds.from(request.getHeader(CorrelationIds.HEADER));
        response.setHeader(CorrelationIds.HEADER, correlationId);
        try {
            handle(request, response, correlationId);
        } catch (RuntimeException e) {
            LOG.error("GET /metrics failed [correlationId={}]", correlationId, e);
            if (!response.isCommitted()) {
                response.reset();
                response.setHeader(CorrelationIds.HEADER, correlationId);
                Problem.internalError("The metrics could not be produced; see the server log for "
                        + correlationId + ".").send(response, correlationId);
            }
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, String correlationId)
            throws IOException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            LOG.warn("{} /metrics refused: method not allowed [correlationId={}]", method, correlationId);
            response.setHeader("Allow", "GET, HEAD");
            Problem.methodNotAllowed("Only GET and HEAD are allowed on /metrics.").send(response, correlationId);
            return;
        }
        Origin origin = new Origin(request.getRemoteAddr(), request.getHeader("User-Agent"), correlationId);
        Identity identity;
        try {
            identity = authenticator.authenticate(request.getHeader("Authorization"), origin);
        } catch (AuthenticationException e) {
            LOG.warn("/metrics refused: not authenticated [correlationId={}]", correlationId);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            String detail = e.getMessage() != null ? e.getMessage() : "The credentials were not accepted.";
            Problem.unauthorized(detail).send(response, correlationId);
            return;
        }
        AccessDecision decision = security.authorize(identity, PERMISSION, origin);
        if (!decision.allowed()) {
            LOG.warn("/metrics refused for {}: {} [correlationId={}]", identity.name(), decision.reason(), correlationId);
            Problem.forbidden("Reading metrics requires the permission " + PERMISSION + ".")
                    .send(response, correlationId);
            return;
        }
        byte[] body = scraper.scrape().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TextFormat.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }
}
