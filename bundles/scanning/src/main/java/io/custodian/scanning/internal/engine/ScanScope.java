package io.custodian.scanning.internal.engine;

import java.util.List;

/**
 * Which tables, views and files a scan processes. An asset is in scope when no include pattern is given or one
 * matches its dataset name, and no exclude pattern matches it. A container matched by an exclude pattern is not
 * entered at all ({@code archive} leaves out everything below a schema or folder named so). What is out of scope stays
 * in the catalog as it was: the scan marks it seen rather than letting it look deleted.
 */
public final class ScanScope {

    /** Everything. */
    public static final ScanScope ALL = new ScanScope(List.of(), List.of());

    private final List<GlobPattern> include;
    private final List<GlobPattern> exclude;

    private ScanScope(List<GlobPattern> include, List<GlobPattern> exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /**
     * The scope of a definition's patterns.
     *
     * @throws IllegalArgumentException when a pattern is blank
     */
    public static ScanScope of(List<String> include, List<String> exclude) {
        return new ScanScope(include.stream().map(GlobPattern::compile).toList(),
                exclude.stream().map(GlobPattern::compile).toList());
    }

    /** Whether the table, view or file with this dataset name is processed. */
    boolean includes(String assetDatasetName) {
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> p.matches(assetDatasetName));
        return included && exclude.stream().noneMatch(p -> p.matches(assetDatasetName));
    }

    /** Whether the container with this dataset name is left out with everything below it. */
    boolean prunes(String containerDatasetName) {
        return exclude.stream().anyMatch(p -> p.matches(containerDatasetName));
    }
}
