package io.custodian.plugins.patterns;

import io.custodian.plugin.api.classifier.ColumnProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The usual {@link NameRule}: the column name mentions one of the hints (see {@link ColumnName#mentions})
 * and none of its words is a veto word. Vetoes keep {@code email_verified}, {@code card_type} or
 * {@code phone_country_code} from counting as the value itself.
 */
final class NameHints implements NameRule {

    private final List<String> hints;
    private final Set<String> vetoes;

    /** Hints in the order they are tried (the first match is named in the evidence) and veto words. */
    NameHints(List<String> hints, Set<String> vetoes) {
        this.hints = List.copyOf(hints);
        this.vetoes = Set.copyOf(vetoes);
    }

    @Override
    public Optional<String> match(ColumnProfile column) {
        ColumnName name = ColumnName.of(column.column());
        if (name.words().stream().anyMatch(vetoes::contains)) {
            return Optional.empty();
        }
        return hints.stream().filter(name::mentions).findFirst().map(hint -> "column name mentions \"" + hint + "\"");
    }
}
