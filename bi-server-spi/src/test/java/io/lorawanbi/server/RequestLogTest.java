package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import io.lorawanbi.server.auth.VerifiedToken;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request log: one stable, escaped line per exchange, and its cause and delivery lines. */
@Timeout(20)
class RequestLogTest {

    static final BiCodec CODEC = BiCodec.standard();
    static final String TOKEN = "bearer-token-77aa-e3c1";
    static final EUI64 THROWS = EUI64.parse("00000000000000F1");
    static final EUI64 SLOW = EUI64.parse("00000000000000F4");
    static final String HANDLER_MESSAGE = "password=hunter2 in the registry URL";
    /** One line: event first, then key=value pairs whose values are bare or quoted, nothing else. */
    static final Pattern LINE = Pattern.compile(
            "event=[a-z-]+( [A-Za-z_]+=([A-Za-z0-9._:/@+-]+|\"([^\"\\\\\\p{Cntrl}\\u2028\\u2029]|\\\\.)*\"))*");

    /** A System.Logger that keeps what it is given at or above its threshold. */
    static final class Captured implements System.Logger {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<Level> levels = new CopyOnWriteArrayList<>();
        final Level threshold;

        Captured(Level threshold) {
            this.threshold = threshold;
        }

        @Override
        public String getName() {
            return "captured";
        }

        @Override
        public boolean isLoggable(Level level) {
            return level.getSeverity() >= threshold.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                lines.add(msg);
                levels.add(level);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            log(level, bundle, format, (Throwable) null);
        }

        @Override
        public void log(Level level, Supplier<String> msgSupplier) {
            log(level, null, msgSupplier.get(), (Throwable) null);
        }
    }

    final Captured logger = new Captured(System.Logger.Level.INFO);

    BiServer.Builder server(ServerListener listener) {
        return BiServer.builder()
                .authenticator(BearerTokenAuthenticator.of(token -> token.equals(TOKEN)
                        ? Optional.of(new VerifiedToken("partner", Map.of())) : Optional.empty(),
                        t -> Optional.of(Fixtures.NET_ID)))
                .handlerTimeout(Duration.ofMillis(300))
                .listener(listener)
                .homeNsHandler((req, ctx) -> {
                    if (req.devEui().equals(THROWS)) {
                        throw new IllegalStateException(HANDLER_MESSAGE);
                    }
                    if (req.devEui().equals(SLOW)) {
                        return new CompletableFuture<>(); // never completes: the deadline answers
                    }
                    return CompletableFuture.completedFuture(HomeNSOutcome.found(Fixtures.HOME_NET_ID));
                });
    }

    static byte[] homeNs(EUI64 devEui, long transactionId) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .transactionId(transactionId).senderToken(HexBytes.parse("5EC7E7")).build();
        return CODEC.encode(new HomeNSReq(h, devEui));
    }

    static InboundRequest withToken(byte[] body) {
        return InboundRequest.builder(body).headers(RequestHeaders.of("Authorization", "Bearer " + TOKEN)).build();
    }

    @Test
    void an_answered_exchange_is_one_line_with_the_header_the_code_and_the_time() {
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO)).build();
        server.handle(withToken(homeNs(Fixtures.DEV_EUI, 42)));
        assertThat(logger.lines).hasSize(1);
        assertThat(logger.lines.get(0)).matches("event=answered ProtocolVersion=1\\.1 MessageType=HomeNSReq "
                + "SenderID=000013 ReceiverID=70B3D57ED0000000 TransactionID=42 ResultCode=Success elapsed_ms=\\d+\\.\\d{3}");
        assertThat(logger.levels).containsExactly(System.Logger.Level.INFO);
        assertNoSecret();
    }

    @Test
    void an_unauthenticated_sender_gets_a_cause_line_before_its_answer() {
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO)).build();
        server.handle(InboundRequest.builder(homeNs(Fixtures.DEV_EUI, 7))
                .headers(RequestHeaders.of("Authorization", "Bearer wrong-" + TOKEN)).build());
        server.handle(InboundRequest.of(homeNs(Fixtures.DEV_EUI, 8)));
        assertThat(logger.lines).hasSize(4);
        assertThat(logger.lines.get(0)).startsWith("event=authentication-refused ProtocolVersion=1.1 MessageType=HomeNSReq "
                + "SenderID=000013 ReceiverID=70B3D57ED0000000 TransactionID=7 reason=");
        assertThat(logger.lines.get(1)).contains("event=answered ", "TransactionID=7 ResultCode=UnknownSender");
        assertThat(logger.lines.get(2)).isEqualTo("event=authentication-refused ProtocolVersion=1.1 MessageType=HomeNSReq "
                + "SenderID=000013 ReceiverID=70B3D57ED0000000 TransactionID=8 reason=\"no credential accepted\"");
        assertThat(logger.lines.get(3)).contains("TransactionID=8 ResultCode=UnknownSender");
        assertNoSecret();
    }

    @Test
    void a_failing_or_late_handler_is_named_by_its_failure_class_never_its_message() {
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO)).build();
        server.handle(withToken(homeNs(THROWS, 1)));
        server.handle(withToken(homeNs(SLOW, 2)));
        assertThat(logger.lines).containsExactly(
                "event=handler-failed ProtocolVersion=1.1 MessageType=HomeNSReq SenderID=000013 "
                        + "ReceiverID=70B3D57ED0000000 TransactionID=1 failure=java.lang.IllegalStateException",
                logger.lines.get(1),
                "event=handler-failed ProtocolVersion=1.1 MessageType=HomeNSReq SenderID=000013 "
                        + "ReceiverID=70B3D57ED0000000 TransactionID=2 failure=timeout",
                logger.lines.get(3));
        assertThat(logger.lines.get(1)).contains("TransactionID=1 ResultCode=Other elapsed_ms=");
        assertThat(logger.lines.get(3)).contains("TransactionID=2 ResultCode=Other elapsed_ms=");
        assertThat(String.join("\n", logger.lines)).doesNotContain("hunter2");
    }

    @Test
    void an_unaddressable_request_is_a_refused_line_with_its_status() {
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO)).build();
        server.handle(withToken("not json".getBytes(StandardCharsets.UTF_8)));
        assertThat(logger.lines).hasSize(1);
        assertThat(logger.lines.get(0)).matches("event=refused http_status=400 reason=\"[^\"]+\" elapsed_ms=\\d+\\.\\d{3}");
    }

    @Test
    void hostile_header_values_cannot_forge_a_line_or_a_key() {
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO)).build();
        String good = new String(homeNs(Fixtures.DEV_EUI, 9), StandardCharsets.UTF_8);
        String forged = " ResultCode=Success\nevent=answered SenderID=000013\r\u2028\u0085\"\\";
        // An unsupported ProtocolVersion is answered (InvalidProtocolVersion) with the version echoed.
        String hostileVersion = good.replace("\"ProtocolVersion\":\"1.1\"",
                "\"ProtocolVersion\":\"" + jsonEscape("9.9" + forged) + "\"");
        // An unreadable SenderID makes the request unaddressable: refused, with the reason.
        String hostileSender = good.replace("\"SenderID\":\"000013\"", "\"SenderID\":\"" + jsonEscape(forged) + "\"");
        assertThat(hostileVersion).isNotEqualTo(good);
        assertThat(hostileSender).isNotEqualTo(good);
        server.handle(withToken(hostileVersion.getBytes(StandardCharsets.UTF_8)));
        server.handle(withToken(hostileSender.getBytes(StandardCharsets.UTF_8)));
        assertThat(logger.lines).hasSize(2);
        for (String line : logger.lines) {
            assertThat(line).matches(LINE).doesNotContain("\n", "\r", "\u2028", "\u0085");
        }
        Map<String, String> answered = pairs(logger.lines.get(0));
        assertThat(answered).containsEntry("event", "answered").containsEntry("ResultCode", "InvalidProtocolVersion")
                .containsEntry("SenderID", "000013")
                .containsEntry("ProtocolVersion", "\"9.9 ResultCode=Success\\nevent=answered SenderID=000013"
                        + "\\r\\u2028\\u0085\\\"\\\\\"");
        assertThat(pairs(logger.lines.get(1))).containsEntry("event", "refused").containsKeys("reason", "elapsed_ms");
    }

    /** The line's pairs, in order; fails on a repeated key. */
    static Map<String, String> pairs(String line) {
        java.util.regex.Matcher m = Pattern.compile("(?:^| )([A-Za-z_]+)=([A-Za-z0-9._:/@+-]+|\"(?:[^\"\\\\]|\\\\.)*\")")
                .matcher(line);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).as("pairs are contiguous in %s", line).isEqualTo(end);
            assertThat(out.put(m.group(1), m.group(2))).as("key %s once in %s", m.group(1), line).isNull();
            end = m.end();
        }
        assertThat(end).as("the whole line is pairs: %s", line).isEqualTo(line.length());
        return out;
    }

    @Test
    void async_deliveries_are_logged_without_the_endpoints_credentials() throws Exception {
        URI endpoint = URI.create("https://user:secret-pass@peer.example.com:8443/bi/answers?token=tok-123");
        AnswerSender failsOnce = new AnswerSender() {
            int calls;

            @Override
            public synchronized java.util.concurrent.CompletionStage<Integer> post(URI to, byte[] body, Duration timeout) {
                return CompletableFuture.completedFuture(calls++ == 0 ? 503 : 200);
            }
        };
        BiServer server = server(RequestLog.create(logger, System.Logger.Level.INFO))
                .answerMode(Fixtures.NET_ID, AnswerMode.async(endpoint)).answerSender(failsOnce).build();
        assertThat(server.handle(withToken(homeNs(Fixtures.DEV_EUI, 11))).status()).isEqualTo(200);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (logger.lines.size() < 2 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(logger.lines).hasSize(2);
        assertThat(logger.lines.get(0)).contains("event=answered ", "TransactionID=11 ResultCode=Success");
        assertThat(logger.lines.get(1)).isEqualTo("event=async-delivered ProtocolVersion=1.1 MessageType=HomeNSAns "
                + "SenderID=70B3D57ED0000000 ReceiverID=000013 TransactionID=11 "
                + "endpoint=https://peer.example.com:8443/bi/answers attempts=2");
        assertThat(String.join("\n", logger.lines)).doesNotContain("secret-pass", "tok-123", "user");
    }

    @Test
    void nothing_is_built_or_written_below_the_loggers_threshold() {
        Captured quiet = new Captured(System.Logger.Level.WARNING);
        server(RequestLog.create(quiet, System.Logger.Level.INFO)).build().handle(withToken(homeNs(Fixtures.DEV_EUI, 1)));
        assertThat(quiet.lines).isEmpty();
        server(RequestLog.create(quiet, System.Logger.Level.WARNING)).build().handle(withToken(homeNs(Fixtures.DEV_EUI, 2)));
        assertThat(quiet.lines).hasSize(1);
        assertThat(quiet.levels).containsExactly(System.Logger.Level.WARNING);
    }

    @Test
    void the_defaults_and_the_levels_that_are_no_levels() {
        RequestLog log = RequestLog.create();
        assertThat(log.loggerName()).isEqualTo("io.lorawanbi.server.RequestLog").isEqualTo(RequestLog.DEFAULT_LOGGER_NAME);
        assertThat(log.level()).isEqualTo(System.Logger.Level.INFO);
        assertThatThrownBy(() -> RequestLog.create("x", System.Logger.Level.OFF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestLog.create("x", System.Logger.Level.ALL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void all_listeners_are_called_even_when_one_throws() {
        ServerListener throwing = new ServerListener() {
            @Override
            public void answered(Header requestHeader, io.lorawanbi.model.ResultCode resultCode, Duration elapsed) {
                throw new IllegalStateException("listener bug");
            }
        };
        Captured second = new Captured(System.Logger.Level.INFO);
        BiServer server = server(ServerListener.all(throwing, RequestLog.create(logger, System.Logger.Level.INFO),
                RequestLog.create(second, System.Logger.Level.INFO))).build();
        server.handle(withToken(homeNs(Fixtures.DEV_EUI, 5)));
        server.handle(withToken("{".getBytes(StandardCharsets.UTF_8)));
        assertThat(logger.lines).hasSize(2);
        assertThat(second.lines).isEqualTo(logger.lines);
    }

    private void assertNoSecret() {
        String all = String.join("\n", logger.lines);
        assertThat(all).doesNotContain(TOKEN, "5EC7E7", "5ec7e7");
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
