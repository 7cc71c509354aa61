package io.custodian.platform.apikeys.internal.command;

import io.custodian.platform.apikeys.internal.ApiKeyRegistry;
import io.custodian.platform.apikeys.internal.service.ApiKeyView;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:apikey-list [--owner user]}: every key (or one user's), without secrets. */
@Service
@Command(scope = "custodian", name = "apikey-list", description = "Lists API keys with their owner, scopes, "
        + "status and last use; never shows keys or hashes")
public class ApiKeyListCommand implements Action {

    @Option(name = "--owner", aliases = "-o", description = "Only the keys of this user")
    String owner;

    @Reference
    private ApiKeyRegistry registry;

    @Override
    public Object execute() {
        Instant now = registry.now();
        List<ApiKeyView> keys = registry.store().list(owner == null || owner.isBlank() ? null : owner.trim())
                .stream().map(key -> ApiKeyView.of(key, now, registry.pendingUse(key.id()))).toList();
        System.out.print(describe(keys));
        return null;
    }

    /** The table printed to the console. */
    static String describe(List<ApiKeyView> keys) {
        if (keys.isEmpty()) {
            return "No API keys\n";
        }
        StringBuilder out = new StringBuilder(String.format("%-23s %-16s %-20s %-18s %-8s %-20s %-20s %s%n",
                "ID", "OWNER", "NAME", "PREFIX", "STATUS", "EXPIRES", "LAST USED", "SCOPES"));
        for (ApiKeyView key : keys) {
            out.append(String.format("%-23s %-16s %-20s %-18s %-8s %-20s %-20s %s%n", key.id(), key.owner(),
                    key.name(), key.prefix(), key.status(), text(key.expiresAt()), text(key.lastUsedAt()),
                    String.join(",", key.scopes())));
        }
        return out.toString();
    }

    private static String text(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }
}
