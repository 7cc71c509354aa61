package io.custodian.platform.apikeys.internal.service;

/** Text that may come from a request, made safe for messages and the audit trail. */
final class Texts {

    private Texts() {
    }

    /** No control characters, at most {@code max} characters. */
    static String clip(String text, int max) {
        String cleaned = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > max ? cleaned.substring(0, max) + "..." : cleaned;
    }
}
