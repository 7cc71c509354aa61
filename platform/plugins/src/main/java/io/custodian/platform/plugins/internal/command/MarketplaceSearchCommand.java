package io.custodian.platform.plugins.internal.command;

import io.custodian.platform.plugins.internal.PluginHost;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:marketplace-search [text] [--kind kind]}: what the marketplaces offer. */
@Service
@Command(scope = "custodian", name = "marketplace-search", description = "Searches the configured marketplaces by "
        + "id, name, description or vendor; shows the newest supported version and the scopes it requests")
public class MarketplaceSearchCommand implements Action {

    @Argument(index = 0, name = "text", description = "Words to look for; all plugins if absent")
    String text;

    @Option(name = "--kind", aliases = "-k", description = "Only plugins of this kind: connector, classifier or "
            + "visualization")
    String kind;

    @Reference
    private PluginHost host;

    @Override
    public Object execute() {
        System.out.print(PluginTable.marketplace(host.marketplace().listing(text, kind)));
        return null;
    }
}
