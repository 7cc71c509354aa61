package io.custodian.platform.health.api;

/** State of a component or of the whole platform. */
public enum Status {
    /** Working. */
    UP,
    /** Working with reduced function (for example a non-essential bundle not active). */
    DEGRADED,
    /** Not working. */
    DOWN;

    /** The worse of two states. */
    public Status worst(Status other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
