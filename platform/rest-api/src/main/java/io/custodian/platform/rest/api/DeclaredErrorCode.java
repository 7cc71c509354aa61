package io.custodian.platform.rest.api;

import java.util.Objects;

/** The value behind {@link ErrorCode#of}; equal when code, status and title are. */
record DeclaredErrorCode(String code, int status, String title) implements ErrorCode {

    DeclaredErrorCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error code needs a 4xx or 5xx status, not " + status);
        }
    }
}
