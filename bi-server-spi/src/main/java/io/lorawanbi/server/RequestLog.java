package io.lorawanbi.server;

import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.internal.LogLine;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ServerListener} that writes one line per exchange through {@link System.Logger}: who asked
 * what, how it was answered, and how long it took. Register it with {@link BiServer.Builder#listener}
 * (with {@link ServerListener#all} beside other listeners).
 *
 * <h2>Lines</h2>
 * Every line is a list of {@code key=value} pairs separated by one space, starting with {@code event}:
 * <table>
 *   <caption>Events and their keys</caption>
 *   <tr><th>event</th><th>when</th><th>keys after {@code event}</th></tr>
 *   <tr><td>{@code answered}</td><td>a request got a BI answer (HTTP 200, or acknowledged and
 *       delivered asynchronously)</td><td>the request header's {@code ProtocolVersion MessageType
 *       SenderID ReceiverID TransactionID}, then {@code ResultCode elapsed_ms}</td></tr>
 *   <tr><td>{@code refused}</td><td>a request got only an HTTP error status: its header could not
 *       be read far enough to address an answer</td><td>{@code http_status reason elapsed_ms}</td></tr>
 *   <tr><td>{@code authentication-refused}</td><td>the sender was not authenticated as its SenderID;
 *       an {@code answered} line with {@code ResultCode=UnknownSender} follows</td><td>the request
 *       header's five keys, then {@code reason}</td></tr>
 *   <tr><td>{@code handler-failed}</td><td>the handler threw, failed or missed its deadline; an
 *       {@code answered} line with {@code ResultCode=Other} follows</td><td>the request header's five
 *       keys, then {@code failure}: {@code timeout}, or the exception's class name (never its
 *       message)</td></tr>
 *   <tr><td>{@code async-delivered}</td><td>an asynchronous answer was accepted by the peer</td>
 *       <td>the answer header's five keys, then {@code endpoint attempts}</td></tr>
 *   <tr><td>{@code async-failed}</td><td>an asynchronous answer was dropped after its last
 *       attempt</td><td>the answer header's five keys, then {@code endpoint attempts reason}</td></tr>
 *   <tr><td>{@code answer-received}</td><td>an answer posted by a peer was taken (HTTP 200)</td>
 *       <td>the answer header's five keys, then {@code outcome} ({@code matched}, {@code late} or
 *       {@code unmatched}, as {@link IntakeOutcome}) and {@code elapsed_ms}</td></tr>
 *   <tr><td>{@code notification-received}</td><td>a notification posted by a peer was taken (HTTP
 *       200)</td><td>the notification header's five keys, then {@code outcome elapsed_ms}</td></tr>
 *   <tr><td>{@code intake-refused}</td><td>a posted answer or notification was refused with HTTP 400
 *       and a bare Result; no consumer ran</td><td>the posted header's five keys, then
 *       {@code ResultCode reason}</td></tr>
 *   <tr><td>{@code consumer-failed}</td><td>the answer or notification consumer threw, failed or
 *       missed its deadline (HTTP 500)</td><td>the posted header's five keys, then {@code failure}:
 *       {@code timeout}, or the exception's class name (never its message)</td></tr>
 * </table>
 * So each exchange has exactly one terminal line: {@code answered} or {@code refused} for a request,
 * {@code answer-received}, {@code notification-received}, {@code intake-refused},
 * {@code consumer-failed} or {@code refused} (a header that could not be read) for a posted answer or
 * notification. The others give causes and later outcomes, and share the terminal line's
 * {@code TransactionID}. {@code elapsed_ms} is the time from receipt
 * to the encoded answer in milliseconds with three decimals. A member the request did not carry
 * readably is {@code -}. {@code endpoint} is written without user information, query or fragment.
 *
 * <p>Values are escaped so that no input can forge a line or a key: a value of letters, digits and
 * {@code . _ : / @ + -} is written bare, any other in double quotes with {@code \\}, {@code "} and every
 * control or line-breaking character escaped ({@code \n}, {@code \r}, {@code \t}, else {@code \\uXXXX}),
 * and cut after 200 characters ({@code ...} marks the cut). Keys and their order are stable; new keys
 * are only ever added at the end of a line. No line carries a key, token (SenderToken, ReceiverToken,
 * bearer token) or other credential.
 *
 * <p>Example:
 * <pre>{@code
 * event=answered ProtocolVersion=1.1 MessageType=HomeNSReq SenderID=000013 ReceiverID=70B3D57ED0000001 TransactionID=42 ResultCode=Success elapsed_ms=0.871
 * }</pre>
 *
 * <p>Immutable and thread-safe. A line is built only when the logger would write it.
 */
public final class RequestLog implements ServerListener {

    /** The logger name used by {@link #create()}: {@value}. */
    public static final String DEFAULT_LOGGER_NAME = "io.lorawanbi.server.RequestLog";

    private final System.Logger logger;
    private final System.Logger.Level level;

    private RequestLog(System.Logger logger, System.Logger.Level level) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.level = Objects.requireNonNull(level, "level");
        if (level == System.Logger.Level.OFF || level == System.Logger.Level.ALL) {
            throw new IllegalArgumentException("a request log writes at a real level, not " + level);
        }
    }

    /** A request log at {@code INFO} on the logger {@value #DEFAULT_LOGGER_NAME}. */
    public static RequestLog create() {
        return create(DEFAULT_LOGGER_NAME, System.Logger.Level.INFO);
    }

    /**
     * A request log on a logger of this name.
     *
     * @param loggerName the name given to {@link System#getLogger(String)}
     * @param level the level every line is written at (not {@code OFF} or {@code ALL})
     * @throws IllegalArgumentException for {@code OFF} or {@code ALL}
     */
    public static RequestLog create(String loggerName, System.Logger.Level level) {
        return new RequestLog(System.getLogger(Objects.requireNonNull(loggerName, "loggerName")), level);
    }

    /**
     * A request log on this logger.
     *
     * @param logger where lines go
     * @param level the level every line is written at (not {@code OFF} or {@code ALL})
     * @throws IllegalArgumentException for {@code OFF} or {@code ALL}
     */
    public static RequestLog create(System.Logger logger, System.Logger.Level level) {
        return new RequestLog(logger, level);
    }

    /** The level lines are written at. */
    public System.Logger.Level level() {
        return level;
    }

    /** The logger's name. */
    public String loggerName() {
        return logger.getName();
    }

    @Override
    public void answered(Header requestHeader, ResultCode resultCode, Duration elapsed) {
        if (logger.isLoggable(level)) {
            write(header("answered", requestHeader).add("ResultCode", resultCode.name()).add("elapsed_ms", millis(elapsed)));
        }
    }

    @Override
    public void refused(int httpStatus, String reason, Duration elapsed) {
        if (logger.isLoggable(level)) {
            write(new LogLine("refused").add("http_status", httpStatus).add("reason", reason)
                    .add("elapsed_ms", millis(elapsed)));
        }
    }

    @Override
    public void authenticationRefused(Header requestHeader, String reason) {
        if (logger.isLoggable(level)) {
            write(header("authentication-refused", requestHeader).add("reason", reason));
        }
    }

    @Override
    public void handlerFailed(Header requestHeader, Throwable failure) {
        if (logger.isLoggable(level)) {
            write(header("handler-failed", requestHeader).add("failure", failureName(failure)));
        }
    }

    @Override
    public void asyncDelivered(Header answerHeader, URI endpoint, int attempts) {
        if (logger.isLoggable(level)) {
            write(header("async-delivered", answerHeader).addEndpoint("endpoint", endpoint).add("attempts", attempts));
        }
    }

    @Override
    public void asyncDeliveryFailed(Header answerHeader, URI endpoint, int attempts, String reason) {
        if (logger.isLoggable(level)) {
            write(header("async-failed", answerHeader).addEndpoint("endpoint", endpoint).add("attempts", attempts)
                    .add("reason", reason));
        }
    }

    @Override
    public void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {
        if (logger.isLoggable(level)) {
            write(header("answer-received", answerHeader).add("outcome", outcome(outcome))
                    .add("elapsed_ms", millis(elapsed)));
        }
    }

    @Override
    public void notificationReceived(Header notificationHeader, IntakeOutcome outcome, Duration elapsed) {
        if (logger.isLoggable(level)) {
            write(header("notification-received", notificationHeader).add("outcome", outcome(outcome))
                    .add("elapsed_ms", millis(elapsed)));
        }
    }

    @Override
    public void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {
        if (logger.isLoggable(level)) {
            write(header("intake-refused", messageHeader).add("ResultCode", resultCode == null ? null : resultCode.name())
                    .add("reason", reason));
        }
    }

    @Override
    public void consumerFailed(Header messageHeader, Throwable failure) {
        if (logger.isLoggable(level)) {
            write(header("consumer-failed", messageHeader).add("failure", failureName(failure)));
        }
    }

    private static String failureName(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof TimeoutException ? "timeout" : cause.getClass().getName();
    }

    private static String outcome(@Nullable IntakeOutcome outcome) {
        return outcome == null ? null : outcome.name().toLowerCase(Locale.ROOT);
    }

    private void write(LogLine line) {
        logger.log(level, line.toString());
    }

    private static LogLine header(String event, @Nullable Header h) {
        LogLine line = new LogLine(event);
        if (h == null) {
            return line.add("ProtocolVersion", null).add("MessageType", null).add("SenderID", null)
                    .add("ReceiverID", null).add("TransactionID", null);
        }
        return line.add("ProtocolVersion", h.protocolVersion() == null ? null : h.protocolVersion().value())
                .add("MessageType", h.messageType()).add("SenderID", h.senderId()).add("ReceiverID", h.receiverId())
                .add("TransactionID", h.transactionId());
    }

    private static String millis(Duration elapsed) {
        return String.format(Locale.ROOT, "%.3f", elapsed.toNanos() / 1e6);
    }

    @Override
    public String toString() {
        return "RequestLog[" + logger.getName() + " at " + level + "]";
    }
}
