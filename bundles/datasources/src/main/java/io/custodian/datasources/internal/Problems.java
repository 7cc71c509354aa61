package io.custodian.datasources.internal;

import io.custodian.datasources.api.DataSourceException;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.ErrorCode;

/** The problem a {@link DataSourceException} answers with over REST and in the audit trail. */
public final class Problems {

    private Problems() {
    }

    /** The error code of a reason. */
    public static ErrorCode code(DataSourceException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> DataSourceErrorCode.NOT_FOUND;
            case NO_CONNECTOR -> DataSourceErrorCode.CONNECTOR_UNAVAILABLE;
            case SECRET_UNAVAILABLE -> DataSourceErrorCode.SECRET_UNAVAILABLE;
        };
    }

    /** The exception as a problem with the same sentence. */
    public static CustodianException of(DataSourceException e) {
        return new CustodianException(code(e.reason()), e.getMessage());
    }
}
