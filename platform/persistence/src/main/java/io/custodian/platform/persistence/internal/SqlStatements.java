package io.custodian.platform.persistence.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at semicolons that are outside quotes and comments.
 * Enough for DDL and simple DML; scripts needing procedural blocks belong in a vendor-specific file
 * with one statement.
 */
final class SqlStatements {

    private SqlStatements() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = skipTo(script, i, "\n");
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                i = skipTo(script, i + 2, "*/");
            } else if (c == '\'' || c == '"') {
                int end = quoteEnd(script, i, c);
                current.append(script, i, end);
                i = end;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static int skipTo(String script, int from, String terminator) {
        int end = script.indexOf(terminator, from);
        return end < 0 ? script.length() : end + terminator.length();
    }

    /** Index just past the closing quote; doubled quotes inside are part of the literal. */
    private static int quoteEnd(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return script.length();
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
