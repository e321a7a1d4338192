package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiNotification;
import io.lorawanbi.model.message.ErrorNotif;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.PRStartNotif;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.message.XmitDataAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.testsupport.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The intake of posted answers and notifications: authenticated like requests, validated, handed to
 * the consumers and acknowledged with HTTP 200 and an empty body; refused with HTTP 400 and a bare
 * Result; a consumer's fault answered HTTP 500 without harm to the server.
 */
@Timeout(20)
class IntakeTest {

    static final BiCodec CODEC = BiCodec.standard();
    static final BiCodec UNCHECKED = BiCodec.builder().validation(false).build();
    static final String CONSUMER_MESSAGE = "pending store unreachable at redis-3";
    static final SenderAuthenticator BOTH_PEERS = SenderAuthenticator.insecureSenderAllowList(
            Set.of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID, Fixtures.JOIN_EUI));

    record Taken(BiMessage message, IntakeContext context) {}
    record Reported(String kind, Header header, Object outcome) {}

    final LogCapture log = LogCapture.install();
    final BlockingQueue<Taken> taken = new LinkedBlockingQueue<>();
    final BlockingQueue<Reported> reported = new LinkedBlockingQueue<>();
    final ServerListener listener = new ServerListener() {
        @Override
        public void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {
            reported.add(new Reported("answer", answerHeader, outcome));
        }

        @Override
        public void notificationReceived(Header notificationHeader, IntakeOutcome outcome, Duration elapsed) {
            reported.add(new Reported("notification", notificationHeader, outcome));
        }

        @Override
        public void consumerFailed(Header messageHeader, Throwable failure) {
            reported.add(new Reported("failed", messageHeader, failure));
        }

        @Override
        public void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {
            reported.add(new Reported("refused", messageHeader, resultCode));
        }
    };

    @AfterEach
    void closeLog() {
        log.close();
    }

    BiServer.Builder server() {
        return BiServer.builder().authenticator(BOTH_PEERS).listener(listener);
    }

    static OutboundResponse post(BiServer server, BiMessage message) {
        return server.handle(InboundRequest.of(CODEC.encode(message)));
    }

    static OutboundResponse post(BiServer server, String json) {
        return server.handle(InboundRequest.of(json.getBytes(StandardCharsets.UTF_8)));
    }

    AnswerConsumer answers(IntakeOutcome outcome) {
        return (answer, context) -> {
            taken.add(new Taken(answer, context));
            return CompletableFuture.completedFuture(outcome);
        };
    }

    NotificationConsumer notifications(IntakeOutcome outcome) {
        return (notification, context) -> {
            taken.add(new Taken(notification, context));
            return CompletableFuture.completedFuture(outcome);
        };
    }

    @Test
    void a_prstartnotif_is_acknowledged_with_200_and_reaches_the_notification_consumer() throws Exception {
        BiServer server = server().notificationConsumer(notifications(IntakeOutcome.MATCHED)).build();
        PRStartNotif notif = Fixtures.prStartNotif();

        OutboundResponse response = post(server, notif);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyLength()).isZero();
        Taken t = taken.poll(5, TimeUnit.SECONDS);
        assertThat(t.message()).isEqualTo(notif);
        assertThat(t.context().peer().id()).isEqualTo(Fixtures.NET_ID);
        assertThat(t.context().version()).isEqualTo(ProtocolVersion.V1_1);
        assertThat(t.context().body()).isEqualTo(CODEC.encode(notif));
        assertThat(reported.poll(5, TimeUnit.SECONDS))
                .isEqualTo(new Reported("notification", notif.header(), IntakeOutcome.MATCHED));
    }

    @Test
    void an_async_xmitdataans_is_acknowledged_with_200_and_reaches_the_answer_consumer_with_its_outcome()
            throws Exception {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.LATE)).build();
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1);

        OutboundResponse response = post(server, answer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyLength()).isZero();
        Taken t = taken.poll(5, TimeUnit.SECONDS);
        assertThat(t.message()).isEqualTo(answer);
        assertThat(t.context().peer().id()).isEqualTo(answer.header().senderId());
        assertThat(reported.poll(5, TimeUnit.SECONDS))
                .isEqualTo(new Reported("answer", answer.header(), IntakeOutcome.LATE));
    }

    @Test
    void an_errornotif_and_a_1_0_homensans_reach_their_consumers() throws Exception {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.MATCHED))
                .notificationConsumer(notifications(IntakeOutcome.UNMATCHED)).build();
        ErrorNotif notif = Fixtures.errorNotif();
        HomeNSAns answer = Fixtures.homeNSAns(ProtocolVersion.V1_0);

        assertThat(post(server, notif).status()).isEqualTo(200);
        assertThat(post(server, answer).status()).isEqualTo(200);

        assertThat(taken.poll(5, TimeUnit.SECONDS).message()).isEqualTo(notif);
        assertThat(taken.poll(5, TimeUnit.SECONDS).message()).isEqualTo(answer);
        assertThat(List.of(reported.poll(5, TimeUnit.SECONDS), reported.poll(5, TimeUnit.SECONDS))).containsExactly(
                new Reported("notification", notif.header(), IntakeOutcome.UNMATCHED),
                new Reported("answer", answer.header(), IntakeOutcome.MATCHED));
    }

    @Test
    void with_nothing_registered_answers_and_notifications_get_200_and_are_reported_unmatched() throws Exception {
        BiServer server = server().build();
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1);
        PRStartNotif notif = Fixtures.prStartNotif();

        OutboundResponse answered = post(server, answer);
        OutboundResponse notified = post(server, notif);

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.bodyLength()).isZero();
        assertThat(notified.status()).isEqualTo(200);
        assertThat(notified.bodyLength()).isZero();
        assertThat(List.of(reported.poll(5, TimeUnit.SECONDS), reported.poll(5, TimeUnit.SECONDS))).containsExactly(
                new Reported("answer", answer.header(), IntakeOutcome.UNMATCHED),
                new Reported("notification", notif.header(), IntakeOutcome.UNMATCHED));
    }

    @Test
    void a_1_0_prstartnotif_is_refused_with_the_malformed_code_of_1_0() throws Exception {
        BiServer server = server().notificationConsumer(notifications(IntakeOutcome.MATCHED)).build();
        Header h = Header.builder().protocolVersion(ProtocolVersion.V1_0).senderId(Fixtures.NET_ID)
                .receiverId(Fixtures.OTHER_NET_ID).transactionId(42L).messageType(MessageType.PRStartNotif).build();
        for (BiNotification notif : List.of(new PRStartNotif(h, Result.success()),
                new ErrorNotif(h.toBuilder().messageType(MessageType.ErrorNotif).build(), Result.success()))) {
            OutboundResponse response = server.handle(InboundRequest.of(UNCHECKED.encode(notif)));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"MalformedRequest\"")
                    .contains(notif.messageType().wireName());
            assertThat(reported.poll(5, TimeUnit.SECONDS)).isEqualTo(
                    new Reported("refused", notif.header(), ResultCode.MalformedRequest));
        }
        assertThat(taken).isEmpty();
    }

    @Test
    void an_unauthenticated_answer_is_refused_with_unknownsender_and_reaches_no_consumer() throws Exception {
        BiServer denyAll = BiServer.builder().listener(listener).answerConsumer(answers(IntakeOutcome.MATCHED)).build();
        BiServer othersOnly = server().authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answerConsumer(answers(IntakeOutcome.MATCHED)).build();
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1); // sent by OTHER_NET_ID

        for (BiServer server : List.of(denyAll, othersOnly)) {
            OutboundResponse response = post(server, answer);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyText()).isEqualTo("{\"ResultCode\":\"UnknownSender\",\"Description\":"
                    + "\"sender not authenticated as " + Fixtures.OTHER_NET_ID + "\"}");
            assertThat(reported.poll(5, TimeUnit.SECONDS))
                    .isEqualTo(new Reported("refused", answer.header(), ResultCode.UnknownSender));
        }
        assertThat(taken).isEmpty();
    }

    @Test
    void an_answer_to_another_receiver_is_refused_with_unkownreceiver() {
        BiServer server = server().answersFor(Fixtures.JOIN_EUI).answerConsumer(answers(IntakeOutcome.MATCHED)).build();

        OutboundResponse response = post(server, Fixtures.xmitDataAns(ProtocolVersion.V1_1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"UnkownReceiver\"");
        assertThat(taken).isEmpty();
    }

    @Test
    void an_answer_that_fails_validation_is_refused_with_400_and_the_malformed_code_naming_the_member() {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.MATCHED)).build();
        String json = new String(CODEC.encode(Fixtures.homeNSAns(ProtocolVersion.V1_1)), StandardCharsets.UTF_8)
                .replace("\"HNetID\":\"600042\"", "\"HNetID\":\"not hex\"");
        assertThat(json).contains("not hex");

        OutboundResponse response = post(server, json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"MalformedMessage\"").contains("HNetID");
        assertThat(taken).isEmpty();
    }

    @Test
    void an_answer_in_an_unsupported_version_is_refused_before_authentication() {
        BiServer server = BiServer.builder().listener(listener).answerConsumer(answers(IntakeOutcome.MATCHED)).build();
        String json = new String(CODEC.encode(Fixtures.homeNSAns(ProtocolVersion.V1_0)), StandardCharsets.UTF_8)
                .replace("\"ProtocolVersion\":\"1.0\"", "\"ProtocolVersion\":\"9.9\"");

        OutboundResponse response = post(server, json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"InvalidProtocolVersion\"");
    }

    @Test
    void a_posted_message_with_a_broken_header_is_refused_with_a_bare_result() {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.MATCHED)).build();

        OutboundResponse response = post(server, "{\"ProtocolVersion\":\"1.1\",\"MessageType\":\"XmitDataAns\","
                + "\"SenderID\":\"000013\",\"TransactionID\":\"x\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"MalformedMessage\"");
        assertThat(taken).isEmpty();
    }

    @Test
    void consumers_that_throw_fail_or_complete_with_null_get_500_and_the_server_goes_on() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AnswerConsumer faulty = (answer, context) -> switch (calls.incrementAndGet()) {
            case 1 -> throw new IllegalStateException(CONSUMER_MESSAGE);
            case 2 -> CompletableFuture.failedFuture(new IllegalStateException(CONSUMER_MESSAGE));
            case 3 -> null;
            case 4 -> CompletableFuture.completedFuture(null);
            default -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED);
        };
        BiServer server = server().answerConsumer(faulty).homeNsHandler(HomeNSHandler.immediate(
                (request, context) -> HomeNSOutcome.found(Fixtures.HOME_NET_ID))).build();
        XmitDataAns answer = Fixtures.xmitDataAns(ProtocolVersion.V1_1);

        for (int i = 0; i < 4; i++) {
            OutboundResponse response = post(server, answer);
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).isEqualTo("{\"ResultCode\":\"Other\",\"Description\":\"internal error\"}");
            assertThat(reported.poll(5, TimeUnit.SECONDS).kind()).isEqualTo("failed");
        }
        assertThat(post(server, answer).status()).isEqualTo(200);
        assertThat(post(server, Fixtures.homeNSReq(ProtocolVersion.V1_1)).bodyText()).contains("\"Success\"");
        assertThat(log.anyContains("consumer of XmitDataAns failed")).isTrue();
    }

    @Test
    void a_consumer_that_hangs_is_answered_500_at_the_deadline_and_holds_nothing_else() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AnswerConsumer hangs = (answer, context) -> {
            try {
                release.await(10, TimeUnit.SECONDS); // blocks the call itself, not only its stage
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CompletableFuture.completedFuture(IntakeOutcome.MATCHED);
        };
        BiServer server = server().handlerTimeout(Duration.ofMillis(300)).answerConsumer(hangs)
                .notificationConsumer(notifications(IntakeOutcome.MATCHED)).build();
        try {
            OutboundResponse response = post(server, Fixtures.xmitDataAns(ProtocolVersion.V1_1));

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.bodyText()).contains("not taken in time");
            Reported failed = reported.poll(5, TimeUnit.SECONDS);
            assertThat(failed.kind()).isEqualTo("failed");
            assertThat(failed.outcome()).isInstanceOf(TimeoutException.class);
            assertThat(post(server, Fixtures.prStartNotif()).status()).isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    @Test
    void requests_are_still_answered_as_before() {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.MATCHED)).build();

        OutboundResponse response = post(server, Fixtures.homeNSReq(ProtocolVersion.V1_1));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).contains("\"MessageType\":\"HomeNSAns\"").contains("\"MalformedMessage\"");
        assertThat(taken).isEmpty();
    }

    @Test
    void the_consumer_sees_the_body_as_a_copy() throws Exception {
        BiServer server = server().answerConsumer(answers(IntakeOutcome.MATCHED)).build();
        post(server, Fixtures.xmitDataAns(ProtocolVersion.V1_1));
        IntakeContext context = taken.poll(5, TimeUnit.SECONDS).context();

        context.body()[0] = 'X';

        assertThat(context.body()[0]).isEqualTo((byte) '{');
        assertThat(context.toString()).doesNotContain("{");
    }
}
