package io.custodian.catalog.internal.rest;

import io.custodian.catalog.api.Asset;
import io.custodian.catalog.api.AssetQuery;
import io.custodian.catalog.api.CatalogService;
import io.custodian.catalog.internal.CatalogErrorCode;
import io.custodian.platform.rest.api.CustodianException;
import io.custodian.platform.rest.api.RequiresPermission;
import io.custodian.platform.rest.api.RestResources;
import java.util.List;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Catalogued assets under {@code /api/v1/catalog/assets}: search, one asset by id or by qualified name, its
 * children and its history. Read only; scans write the catalog.
 */
@Component(service = AssetResource.class, property = RestResources.RESOURCE_PROPERTY + "=true")
@Path("/catalog/assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    private final CatalogService catalog;

    @Activate
    public AssetResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * Assets matching every given filter, in id order, one page at a time: {@code sourceId}, {@code type},
     * {@code parentId} (direct children), {@code q} (text in the qualified name, any case), {@code includeRemoved}
     * (also tombstoned ones), {@code limit} (1..500, default 100) and {@code after} (the previous page's
     * {@code next}).
     */
    @GET
    @RequiresPermission("catalog.view")
    public AssetListView search(@QueryParam("sourceId") String sourceId, @QueryParam("type") String type,
                                @QueryParam("parentId") String parentId, @QueryParam("q") String q,
                                @QueryParam("includeRemoved") String includeRemoved,
                                @QueryParam("after") String after, @QueryParam("limit") String limit) {
        AssetQuery query = AssetParams.query(sourceId, type, AssetParams.optionalId("parentId", parentId), q,
                includeRemoved, after, limit);
        return AssetListView.of(catalog.search(query));
    }

    /**
     * The asset with this qualified name. Without {@code sourceId}, a name that several sources hold answers 409
     * listing them (live assets count first: a tombstone elsewhere does not make a live name ambiguous).
     */
    @GET
    @Path("/by-name")
    @RequiresPermission("catalog.view")
    public Asset byName(@QueryParam("qualifiedName") String qualifiedName, @QueryParam("sourceId") String sourceId) {
        String name = AssetParams.required("qualifiedName", qualifiedName);
        String source = AssetParams.text("sourceId", sourceId);
        if (source != null) {
            return catalog.findByQualifiedName(source, name).orElseThrow(() -> notFound(
                    "No asset with that qualified name in source " + source + "."));
        }
        List<Asset> found = catalog.findAllByQualifiedName(name);
        List<Asset> live = found.stream().filter(asset -> !asset.removed()).toList();
        List<Asset> candidates = live.isEmpty() ? found : live;
        if (candidates.isEmpty()) {
            throw notFound("No asset with that qualified name.");
        }
        if (candidates.size() > 1) {
            throw new CustodianException(CatalogErrorCode.AMBIGUOUS_NAME, "Several sources hold an asset with that "
                    + "qualified name; name one with sourceId.",
                    Map.of("sourceIds", candidates.stream().map(Asset::sourceId).toList()));
        }
        return candidates.get(0);
    }

    /** One asset, live or tombstoned. */
    @GET
    @Path("/{id}")
    @RequiresPermission("catalog.view")
    public Asset get(@PathParam("id") String id) {
        return existing(AssetParams.id("id", id));
    }

    /** The asset's history, oldest first; for a table, view or file its columns' changes too. */
    @GET
    @Path("/{id}/history")
    @RequiresPermission("catalog.view")
    public HistoryView history(@PathParam("id") String id) {
        Asset asset = existing(AssetParams.id("id", id));
        return new HistoryView(asset.id(), catalog.history(asset.id()));
    }

    /**
     * The asset's direct children, paged like the search, optionally of one {@code type} and with tombstoned ones
     * ({@code includeRemoved}).
     */
    @GET
    @Path("/{id}/children")
    @RequiresPermission("catalog.view")
    public AssetListView children(@PathParam("id") String id, @QueryParam("type") String type,
                                  @QueryParam("includeRemoved") String includeRemoved,
                                  @QueryParam("after") String after, @QueryParam("limit") String limit) {
        Asset parent = existing(AssetParams.id("id", id));
        AssetQuery query = AssetParams.query(null, type, parent.id(), null, includeRemoved, after, limit);
        return AssetListView.of(catalog.search(query));
    }

    private Asset existing(long id) {
        return catalog.find(id).orElseThrow(() -> notFound("No asset with id " + id + "."));
    }

    private static CustodianException notFound(String detail) {
        return new CustodianException(CatalogErrorCode.ASSET_NOT_FOUND, detail);
    }
}
