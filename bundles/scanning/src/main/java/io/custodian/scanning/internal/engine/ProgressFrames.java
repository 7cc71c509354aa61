package io.custodian.scanning.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates a run's percent without counting the source first. Each container being walked is a frame of equal
 * units: one per sub-container, plus one for its own assets (the root has no assets). A sub-container's unit fills as
 * its own frame does; the assets unit fills when the assets are read or, on a re-scan while they are, by the share
 * reported for them (the listing read against the number the catalog holds from the previous scan, then the changed
 * assets described); on a first scan the unit stays empty until the stream ends. So the percent moves by containers, smoothly within a container on a re-scan, and never goes back.
 * Used by the reading thread only.
 */
final class ProgressFrames {

    private static final class Frame {
        final int units;
        int done;
        double assetShare;

        Frame(int units) {
            this.units = units;
        }
    }

    private final List<Frame> frames = new ArrayList<>();
    private int highest;

    /** A container's walk begins, with this many units. */
    void enter(int units) {
        frames.add(new Frame(units));
    }

    /** The share (0..1) of the current container's assets read so far. */
    void assetShare(double share) {
        if (!frames.isEmpty()) {
            top().assetShare = Math.max(0, Math.min(1, share));
        }
    }

    /** One unit of the current container is done (its assets, or a sub-container that was left out or failed). */
    void unitDone() {
        if (!frames.isEmpty()) {
            Frame top = top();
            top.done = Math.min(top.units, top.done + 1);
            top.assetShare = 0;
        }
    }

    /** The current container's walk is over: it counts as one done unit of its parent. */
    void leave() {
        if (!frames.isEmpty()) {
            frames.remove(frames.size() - 1);
            unitDone();
        }
    }

    /** The estimate, 0..100, never lower than an earlier answer. */
    int percent() {
        double inner = 0;
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame frame = frames.get(i);
            if (frame.units == 0) {
                inner = 1;
                continue;
            }
            double within = i == frames.size() - 1 ? frame.assetShare : inner;
            inner = Math.min(1, (frame.done + within) / frame.units);
        }
        highest = Math.max(highest, (int) Math.floor(inner * 100));
        return highest;
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }
}
