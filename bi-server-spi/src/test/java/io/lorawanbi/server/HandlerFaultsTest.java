package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import io.lorawanbi.server.auth.VerifiedToken;
import io.lorawanbi.server.testsupport.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Handlers that throw, fail, hang, answer null or break the rules: answered Other, nothing leaks. */
@Timeout(20)
class HandlerFaultsTest {

    static final String SECRET = "SECRET-KEY-0102";
    /** The integrator's own message: logged (with the class), never sent to the peer. */
    static final String HANDLER_MESSAGE = "device registry unreachable at db-7";
    static final String TOKEN = "bearer-token-77aa-e3c1";
    static final String KEY_HEX = "01020304050607080102030405060708";
    static final NetID HOME = NetID.parse("600010");
    static final EUI64 THROWS = EUI64.parse("00000000000000F1");
    static final EUI64 FAILS = EUI64.parse("00000000000000F2");
    static final EUI64 NEVER = EUI64.parse("00000000000000F3");
    static final EUI64 SLOW = EUI64.parse("00000000000000F4");
    static final EUI64 NULL_STAGE = EUI64.parse("00000000000000F5");
    static final EUI64 NULL_VALUE = EUI64.parse("00000000000000F6");
    static final EUI64 BAD_ANSWER = EUI64.parse("00000000000000F7");
    static final EUI64 WRONG_TYPE = EUI64.parse("00000000000000F8");
    static final EUI64 WRONG_TRANSACTION = EUI64.parse("00000000000000F9");
    static final BiCodec CODEC = BiCodec.standard();

    final LogCapture log = LogCapture.install();
    final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
    final AtomicReference<RequestContext> joinContext = new AtomicReference<>();

    final BearerTokenAuthenticator bearer = BearerTokenAuthenticator.of(token -> {
        if (!token.equals(TOKEN)) {
            throw new IllegalArgumentException("bad token " + token);
        }
        return Optional.of(new VerifiedToken("partner", Map.of()));
    }, t -> Optional.of(Fixtures.NET_ID));

    final ServerListener listener = new ServerListener() {
        @Override
        public void handlerFailed(Header requestHeader, Throwable failure) {
            failures.add(failure);
        }
    };

    /** Behaviour chosen by the DevEUI. */
    final io.lorawanbi.server.HomeNSHandler homeNs = (req, ctx) -> {
        EUI64 dev = req.devEui();
        if (dev.equals(THROWS)) {
            throw new IllegalStateException(HANDLER_MESSAGE);
        } else if (dev.equals(FAILS)) {
            return CompletableFuture.failedFuture(new IllegalStateException(HANDLER_MESSAGE + " (stage)"));
        } else if (dev.equals(NEVER)) {
            return new CompletableFuture<>();
        } else if (dev.equals(SLOW)) {
            return CompletableFuture.supplyAsync(() -> HomeNSOutcome.found(HOME),
                    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        } else if (dev.equals(NULL_STAGE)) {
            return null;
        } else if (dev.equals(NULL_VALUE)) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(HomeNSOutcome.found(HOME));
    };

    /** A HomeNSHandler whose behaviour is chosen by the DevEUI, a JoinReq handler, nothing for the rest. */
    final BiServer server = BiServer.builder()
            .authenticator(bearer)
            .handlerTimeout(Duration.ofMillis(200))
            .listener(listener)
            .homeNsHandler(homeNs)
            .handler(JoinReq.class, (req, ctx) -> {
                joinContext.set(ctx);
                boolean bad = req.devEui().equals(BAD_ANSWER);
                return CompletableFuture.completedFuture(new JoinAns(req.header().answerHeader(), Result.success(),
                        bad ? null : Fixtures.JOIN_ACCEPT, 3600L, null, null, null, Fixtures.key(), Fixtures.key(),
                        HexBytes.parse("0102")));
            })
            .build();

    /** HomeNSReq through a BiHandler, which must build the whole answer itself. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final BiServer biHandlerServer = BiServer.builder()
            .authenticator(bearer)
            .listener(listener)
            .handler(HomeNSReq.class, (req, ctx) -> {
                Header h = req.header().answerHeader();
                if (req.devEui().equals(BAD_ANSWER)) {
                    return CompletableFuture.completedFuture(new HomeNSAns(h, Result.success(), null, null));
                } else if (req.devEui().equals(WRONG_TYPE)) {
                    return (CompletionStage) CompletableFuture.completedFuture(Fixtures.joinAns(req.protocolVersion()));
                } else if (req.devEui().equals(WRONG_TRANSACTION)) {
                    Header other = h.toBuilder().transactionId(h.transactionId() + 1).build();
                    return CompletableFuture.completedFuture(HomeNSAns.success(other, HOME, null));
                }
                return CompletableFuture.completedFuture(HomeNSAns.success(h, HOME, null));
            })
            .build();

    @AfterEach
    void nothing_secret_was_logged() {
        log.close();
        assertThat(log.records()).noneMatch(r -> r.contains(SECRET) || r.contains(TOKEN) || r.contains(KEY_HEX));
    }

    static InboundRequest request(BiMessage message, String token) {
        return InboundRequest.builder(CODEC.encode(message)).authorization("Bearer " + token).build();
    }

    static HomeNSReq homeNs(EUI64 dev, ProtocolVersion v) {
        return new HomeNSReq(Fixtures.header(MessageType.HomeNSReq, v).toBuilder().transactionId(txId(dev)).build(), dev);
    }

    static long txId(EUI64 dev) {
        return dev.value() & Header.MAX_TRANSACTION_ID;
    }

    static HomeNSAns answer(BiServer server, EUI64 dev, ProtocolVersion v) {
        OutboundResponse response = server.handle(request(homeNs(dev, v), TOKEN));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).doesNotContain(SECRET, TOKEN, HANDLER_MESSAGE);
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        assertThat(answer.header().transactionId()).isEqualTo(txId(dev));
        assertThat(answer.header().receiverId()).isEqualTo(Fixtures.NET_ID);
        return answer;
    }

    static void assertOther(HomeNSAns answer, String description) {
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Other);
        assertThat(answer.result().description()).isEqualTo(description);
        assertThat(answer.hNetId()).isNull();
    }

    Throwable nextFailure() throws InterruptedException {
        Throwable failure = failures.poll(5, TimeUnit.SECONDS);
        assertThat(failure).as("handlerFailed was called").isNotNull();
        return failure;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_handler_that_throws_is_answered_other_without_its_message_and_logged_with_it(ProtocolVersion v)
            throws Exception {
        assertOther(answer(server, THROWS, v), "internal error");
        assertThat(nextFailure()).isInstanceOf(IllegalStateException.class).hasMessage(HANDLER_MESSAGE);
        List<String> records = log.records();
        assertThat(records).anyMatch(r -> r.contains("WARNING")
                && r.contains("failed: java.lang.IllegalStateException: " + HANDLER_MESSAGE));
        assertThat(records).as("the stack at DEBUG (FINE)").anyMatch(r -> r.contains("FINE")
                && r.contains("java.lang.IllegalStateException: " + HANDLER_MESSAGE) && r.contains("\tat "));
    }

    @Test
    void a_failed_stage_is_answered_other() throws Exception {
        assertOther(answer(server, FAILS, ProtocolVersion.V1_1), "internal error");
        assertThat(nextFailure()).isInstanceOf(IllegalStateException.class);
        assertThat(log.anyContains("failed: java.lang.IllegalStateException: " + HANDLER_MESSAGE + " (stage)")).isTrue();
    }

    @Test
    void a_handler_that_never_completes_is_answered_other_after_the_timeout() throws Exception {
        long start = System.nanoTime();
        HomeNSAns answer = answer(server, NEVER, ProtocolVersion.V1_0);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertOther(answer, "the answer was not ready in time");
        assertThat(elapsed).isBetween(Duration.ofMillis(190), Duration.ofSeconds(3));
        assertThat(nextFailure()).isInstanceOf(TimeoutException.class);
        assertThat(log.anyContains("missed its deadline of 200 ms")).isTrue();
    }

    @Test
    void a_slow_handler_within_the_timeout_succeeds() {
        // the same handler under a deadline far beyond its 50 ms, so that a loaded machine cannot turn it into Other
        BiServer patient = BiServer.builder().authenticator(bearer).handlerTimeout(Duration.ofSeconds(30))
                .listener(listener).homeNsHandler(homeNs).build();
        HomeNSAns answer = answer(patient, SLOW, ProtocolVersion.V1_1);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(answer.hNetId()).isEqualTo(HOME);
        assertThat(failures).isEmpty();
    }

    @Test
    void a_null_stage_or_a_null_outcome_is_answered_other() throws Exception {
        assertOther(answer(server, NULL_STAGE, ProtocolVersion.V1_0), "internal error");
        assertThat(nextFailure()).isInstanceOf(IllegalStateException.class);
        assertOther(answer(server, NULL_VALUE, ProtocolVersion.V1_1), "internal error");
        assertThat(nextFailure()).isInstanceOf(IllegalStateException.class);
        assertThat(log.anyContains("failed: java.lang.IllegalStateException: the handler returned no stage")).isTrue();
        assertThat(log.anyContains("failed: java.lang.IllegalStateException: the handler completed with null")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_registered_join_handler_answers_a_join_request(ProtocolVersion v) {
        JoinReq join = Fixtures.joinReq(v);
        Instant before = Instant.now();

        OutboundResponse response = server.handle(request(join, TOKEN));

        assertThat(response.status()).isEqualTo(200);
        JoinAns ans = CODEC.decode(response.body(), JoinAns.class);
        assertThat(ans.header()).isEqualTo(join.header().answerHeader());
        assertThat(ans.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(ans.phyPayload()).isEqualTo(Fixtures.JOIN_ACCEPT);
        assertThat(ans.lifetime()).isEqualTo(3600L);
        assertThat(ans.nwkSKey()).isEqualTo(Fixtures.key());
        assertThat(ans.appSKey()).isEqualTo(Fixtures.key());
        assertThat(ans.sNwkSIntKey()).isNull();
        assertThat(ans.fNwkSIntKey()).isNull();
        assertThat(ans.nwkSEncKey()).isNull();
        assertThat(ans.sessionKeyId()).isEqualTo(HexBytes.parse("0102"));
        RequestContext ctx = joinContext.get();
        assertThat(ctx.peer()).isEqualTo(new AuthenticatedPeer(Fixtures.NET_ID, AuthenticatedPeer.Mechanism.BEARER_TOKEN,
                List.of("partner")));
        assertThat(ctx.version()).isEqualTo(v);
        assertThat(ctx.deadline()).isAfter(before).isBeforeOrEqualTo(Instant.now().plusMillis(200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unregistered_request_type_gets_its_answer_type_with_the_malformed_code(ProtocolVersion v) {
        List<BiMessage> unserved = Fixtures.all(v).stream()
                .filter(m -> m.messageType().isRequest() && m.header().senderId().equals(Fixtures.NET_ID))
                .filter(m -> m.messageType() != MessageType.HomeNSReq && m.messageType() != MessageType.JoinReq)
                .toList();
        assertThat(unserved).extracting(BiMessage::messageType).contains(MessageType.PRStartReq, MessageType.ProfileReq);

        for (BiMessage request : unserved) {
            OutboundResponse response = server.handle(request(request, TOKEN));
            assertThat(response.status()).as(request.messageType().toString()).isEqualTo(200);
            BiMessage decoded = CODEC.decode(response.body());
            assertThat(decoded).isInstanceOf(request.messageType().answerType().orElseThrow().messageClass());
            BiAnswer answer = (BiAnswer) decoded;
            assertThat(answer.header()).isEqualTo(request.header().answerHeader());
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.malformed(v));
            assertThat(answer.result().description()).isEqualTo(request.messageType() + " is not served here");
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_answer_that_breaks_the_rules_is_answered_other(ProtocolVersion v) throws Exception {
        assertOther(answer(biHandlerServer, BAD_ANSWER, v), "internal error");
        assertThat(nextFailure()).isNotNull();

        JoinReq join = Fixtures.joinReq(v);
        JoinReq badJoin = new JoinReq(join.header(), MACVersion.V1_0_3, Fixtures.JOIN_REQUEST, BAD_ANSWER,
                Fixtures.DEV_ADDR, DLSettings.of(false, 0, 0), 1, null);
        OutboundResponse response = server.handle(request(badJoin, TOKEN));
        JoinAns ans = CODEC.decode(response.body(), JoinAns.class);
        assertThat(ans.result().resultCode()).isEqualTo(ResultCode.Other);
        assertThat(ans.nwkSKey()).isNull();
        assertThat(response.bodyText()).doesNotContain(KEY_HEX);
    }

    @Test
    void an_answer_of_the_wrong_type_is_answered_other() throws Exception {
        assertOther(answer(biHandlerServer, WRONG_TYPE, ProtocolVersion.V1_0), "internal error");
        assertThat(nextFailure()).hasMessageContaining("wrong MessageType JoinAns");
    }

    @Test
    void an_answer_addressed_to_another_transaction_is_answered_other() throws Exception {
        assertOther(answer(biHandlerServer, WRONG_TRANSACTION, ProtocolVersion.V1_1), "internal error");
        assertThat(nextFailure()).hasMessageContaining("wrong TransactionID");
    }

    @Test
    void a_throwing_token_verifier_is_unknown_sender_and_the_token_is_not_logged() {
        OutboundResponse response = server.handle(request(homeNs(Fixtures.DEV_EUI, ProtocolVersion.V1_1), "x" + TOKEN));
        assertThat(CODEC.decode(response.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(response.bodyText()).doesNotContain(TOKEN);
    }

    @Test
    void after_every_fault_the_same_servers_still_answer_success() throws Exception {
        for (EUI64 dev : List.of(THROWS, FAILS, NEVER, SLOW, NULL_STAGE, NULL_VALUE)) {
            answer(server, dev, ProtocolVersion.V1_1);
        }
        answer(biHandlerServer, BAD_ANSWER, ProtocolVersion.V1_0);
        answer(biHandlerServer, WRONG_TYPE, ProtocolVersion.V1_0);

        for (BiServer s : List.of(server, biHandlerServer)) {
            HomeNSAns ok = answer(s, Fixtures.DEV_EUI, ProtocolVersion.V1_0);
            assertThat(ok.result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(ok.hNetId()).isEqualTo(HOME);
        }
        assertThat(failures).hasSize(7);
    }
}
