package io.custodian.platform.openapi.internal.sample;

import java.util.List;
import java.util.Optional;

public record Page<T>(List<T> items, Optional<String> next) {
}
