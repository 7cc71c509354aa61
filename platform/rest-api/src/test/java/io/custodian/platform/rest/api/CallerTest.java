package io.custodian.platform.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.custodian.platform.audit.api.Origin;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who the current caller is on a thread, inside and outside of work done for someone. */
class CallerTest {

    @AfterEach
    void unbind() {
        Caller.unbind();
    }

    @Test
    void workDoneForAShellUserIsTheirsAndThePreviousCallerComesBack() {
        Caller request = new Caller(Optional.of("ada"), new Origin("10.0.0.1", "curl", "c-1"));
        Caller.bind(request);

        String inside = Caller.callAs(Caller.shell("karaf"), () -> Caller.current().actor() + "@" + Caller.current().origin().userAgent());

        assertEquals("karaf@karaf-shell", inside);
        assertEquals(request, Caller.current());
    }

    @Test
    void aFailingPieceOfWorkStillRestoresAndOutsideAnyCallerItIsTheSystem() {
        assertThrows(IllegalStateException.class, () -> Caller.callAs(Caller.shell(" "), () -> {
            assertEquals("anonymous", Caller.current().actor(), "a blank shell user is nobody");
            throw new IllegalStateException("boom");
        }));
        assertEquals(Origin.SYSTEM, Caller.current().origin());
        assertEquals("anonymous", Caller.current().actor());
    }
}
