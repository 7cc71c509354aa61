package io.custodian.plugins.jdbc;

import java.util.Locale;

/** Reads the parts of JDBC URLs that OpenLineage namespaces are made of. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /**
     * The {@code host:port} of a URL of the form {@code jdbc:<driver>://host[:port][,more hosts]/database?options},
     * lower-cased, with {@code defaultPort} where the URL names none; {@code null} for another form.
     */
    public static String hostAndPort(String jdbcUrl, int defaultPort) {
        if (jdbcUrl == null) {
            return null;
        }
        int start = jdbcUrl.indexOf("://");
        if (start < 0) {
            return null;
        }
        String rest = jdbcUrl.substring(start + 3);
        int end = firstOf(rest, "/?;");
        String hosts = end < 0 ? rest : rest.substring(0, end);
        String first = hosts.split(",", 2)[0].strip();
        int at = first.lastIndexOf('@');
        if (at >= 0) {
            first = first.substring(at + 1);
        }
        if (first.isEmpty()) {
            return null;
        }
        boolean bracketed = first.startsWith("[");
        int colon = bracketed ? first.indexOf("]:") + 1 : first.lastIndexOf(':');
        boolean hasPort = colon > 0 && (bracketed || first.indexOf(':') == colon);
        String host = hasPort ? first.substring(0, colon) : first;
        String port = hasPort ? first.substring(colon + 1) : Integer.toString(defaultPort);
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int index = text.indexOf(c);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }
}
