package io.custodian.platform.rest.internal.problem;

import io.custodian.platform.rest.api.CustodianException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/** Domain errors thrown by group bundles. */
public class CustodianExceptionMapper implements ExceptionMapper<CustodianException> {

    @Override
    public Response toResponse(CustodianException e) {
        return Problems.of(e.errorCode(), e.getMessage(), e.extensions());
    }
}
