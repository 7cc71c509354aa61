package io.custodian.platform.openapi.internal;

/** Turns a method name into a short summary: {@code listDatasets} gives {@code List datasets}. */
final class Summaries {

    private Summaries() {
    }

    static String of(String methodName) {
        StringBuilder out = new StringBuilder(methodName.length() + 4);
        for (int i = 0; i < methodName.length(); i++) {
            char c = methodName.charAt(i);
            if (i == 0) {
                out.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
