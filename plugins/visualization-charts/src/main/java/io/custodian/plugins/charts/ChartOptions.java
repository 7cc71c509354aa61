package io.custodian.plugins.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The presentation hints a request may carry: {@code title} (any text), {@code width} and {@code height}
 * (whole pixels, {@value #MIN_SIZE}-{@value #MAX_SIZE}). Other options are ignored; a malformed size is
 * refused with a message naming the option, rather than silently drawn at another size.
 */
final class ChartOptions {

    static final int MIN_SIZE = 50;
    static final int MAX_SIZE = 4000;

    private final String title;
    private final OptionalInt width;
    private final OptionalInt height;

    private ChartOptions(String title, OptionalInt width, OptionalInt height) {
        this.title = title;
        this.width = width;
        this.height = height;
    }

    /** Reads the options, falling back to {@code defaultTitle}. */
    static ChartOptions from(Map<String, String> options, String defaultTitle) {
        String title = options.getOrDefault("title", defaultTitle);
        return new ChartOptions(title.isBlank() ? defaultTitle : title, size(options, "width"), size(options, "height"));
    }

    private static OptionalInt size(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int pixels = Integer.parseInt(value.trim());
            if (pixels >= MIN_SIZE && pixels <= MAX_SIZE) {
                return OptionalInt.of(pixels);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException("option " + name + " must be a whole number of pixels from " + MIN_SIZE + " to "
                + MAX_SIZE + ", not \"" + abbreviate(value) + "\"");
    }

    /**
     * The top of a Vega-Lite v5 specification: {@code $schema}, {@code description}, {@code title} (with
     * {@code subtitle} if given) and the sizes that were asked for.
     */
    Map<String, Object> specification(String description, String subtitle) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
        spec.put("description", description);
        if (subtitle == null) {
            spec.put("title", title);
        } else {
            Map<String, Object> titleWithSubtitle = new LinkedHashMap<>();
            titleWithSubtitle.put("text", title);
            titleWithSubtitle.put("subtitle", subtitle);
            spec.put("title", titleWithSubtitle);
        }
        width.ifPresent(w -> spec.put("width", w));
        height.ifPresent(h -> spec.put("height", h));
        return spec;
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
