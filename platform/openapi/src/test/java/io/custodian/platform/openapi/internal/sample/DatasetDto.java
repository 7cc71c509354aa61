package io.custodian.platform.openapi.internal.sample;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

public record DatasetDto(
        UUID id,
        String name,
        Instant createdAt,
        OffsetDateTime updatedAt,
        Status status,
        List<String> tags,
        Set<Tag> labels,
        Optional<String> description,
        Owner owner,
        Map<String, Integer> counts,
        long version,
        boolean deleted,
        double score) {

    public enum Status { DRAFT, PUBLISHED, RETIRED }
}
