package io.custodian.platform.plugin.packaging.internal;

import java.io.IOException;

/** Raised while copying when more bytes arrive than the limit allows; the caller turns it into a refusal. */
public final class SizeLimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /** @param limit the limit that was exceeded, in bytes */
    public SizeLimitExceededException(long limit) {
        super("more than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit that was exceeded, in bytes. */
    public long limit() {
        return limit;
    }
}
