package io.lorawanbi.micrometer;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.ServerListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link io.lorawanbi.server.ServerListener} that records a {@code BiServer}'s exchanges in a
 * Micrometer {@link MeterRegistry}. Register it with {@code BiServer.Builder#listener} (with
 * {@link ServerListener#all} beside a {@link io.lorawanbi.server.RequestLog}).
 *
 * <h2>Meters</h2>
 * Names as Micrometer gives them; the Prometheus names follow in parentheses.
 * <ul>
 *   <li>{@value #REQUESTS}, a timer ({@code bi_server_requests_seconds_count}, {@code _sum},
 *       {@code _max}, {@code _bucket}): every request answered with a BI answer, from receipt to the
 *       encoded answer. Tags {@code message_type} (the request's MessageType) and {@code result_code}
 *       (the answer's ResultCode). Histogram buckets at 1, 5, 10, 25, 50, 100, 250, 500 ms, 1, 2.5, 5
 *       and 10 s.</li>
 *   <li>{@value #REFUSALS}, a counter ({@code bi_server_refusals_total}): requests refused, by tag
 *       {@code reason}: {@code unaddressed} (HTTP 400, no answer header could be built),
 *       {@code internal} (HTTP 400 after an unexpected failure), {@code authentication} (the sender was
 *       not authenticated as its SenderID; these are also in {@value #REQUESTS} with
 *       {@code result_code="UnknownSender"}).</li>
 *   <li>{@value #HANDLER_FAILURES}, a counter ({@code bi_server_handler_failures_total}): handlers
 *       that threw, failed ({@code cause="error"}) or missed their deadline ({@code cause="timeout"}),
 *       by {@code message_type}; these requests are answered {@code Other}.</li>
 *   <li>{@value #ASYNC_DELIVERIES}, a counter ({@code bi_server_async_deliveries_total}):
 *       asynchronous answers by {@code message_type} (the answer's) and {@code outcome}
 *       ({@code delivered}, or {@code failed} when dropped after the last attempt).</li>
 *   <li>{@value #INTAKE}, a counter ({@code bi_server_intake_total}): answers and notifications
 *       posted by peers and taken or failed, by {@code message_type} (the posted message's) and
 *       {@code outcome}: {@code matched}, {@code late}, {@code unmatched} (acknowledged with HTTP 200,
 *       as the consumer's {@link io.lorawanbi.server.IntakeOutcome}), {@code failed} (the consumer threw
 *       or failed) or {@code timeout} (it missed its deadline), both HTTP 500.</li>
 *   <li>{@value #INTAKE_REFUSALS}, a counter ({@code bi_server_intake_refusals_total}): posted answers
 *       and notifications refused with HTTP 400 and a bare Result, by {@code message_type} and
 *       {@code result_code} ({@code UnknownSender}, {@code UnkownReceiver}, or the version's malformed
 *       code). A posted message whose header cannot be read is a {@value #REFUSALS} with
 *       {@code reason="unaddressed"}.</li>
 * </ul>
 *
 * <h2>Bounded tags</h2>
 * Every tag takes its value from a closed set, whatever peers send: {@code message_type} is a
 * MessageType of the specification or {@code unknown} (a header without a readable MessageType);
 * {@code result_code} a ResultCode of the specification or {@code unknown} (a code a handler made
 * up). So the number of series is bounded by the specification's catalogue, never by input.
 *
 * <p>Thread-safe; meters are created on first use and kept.
 */
public final class BiMetrics implements ServerListener {

    /** The timer of answered requests. */
    public static final String REQUESTS = "bi.server.requests";
    /** The counter of refused requests. */
    public static final String REFUSALS = "bi.server.refusals";
    /** The counter of failed handlers. */
    public static final String HANDLER_FAILURES = "bi.server.handler.failures";
    /** The counter of asynchronous deliveries. */
    public static final String ASYNC_DELIVERIES = "bi.server.async.deliveries";
    /** The counter of posted answers and notifications taken or failed. */
    public static final String INTAKE = "bi.server.intake";
    /** The counter of posted answers and notifications refused. */
    public static final String INTAKE_REFUSALS = "bi.server.intake.refusals";
    /** The tag value for a MessageType or ResultCode outside the specification's, or absent. */
    public static final String UNKNOWN = "unknown";

    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    private BiMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * A listener recording into this registry. The refusal reasons are registered at once (at zero),
     * so that a scrape shows them before the first refusal.
     */
    public static BiMetrics create(MeterRegistry registry) {
        BiMetrics metrics = new BiMetrics(registry);
        for (String reason : new String[] {"unaddressed", "internal", "authentication"}) {
            metrics.refusal(reason);
        }
        return metrics;
    }

    /** The registry recorded into. */
    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void answered(Header requestHeader, ResultCode resultCode, Duration elapsed) {
        String type = typeTag(requestHeader == null ? null : requestHeader.messageType());
        String code = codeTag(resultCode);
        timers.computeIfAbsent(type + ' ' + code, k -> Timer.builder(REQUESTS)
                .description("BI requests answered, from receipt to the encoded answer")
                .tag("message_type", type).tag("result_code", code)
                .serviceLevelObjectives(BUCKETS)
                .register(registry)).record(elapsed);
    }

    @Override
    public void refused(int httpStatus, String reason, Duration elapsed) {
        refusal("internal error".equals(reason) ? "internal" : "unaddressed").increment();
    }

    @Override
    public void authenticationRefused(Header requestHeader, String reason) {
        refusal("authentication").increment();
    }

    @Override
    public void handlerFailed(Header requestHeader, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        counter(HANDLER_FAILURES, "BI handlers that threw, failed or missed their deadline",
                "message_type", typeTag(requestHeader == null ? null : requestHeader.messageType()),
                "cause", cause instanceof TimeoutException ? "timeout" : "error").increment();
    }

    @Override
    public void asyncDelivered(Header answerHeader, URI endpoint, int attempts) {
        delivery(answerHeader, "delivered").increment();
    }

    @Override
    public void asyncDeliveryFailed(Header answerHeader, URI endpoint, int attempts, String reason) {
        delivery(answerHeader, "failed").increment();
    }

    @Override
    public void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {
        intake(answerHeader, outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    @Override
    public void notificationReceived(Header notificationHeader, IntakeOutcome outcome, Duration elapsed) {
        intake(notificationHeader, outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    @Override
    public void consumerFailed(Header messageHeader, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        intake(messageHeader, cause instanceof TimeoutException ? "timeout" : "failed").increment();
    }

    @Override
    public void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {
        counter(INTAKE_REFUSALS, "posted BI answers and notifications refused",
                "message_type", typeTag(messageHeader == null ? null : messageHeader.messageType()),
                "result_code", codeTag(resultCode)).increment();
    }

    private Counter intake(@Nullable Header header, String outcome) {
        return counter(INTAKE, "posted BI answers and notifications taken or failed",
                "message_type", typeTag(header == null ? null : header.messageType()), "outcome", outcome);
    }

    private Counter refusal(String reason) {
        return counter(REFUSALS, "BI requests refused", "reason", reason, null, null);
    }

    private Counter delivery(@Nullable Header answerHeader, String outcome) {
        return counter(ASYNC_DELIVERIES, "asynchronous BI answers delivered or dropped",
                "message_type", typeTag(answerHeader == null ? null : answerHeader.messageType()), "outcome", outcome);
    }

    private Counter counter(String name, String description, String tag1, String value1,
            @Nullable String tag2, @Nullable String value2) {
        String key = name + ' ' + value1 + ' ' + value2;
        return counters.computeIfAbsent(key, k -> {
            Counter.Builder b = Counter.builder(name).description(description).tag(tag1, value1);
            if (tag2 != null && value2 != null) {
                b.tag(tag2, value2);
            }
            return b.register(registry);
        });
    }

    private static String codeTag(@Nullable ResultCode resultCode) {
        return resultCode != null && resultCode.isKnown() ? resultCode.name() : UNKNOWN;
    }

    private static String typeTag(@Nullable MessageType type) {
        return type == null ? UNKNOWN : type.name();
    }

    @Override
    public String toString() {
        return "BiMetrics[" + registry.getClass().getSimpleName() + "]";
    }
}
