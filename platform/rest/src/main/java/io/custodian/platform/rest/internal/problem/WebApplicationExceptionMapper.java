package io.custodian.platform.rest.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Errors raised by the JAX-RS runtime itself: unknown route, wrong method, wrong media type. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        Response problem = switch (status) {
            case 404 -> Problems.of(KernelErrorCode.NOT_FOUND, "No resource matches this path.");
            case 405 -> Problems.of(KernelErrorCode.METHOD_NOT_ALLOWED, "This resource does not support the method.");
            case 406 -> Problems.of(KernelErrorCode.NOT_ACCEPTABLE, "The resource cannot answer in the accepted media types.");
            case 415 -> Problems.of(KernelErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The request's Content-Type is not accepted here; send application/json.");
            case 400 -> Problems.of(KernelErrorCode.BAD_REQUEST, "The request could not be understood.");
            default -> status >= 500
                    ? Problems.of(KernelErrorCode.INTERNAL, "The server failed to answer the request.")
                    : Problems.of(new StatusCode(status), "The request was refused.");
        };
        if (status == 405 && e.getResponse() != null && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return problem;
    }

    /** Any other client status, keeping its number. */
    private record StatusCode(int status) implements io.custodian.platform.rest.api.ErrorCode {
        @Override
        public String code() {
            return "request.http_" + status;
        }

        @Override
        public String title() {
            Response.Status known = Response.Status.fromStatusCode(status);
            return known != null ? known.getReasonPhrase() : "Client Error";
        }
    }
}
