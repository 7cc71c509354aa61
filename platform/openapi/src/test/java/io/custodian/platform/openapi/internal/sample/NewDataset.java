package io.custodian.platform.openapi.internal.sample;

import java.util.List;

public record NewDataset(String name, List<Tag> tags) {
}
