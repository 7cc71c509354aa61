package io.custodian.platform.plugin.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.custodian.platform.plugin.packaging.PluginRejectedException.Reason;
import io.custodian.platform.plugin.packaging.internal.JsonObjectReader;
import io.custodian.platform.plugin.packaging.internal.SemanticVersions;
import io.custodian.platform.plugin.packaging.internal.StrictJson;
import io.custodian.platform.plugin.packaging.internal.Texts;
import io.custodian.plugin.api.PluginDescriptorFormat;
import io.custodian.plugin.api.PluginKind;
import io.custodian.plugin.api.Scope;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a plugin manifest ({@link PluginDescriptorFormat#MANIFEST_PATH}) and checks every field: required
 * fields present and of the right JSON type, the id's form, the version and platform range, known kinds and
 * scopes, and the size limits. Unknown fields are ignored, so newer manifests still load.
 */
public final class PluginManifestParser {

    /** Largest manifest accepted, in bytes. */
    public static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** Longest name and vendor, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** Most kinds, and most scopes, a manifest may list. */
    public static final int MAX_LIST_ITEMS = 20;
    /** The form of a plugin id. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]{1,63}");
    /** The config schema a manifest without one gets: any object. */
    public static final String DEFAULT_CONFIG_SCHEMA = "{\"type\":\"object\"}";

    private static final String SUBJECT = "The plugin manifest " + PluginDescriptorFormat.MANIFEST_PATH;
    private static final int MAX_NESTING_DEPTH = 64;
    private static final StrictJson JSON = new StrictJson(MAX_NESTING_DEPTH, MAX_MANIFEST_BYTES, MAX_MANIFEST_BYTES);

    private PluginManifestParser() {
    }

    /**
     * Parses and checks a manifest.
     *
     * @param json the manifest's bytes (UTF-8 JSON)
     * @throws PluginRejectedException {@link Reason#TOO_LARGE} over {@value #MAX_MANIFEST_BYTES} bytes, otherwise
     *                                 {@link Reason#MANIFEST_INVALID} naming the field at fault
     */
    public static PluginManifest parse(byte[] json) throws PluginRejectedException {
        if (json != null && json.length > MAX_MANIFEST_BYTES) {
            throw new PluginRejectedException(Reason.TOO_LARGE,
                    SUBJECT + " " + Texts.sizeAgainstLimit(json.length, MAX_MANIFEST_BYTES) + ".");
        }
        JsonNode tree = JSON.read(json, SUBJECT, Reason.MANIFEST_INVALID);
        JsonObjectReader fields = JsonObjectReader.of(tree, SUBJECT, Reason.MANIFEST_INVALID);

        String id = pluginId(fields, "id");
        String name = displayText(fields, "name");
        String version = version(fields, "version");
        String vendor = optionalDisplayText(fields, "vendor");
        String description = fields.optionalText("description", MAX_DESCRIPTION_LENGTH).orElse("");
        Set<PluginKind> kinds = kinds(fields, "kinds", true);
        String platform = platformRange(fields, "platform");
        Set<Scope> scopes = scopes(fields, "scopes");
        String configSchema = configSchema(fields);
        return new PluginManifest(id, name, version, vendor, description, kinds, platform, scopes, configSchema);
    }

    // The helpers below are shared with MarketplaceIndexParser, so both documents read the same way.

    static String pluginId(JsonObjectReader fields, String field) throws PluginRejectedException {
        String id = fields.text(field, 64);
        if (!ID_PATTERN.matcher(id).matches()) {
            throw fields.invalid(field, "is " + Texts.quote(id) + ", but an id must be 2 to 64 characters of lower-case"
                    + " letters, digits, '.' and '-', starting with a letter or digit");
        }
        return id;
    }

    static String displayText(JsonObjectReader fields, String field) throws PluginRejectedException {
        String text = fields.text(field, MAX_NAME_LENGTH);
        rejectControlCharacters(fields, field, text);
        return text;
    }

    static String optionalDisplayText(JsonObjectReader fields, String field) throws PluginRejectedException {
        String text = fields.optionalText(field, MAX_NAME_LENGTH).orElse("");
        rejectControlCharacters(fields, field, text);
        return text;
    }

    static String version(JsonObjectReader fields, String field) throws PluginRejectedException {
        String version = fields.text(field, SemanticVersions.MAX_VERSION_LENGTH);
        if (!SemanticVersions.isVersion(version)) {
            throw fields.invalid(field, "is " + Texts.quote(version)
                    + ", which is not a semantic version such as 1.0.0 or 1.0.0-rc.1");
        }
        return version;
    }

    static String platformRange(JsonObjectReader fields, String field) throws PluginRejectedException {
        String range = fields.text(field, SemanticVersions.MAX_RANGE_LENGTH);
        Optional<String> problem = SemanticVersions.rangeProblem(range);
        if (problem.isPresent()) {
            throw fields.invalid(field, "is " + Texts.quote(range) + ", but " + problem.get());
        }
        return range;
    }

    static Set<PluginKind> kinds(JsonObjectReader fields, String field, boolean required) throws PluginRejectedException {
        Set<PluginKind> kinds = EnumSet.noneOf(PluginKind.class);
        for (String kindId : fields.texts(field, MAX_LIST_ITEMS, 64, required)) {
            kinds.add(PluginKind.fromId(kindId).orElseThrow(() -> fields.invalid(field, "names an unknown kind "
                    + Texts.quote(kindId) + "; known kinds are " + known(PluginKind.values()))));
        }
        return kinds;
    }

    static Set<Scope> scopes(JsonObjectReader fields, String field) throws PluginRejectedException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String scopeId : fields.texts(field, MAX_LIST_ITEMS, 64, false)) {
            scopes.add(Scope.fromId(scopeId).orElseThrow(() -> fields.invalid(field, "names an unknown scope "
                    + Texts.quote(scopeId) + "; known scopes are " + known(Scope.values()))));
        }
        return scopes;
    }

    private static String configSchema(JsonObjectReader fields) throws PluginRejectedException {
        Optional<JsonNode> schema = fields.optionalObject("configSchema");
        if (schema.isEmpty()) {
            return DEFAULT_CONFIG_SCHEMA;
        }
        try {
            return JSON.mapper().writeValueAsString(schema.get());
        } catch (JsonProcessingException e) {
            // A tree Jackson just built always writes back; this would be a Jackson bug.
            throw new IllegalStateException("Cannot write back a parsed configSchema", e);
        }
    }

    private static void rejectControlCharacters(JsonObjectReader fields, String field, String text)
            throws PluginRejectedException {
        if (Texts.hasControlCharacter(text)) {
            throw fields.invalid(field, "contains line breaks or other control characters");
        }
    }

    private static String known(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
