package io.custodian.scanning.internal.rest;

import io.custodian.scanning.api.ScanRun;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.sse.OutboundSseEvent;
import javax.ws.rs.sse.Sse;
import javax.ws.rs.sse.SseEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events of one run: a {@value #PROGRESS} event with the run at once and then whenever it moved, at most
 * every {@value #PERIOD_MILLIS} ms; when it ends, one final event named after its end ({@value #COMPLETED} for
 * completed and partial runs, {@value #FAILED} for failed and skipped ones, {@value #CANCELLED}), after which the
 * stream closes. A comment every {@value #KEEP_ALIVE_MILLIS} ms of silence keeps proxies from closing a quiet stream.
 * Each event's data is the run as JSON, the same as {@code GET /scans/runs/{id}}. The final event of a run this node
 * executes is sent as soon as the run is stored, not at the next look, so a client that waits for the end of the
 * stream learns it at once.
 */
final class RunEventStreams {

    static final String PROGRESS = "progress";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";
    static final long PERIOD_MILLIS = 250;
    static final long KEEP_ALIVE_MILLIS = 15_000;

    private static final Logger LOG = LoggerFactory.getLogger(RunEventStreams.class);

    private final ScheduledExecutorService timers;
    private final Function<String, Optional<ScanRun>> runs;
    private final Function<String, Optional<CompletableFuture<ScanRun>>> completions;

    /**
     * @param timers      where the polling runs
     * @param runs        the run by id, live while it runs
     * @param completions for a run this node has queued or running, completed once its final state is stored
     */
    RunEventStreams(ScheduledExecutorService timers, Function<String, Optional<ScanRun>> runs,
                    Function<String, Optional<CompletableFuture<ScanRun>>> completions) {
        this.timers = timers;
        this.runs = runs;
        this.completions = completions;
    }

    /** Streams {@code run} into {@code sink} until it ends or the client goes away. */
    void open(ScanRun run, SseEventSink sink, Sse sse) {
        RunStream stream = new RunStream(run.id(), sink, sse);
        stream.sendAndContinue(run);
        completions.apply(run.id()).ifPresent(finished -> finished.whenComplete((last, failure) -> lookNow(stream)));
    }

    private void lookNow(RunStream stream) {
        try {
            timers.execute(stream::tick);
        } catch (RejectedExecutionException e) {
            // The scanning service is stopping; the stream closes with it.
        }
    }

    /** The name of the event that reports {@code run}. */
    static String eventName(ScanRun run) {
        if (!run.status().finished()) {
            return PROGRESS;
        }
        return switch (run.status()) {
            case COMPLETED, PARTIAL -> COMPLETED;
            case CANCELLED -> CANCELLED;
            default -> FAILED;
        };
    }

    private final class RunStream {
        private final String runId;
        private final SseEventSink sink;
        private final Sse sse;
        private ScanRun last;
        private long lastSentNanos;
        private long sequence;

        RunStream(String runId, SseEventSink sink, Sse sse) {
            this.runId = runId;
            this.sink = sink;
            this.sse = sse;
        }

        /** Sends the run; schedules the next look unless the run is over or the client left. */
        synchronized void sendAndContinue(ScanRun run) {
            if (!send(event(run))) {
                return;
            }
            last = run;
            if (run.status().finished()) {
                close();
                return;
            }
            schedule();
        }

        /** Looks at the run: from the timer, and once more right when it finishes (so both may call; one sends the end). */
        synchronized void tick() {
            if (sink.isClosed() || (last != null && last.status().finished())) {
                return;
            }
            Optional<ScanRun> now = runs.apply(runId);
            if (now.isEmpty()) {
                close();
            } else if (now.get().status().finished() || moved(last, now.get())) {
                sendAndContinue(now.get());
            } else if (System.nanoTime() - lastSentNanos > TimeUnit.MILLISECONDS.toNanos(KEEP_ALIVE_MILLIS)) {
                if (send(sse.newEventBuilder().comment("still running").build())) {
                    schedule();
                }
            } else {
                schedule();
            }
        }

        private OutboundSseEvent event(ScanRun run) {
            return sse.newEventBuilder().name(eventName(run)).id(Long.toString(++sequence))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ScanRun.class, run).build();
        }

        private boolean send(OutboundSseEvent event) {
            try {
                sink.send(event);
                lastSentNanos = System.nanoTime();
                return true;
            } catch (RuntimeException e) {
                LOG.debug("Event stream of scan run {} ended: the client went away", runId, e);
                close();
                return false;
            }
        }

        private void schedule() {
            try {
                timers.schedule(this::tick, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                close(); // the scanning service is stopping
            }
        }

        private void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debug("Event stream of scan run {} could not be closed", runId, e);
            }
        }
    }

    /** Whether anything a client shows changed (the elapsed times alone do not count). */
    static boolean moved(ScanRun before, ScanRun now) {
        return before == null || before.status() != now.status() || !before.counts().equals(now.counts())
                || before.percent() != now.percent() || !Objects.equals(before.currentObject(), now.currentObject());
    }
}
