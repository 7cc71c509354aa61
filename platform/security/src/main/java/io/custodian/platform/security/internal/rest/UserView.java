package io.custodian.platform.security.internal.rest;

import io.custodian.platform.security.api.Account;
import java.util.List;

/** A user as the API shows it to that user. */
public record UserView(String name, List<String> roles, boolean mustChangePassword) {

    static UserView of(Account account) {
        return new UserView(account.name(), account.roles().stream().sorted().toList(), account.mustChangePassword());
    }
}
