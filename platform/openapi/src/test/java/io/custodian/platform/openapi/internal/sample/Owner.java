package io.custodian.platform.openapi.internal.sample;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;

/** A classic bean: getters, an is-getter, a renamed and an ignored property. */
public class Owner {
    private String name;
    private boolean active;
    private URI homePage;
    private String secret;

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    @JsonProperty("home")
    public URI getHomePage() {
        return homePage;
    }

    @JsonIgnore
    public String getSecret() {
        return secret;
    }

    public static Owner none() {
        return new Owner();
    }
}
