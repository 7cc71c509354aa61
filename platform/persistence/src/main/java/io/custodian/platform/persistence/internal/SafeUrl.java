package io.custodian.platform.persistence.internal;

/** Strips credentials from JDBC URLs before they are shown or logged. */
final class SafeUrl {

    private SafeUrl() {
    }

    /** The URL with {@code password=...} parameters and {@code user:password@} parts masked. */
    static String of(String url) {
        if (url == null) {
            return "";
        }
        return url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***")
                .replaceAll("//[^/@:]+:[^/@]*@", "//***@");
    }
}
