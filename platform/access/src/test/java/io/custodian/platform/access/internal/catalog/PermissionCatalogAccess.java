package io.custodian.platform.access.internal.catalog;

import io.custodian.platform.authz.api.PermissionSet;

/** Builds a catalog with sets already registered, as DS would, for tests in other packages. */
public final class PermissionCatalogAccess {

    private PermissionCatalogAccess() {
    }

    public static PermissionCatalog with(PermissionSet... sets) {
        PermissionCatalog catalog = new PermissionCatalog();
        for (PermissionSet set : sets) {
            catalog.addSet(set);
        }
        return catalog;
    }
}
