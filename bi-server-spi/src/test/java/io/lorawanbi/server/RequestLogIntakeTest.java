package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.PRStartNotif;
import io.lorawanbi.model.message.XmitDataAns;
import io.lorawanbi.model.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The request log of posted answers and notifications: one terminal line per POST, like a request's. */
@Timeout(20)
class RequestLogIntakeTest {

    static final BiCodec CODEC = BiCodec.standard();
    static final String CONSUMER_MESSAGE = "password=hunter2 at redis-3";
    static final SenderAuthenticator BOTH_PEERS = SenderAuthenticator.insecureSenderAllowList(
            Set.of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID, Fixtures.JOIN_EUI));

    final RequestLogTest.Captured logger = new RequestLogTest.Captured(System.Logger.Level.INFO);
    final RequestLog log = RequestLog.create(logger, System.Logger.Level.INFO);

    BiServer.Builder server() {
        return BiServer.builder().authenticator(BOTH_PEERS).listener(log).handlerTimeout(Duration.ofMillis(300));
    }

    static OutboundResponse post(BiServer server, BiMessage message) {
        return server.handle(InboundRequest.of(CODEC.encode(message)));
    }

    static String headerKeys(BiMessage m) {
        return "ProtocolVersion=" + m.header().protocolVersion().value() + " MessageType=" + m.messageType().name()
                + " SenderID=" + m.header().senderId() + " ReceiverID=" + m.header().receiverId()
                + " TransactionID=" + m.header().transactionId();
    }

    @Test
    void a_taken_answer_and_notification_are_one_line_each_with_their_outcome_and_time() {
        BiServer server = server()
                .answerConsumer((answer, ctx) -> CompletableFuture.completedFuture(IntakeOutcome.LATE))
                .build(); // no notification consumer: unmatched
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1);
        PRStartNotif notif = Fixtures.prStartNotif();

        assertThat(post(server, answer).status()).isEqualTo(200);
        assertThat(post(server, notif).status()).isEqualTo(200);

        assertThat(logger.lines).hasSize(2);
        assertThat(logger.lines.get(0)).matches("event=answer-received " + java.util.regex.Pattern.quote(headerKeys(answer))
                + " outcome=late elapsed_ms=\\d+\\.\\d{3}");
        assertThat(logger.lines.get(1)).matches("event=notification-received " + java.util.regex.Pattern.quote(headerKeys(notif))
                + " outcome=unmatched elapsed_ms=\\d+\\.\\d{3}");
        assertThat(logger.levels).containsOnly(System.Logger.Level.INFO);
    }

    @Test
    void a_matched_answer_says_matched() {
        BiServer server = server()
                .answerConsumer((answer, ctx) -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED)).build();
        post(server, Fixtures.homeNSAns(ProtocolVersion.V1_0));
        assertThat(logger.lines).singleElement().satisfies(line -> assertThat(RequestLogTest.pairs(line))
                .containsEntry("event", "answer-received").containsEntry("ProtocolVersion", "1.0")
                .containsEntry("MessageType", "HomeNSAns").containsEntry("outcome", "matched"));
    }

    @Test
    void a_refused_post_is_one_intake_refused_line_with_the_code_and_reason() {
        BiServer unauthenticated = BiServer.builder().listener(log)
                .answerConsumer((answer, ctx) -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED)).build();
        BiServer otherReceiver = server().answersFor(Fixtures.JOIN_EUI)
                .answerConsumer((answer, ctx) -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED)).build();
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1);

        assertThat(post(unauthenticated, answer).status()).isEqualTo(400);
        assertThat(post(otherReceiver, answer).status()).isEqualTo(400);

        assertThat(logger.lines).hasSize(2);
        Map<String, String> first = RequestLogTest.pairs(logger.lines.get(0));
        assertThat(logger.lines.get(0)).startsWith("event=intake-refused " + headerKeys(answer) + " ResultCode=UnknownSender reason=");
        assertThat(first).containsOnlyKeys("event", "ProtocolVersion", "MessageType", "SenderID", "ReceiverID",
                "TransactionID", "ResultCode", "reason");
        assertThat(logger.lines.get(1)).startsWith("event=intake-refused " + headerKeys(answer) + " ResultCode=UnkownReceiver reason=\"");
    }

    @Test
    void a_failing_or_late_consumer_is_named_by_its_failure_class_never_its_message() {
        BiServer throwing = server().notificationConsumer((n, ctx) -> {
            throw new IllegalStateException(CONSUMER_MESSAGE);
        }).build();
        BiServer hanging = server().notificationConsumer((n, ctx) -> new CompletableFuture<>()).build();
        PRStartNotif notif = Fixtures.prStartNotif();

        assertThat(post(throwing, notif).status()).isEqualTo(500);
        assertThat(post(hanging, notif).status()).isEqualTo(500);

        assertThat(logger.lines).containsExactly(
                "event=consumer-failed " + headerKeys(notif) + " failure=java.lang.IllegalStateException",
                "event=consumer-failed " + headerKeys(notif) + " failure=timeout");
        assertThat(String.join("\n", logger.lines)).doesNotContain("hunter2");
    }

    @Test
    void a_posted_message_whose_header_cannot_be_read_is_a_refused_line() {
        BiServer server = server()
                .answerConsumer((answer, ctx) -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED)).build();
        OutboundResponse response = server.handle(InboundRequest.of(("{\"ProtocolVersion\":\"1.1\","
                + "\"MessageType\":\"XmitDataAns\",\"SenderID\":\"000013\",\"TransactionID\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(logger.lines).singleElement().satisfies(line -> assertThat(line).matches(RequestLogTest.LINE)
                .startsWith("event=refused http_status=400 reason="));
    }
}
