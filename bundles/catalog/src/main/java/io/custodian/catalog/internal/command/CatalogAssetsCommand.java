package io.custodian.catalog.internal.command;

import io.custodian.catalog.api.AssetType;
import io.custodian.catalog.api.CatalogService;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code custodian:catalog-assets}: the qualified names of catalogued assets, optionally of one source or type. */
@Service
@Command(scope = "custodian", name = "catalog-assets", description = "Lists catalogued assets (type, id, qualified "
        + "name) in id order")
public class CatalogAssetsCommand implements Action {

    @Option(name = "--source", description = "Only assets of this data source id")
    String source;

    @Option(name = "--type", description = "Only assets of this type: SOURCE, DATABASE, SCHEMA, FOLDER, TABLE, VIEW, "
            + "FILE or COLUMN")
    String type;

    @Option(name = "--limit", description = "At most this many assets (default 100)")
    int limit = AssetListing.DEFAULT_LIMIT;

    @Option(name = "--removed", description = "Also tombstoned assets")
    boolean removed;

    @Reference
    private CatalogService catalog;

    @Override
    public Object execute() {
        AssetType assetType;
        try {
            assetType = type == null ? null : AssetType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("Unknown type " + type + "; use SOURCE, DATABASE, SCHEMA, FOLDER, TABLE, VIEW, FILE "
                    + "or COLUMN");
            return null;
        }
        if (limit < 1) {
            System.err.println("--limit must be at least 1");
            return null;
        }
        System.out.print(new AssetListing(catalog).list(source, assetType, removed, limit));
        return null;
    }
}
