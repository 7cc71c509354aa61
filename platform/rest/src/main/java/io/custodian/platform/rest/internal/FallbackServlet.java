package io.custodian.platform.rest.internal;

import io.custodian.platform.rest.api.CorrelationIds;
import io.custodian.platform.rest.api.ProblemJson;
import io.custodian.platform.rest.internal.problem.KernelErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Answers every path that no other servlet serves (outside {@code /api/v1} and {@code /metrics}: servlet
 * matching prefers the longest pattern, so {@code /*} only gets what nobody else takes)
 * with a problem+json 404 instead of the web server's HTML error page.
 */
@Component(service = javax.servlet.Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.name=custodian-fallback"})
public class FallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String correlationId = CorrelationIds.from(request.getHeader(CorrelationIds.HEADER));
        response.setStatus(KernelErrorCode.NOT_FOUND.status());
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(CorrelationIds.HEADER, correlationId);
        String body = ProblemJson.render(KernelErrorCode.NOT_FOUND,
                "Nothing is served at this path; the API is under /api/v1.", correlationId);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
