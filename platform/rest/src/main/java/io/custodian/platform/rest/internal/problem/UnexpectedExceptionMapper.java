package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.Caller;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last resort for bugs: answers 500 problem+json with the correlation id and logs the stack trace
 * server-side only. More specific mappers handle every expected failure.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception e) {
        LOG.error("Unexpected failure [{}]", Caller.current().origin().correlationId(), e);
        return Problems.of(KernelErrorCode.INTERNAL,
                "The server failed to answer the request. Quote the correlation id when reporting it.");
    }
}
