package io.custodian.platform.rest.api;

import java.util.Map;
import java.util.Objects;

/**
 * A domain error that the REST runtime renders as {@code application/problem+json} with the
 * code's status, its stable code, the detail and any extra members. Group bundles throw it (or a
 * subclass) from services and resources; they never build error responses themselves.
 */
public class CustodianException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final transient Map<String, Object> extensions;

    /**
     * @param errorCode what went wrong, stable
     * @param detail    human explanation of this occurrence; must not contain secrets
     */
    public CustodianException(ErrorCode errorCode, String detail) {
        this(errorCode, detail, Map.of());
    }

    /**
     * @param extensions extra problem members (for example {@code errors} for validation); JSON-friendly values
     */
    public CustodianException(ErrorCode errorCode, String detail, Map<String, Object> extensions) {
        super(detail);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.extensions = Map.copyOf(extensions);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
