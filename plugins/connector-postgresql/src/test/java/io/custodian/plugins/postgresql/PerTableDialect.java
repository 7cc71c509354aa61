package io.custodian.plugins.postgresql;

import io.custodian.plugins.jdbc.JdbcDialect;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * A dialect with its bulk queries switched off and everything else passed on: the per-table path, which the bulk path
 * must equal. A proxy rather than a subclass, so a method added to {@link JdbcDialect} later is passed on too.
 */
final class PerTableDialect {

    private static final Set<String> BULK_SWITCHES = Set.of("describesTablesInBulk", "listsChangeTokens");

    private PerTableDialect() {
    }

    static JdbcDialect of(JdbcDialect dialect) {
        return (JdbcDialect) Proxy.newProxyInstance(JdbcDialect.class.getClassLoader(), new Class<?>[] {JdbcDialect.class},
                (proxy, method, args) -> {
                    if (BULK_SWITCHES.contains(method.getName())) {
                        return false;
                    }
                    try {
                        return method.invoke(dialect, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
