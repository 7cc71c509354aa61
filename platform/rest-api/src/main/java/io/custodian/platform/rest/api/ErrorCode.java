package io.custodian.platform.rest.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A stable error code, rendered as the {@code code} member of an {@code application/problem+json}
 * response. Each group declares its codes as constants made with {@link #of}, in a final class
 * named after the group (for example {@code AccessErrorCode}).
 */
@ConsumerType
public interface ErrorCode {

    /** Stable, dotted, lower case, for example {@code request.malformed_json}. Never changes once published. */
    String code();

    /** HTTP status to answer with. */
    int status();

    /** Short human title, the same for every occurrence of the code. */
    String title();

    /**
     * An error code as a value, for declaring a group's codes as constants without writing an
     * enum's fields and accessors each time: {@code static final ErrorCode NOT_FOUND =
     * ErrorCode.of("catalog.not_found", 404, "Not found");}
     */
    static ErrorCode of(String code, int status, String title) {
        return new DeclaredErrorCode(code, status, title);
    }
}
