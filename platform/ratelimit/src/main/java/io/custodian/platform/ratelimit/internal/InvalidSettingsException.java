package io.custodian.platform.ratelimit.internal;

import java.util.List;

/** A configuration that cannot be applied; carries every problem found, one message each. */
final class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidSettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    List<String> problems() {
        return problems;
    }
}
