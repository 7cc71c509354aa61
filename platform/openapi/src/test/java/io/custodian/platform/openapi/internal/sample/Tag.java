package io.custodian.platform.openapi.internal.sample;

public record Tag(String key, String value) {
}
