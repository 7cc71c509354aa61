package io.custodian.platform.openapi.internal.sample;

public class TagResource implements TagApi {

    @Override
    public Tag get(String key) {
        return new Tag(key, "");
    }
}
