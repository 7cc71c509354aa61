package io.custodian.platform.access.internal.service;

import java.util.Collection;
import java.util.stream.Collectors;

/** Text that may come from a request, made safe for messages and the audit trail. */
final class Texts {

    private Texts() {
    }

    /** No control characters, at most {@code max} characters. */
    static String clip(String text, int max) {
        String cleaned = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > max ? cleaned.substring(0, max) + "..." : cleaned;
    }

    /** {@code [a, b]} */
    static String list(Collection<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
