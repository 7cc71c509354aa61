package io.custodian.scanning.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressFramesTest {

    @Test
    void containersFillTheirShareOfTheirParent() {
        ProgressFrames frames = new ProgressFrames();
        frames.enter(2); // two databases
        assertEquals(0, frames.percent());

        frames.enter(3); // first database: its own assets and two schemas
        frames.unitDone(); // its assets
        assertEquals(16, frames.percent(), "1/3 of 1/2");
        frames.enter(1); // a schema: only assets
        frames.assetShare(0.5);
        assertEquals(25, frames.percent(), "(1 + 0.5) / 3 of 1/2");
        frames.unitDone();
        frames.leave();
        assertEquals(33, frames.percent());
        frames.unitDone(); // the second schema was left out
        frames.leave();
        assertEquals(50, frames.percent());
    }

    @Test
    void thePercentNeverGoesBack() {
        ProgressFrames frames = new ProgressFrames();
        frames.enter(1);
        frames.enter(1);
        frames.assetShare(0.9);
        assertEquals(90, frames.percent());
        frames.assetShare(0.1);
        assertEquals(90, frames.percent());
    }

    @Test
    void aSourceWithoutContainersIsDone() {
        ProgressFrames frames = new ProgressFrames();
        frames.enter(0);
        assertEquals(100, frames.percent());
    }
}
