package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.Caller;
import java.io.EOFException;
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
        if (clientWentAway(e)) {
            // Nobody is left to read an answer, and it is not a server fault: no ERROR, no trace.
            LOG.debug("Client closed the connection before the answer was written [{}]",
                    Caller.current().origin().correlationId());
            return Problems.of(KernelErrorCode.BAD_REQUEST, "The client closed the connection.");
        }
        LOG.error("Unexpected failure [{}]", Caller.current().origin().correlationId(), e);
        return Problems.of(KernelErrorCode.INTERNAL,
                "The server failed to answer the request. Quote the correlation id when reporting it.");
    }

    /** Jetty reports a peer that hung up mid-answer as an EOFException (EofException) somewhere in the chain. */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }
}
