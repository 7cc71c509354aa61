package io.custodian.platform.openapi.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A resource path in OpenAPI form: class and method {@code @Path} joined, slashes normalised and
 * JAX-RS regex templates such as {@code {id: [0-9]+}} reduced to {@code {id}}.
 *
 * @param path           the normalised path, always starting with {@code /}, never ending with one (except the root)
 * @param parameterNames template names in order of appearance
 */
record PathTemplate(String path, List<String> parameterNames) {

    PathTemplate {
        parameterNames = List.copyOf(parameterNames);
    }

    /** Joins a class-level and a method-level path; either may be {@code null}. */
    static PathTemplate join(String classPath, String methodPath) {
        List<String> names = new ArrayList<>();
        // Reduce each part first so slashes inside a regex never take part in the normalisation.
        String joined = "/" + reduce(classPath, names) + "/" + reduce(methodPath, names);
        String collapsed = joined.replaceAll("/{2,}", "/");
        if (collapsed.length() > 1 && collapsed.endsWith("/")) {
            collapsed = collapsed.substring(0, collapsed.length() - 1);
        }
        return new PathTemplate(collapsed, names);
    }

    /** The first literal segment, used as the tag; {@code default} for the root or a leading template. */
    String firstSegment() {
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.isEmpty() || first.startsWith("{") ? "default" : first;
    }

    private static String reduce(String raw, List<String> names) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            // A regex may itself contain braces ({id: [0-9]{3}}): find the matching close brace.
            int depth = 1;
            int j = i + 1;
            while (j < raw.length() && depth > 0) {
                char d = raw.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                }
                j++;
            }
            String inner = raw.substring(i + 1, depth == 0 ? j - 1 : j);
            int colon = inner.indexOf(':');
            String name = (colon >= 0 ? inner.substring(0, colon) : inner).trim();
            out.append('{').append(name).append('}');
            names.add(name);
            i = j;
        }
        return out.toString();
    }
}
