package io.custodian.platform.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of the text format 0.0.4, enough to catch output Prometheus would reject. */
final class ExpositionChecker {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String VALUE = "(?:NaN|[+-]Inf|-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (?:[^\\\\\\n]|\\\\[\\\\n])*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{" + LABEL + "(?:," + LABEL + ")*\\})? " + VALUE);

    private ExpositionChecker() {
    }

    /** Fails unless the text is valid; returns the family types by name. */
    static Map<String, String> check(String text) {
        assertTrue(text.isEmpty() || text.endsWith("\n"), "ends with a line feed");
        Map<String, String> types = new HashMap<>();
        Set<String> helped = new HashSet<>();
        String current = null;
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = HELP.matcher(line)).matches()) {
                assertTrue(helped.add(m.group(1)), "one HELP per family: " + line);
            } else if ((m = TYPE.matcher(line)).matches()) {
                assertTrue(types.put(m.group(1), m.group(2)) == null, "one TYPE per family: " + line);
                current = m.group(1);
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                if (current == null) {
                    fail("sample before any TYPE: " + line);
                }
                String suffix = m.group(1).substring(Math.min(current.length(), m.group(1).length()));
                assertTrue(m.group(1).startsWith(current), "sample of another family: " + line);
                switch (types.get(current)) {
                    case "histogram" -> assertTrue(Set.of("_bucket", "_sum", "_count").contains(suffix), line);
                    case "summary" -> assertTrue(Set.of("", "_sum", "_count").contains(suffix), line);
                    default -> assertEquals("", suffix, line);
                }
            } else {
                fail("not a valid line: " + line);
            }
        }
        return types;
    }
}
