package io.custodian.plugins.patterns;

/**
 * The shape of an e-mail address as people store it: {@code local@domain.tld} with an unquoted ASCII local part
 * (RFC 5322 "atext" and dots, at most 64 characters, no leading, trailing or double dot) and a DNS domain of at
 * least two labels whose last label is alphabetic (or an IDNA {@code xn--} label); at most 254 characters.
 * Quoted local parts, IP-literal domains and non-ASCII addresses are deliberately not recognised: they are
 * rare in data and would widen what counts as "looks like an e-mail".
 */
final class Emails {

    static final int MAX_LENGTH = 254;
    private static final String ATEXT_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    private Emails() {
    }

    static boolean isEmail(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@')) {
            return false;
        }
        return isLocalPart(value.substring(0, at)) && isDomain(value.substring(at + 1));
    }

    private static boolean isLocalPart(String local) {
        if (local.length() > 64 || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (char c : local.toCharArray()) {
            if (!(isAsciiLetterOrDigit(c) || c == '.' || ATEXT_SYMBOLS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (char c : label.toCharArray()) {
                if (!(isAsciiLetterOrDigit(c) || c == '-')) {
                    return false;
                }
            }
        }
        String top = labels[labels.length - 1];
        return top.startsWith("xn--") || (top.length() >= 2 && top.chars().allMatch(c -> isAsciiLetterOrDigit((char) c) && !Character.isDigit(c)));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
