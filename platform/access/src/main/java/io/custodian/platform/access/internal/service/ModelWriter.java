package io.custodian.platform.access.internal.service;

import io.custodian.platform.access.internal.AccessErrorCode;
import io.custodian.platform.access.internal.LiveAccessDecider;
import io.custodian.platform.access.internal.store.StoreSession;
import io.custodian.platform.authz.api.InvalidModelException;
import io.custodian.platform.rest.api.CustodianException;
import java.util.function.Function;

/** Writes through the live decider, which refuses a change the engine cannot compile. */
final class ModelWriter {

    private final LiveAccessDecider decider;

    ModelWriter(LiveAccessDecider decider) {
        this.decider = decider;
    }

    /**
     * @throws CustodianException {@code access.invalid_model} (400) naming the cycle, unknown role or
     *                            bad condition; nothing is stored
     */
    <T> T write(Function<StoreSession, T> work) {
        try {
            return decider.change(work);
        } catch (InvalidModelException e) {
            throw new CustodianException(AccessErrorCode.INVALID_MODEL, e.getMessage());
        }
    }
}
