package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exchange reads the body once, and still tells an unauthenticated sender nothing about its body;
 * a {@link HomeNSHandler#nonBlocking} lookup runs on the request's thread, every other handler on the
 * handler executor.
 */
@Timeout(20)
class OnePassExchangeTest {

    private static final BiCodec CODEC = BiCodec.standard();

    private static byte[] brokenBody() {
        String good = new String(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1)), StandardCharsets.UTF_8);
        String devEui = Fixtures.homeNSReq(ProtocolVersion.V1_1).devEui().toString();
        assertThat(good).contains(devEui);
        return good.replace(devEui, "00ZZ").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_broken_body_from_an_unauthenticated_sender_is_answered_unknown_sender() {
        BiServer server = BiServer.builder()
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build(); // deny all
        OutboundResponse response = server.handle(InboundRequest.of(brokenBody()));
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(answer.result().description()).doesNotContain("DevEUI");
    }

    @Test
    void a_broken_body_from_an_authenticated_sender_is_answered_malformed_naming_the_member() {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build();
        HomeNSAns answer = CODEC.decode(server.handle(InboundRequest.of(brokenBody())).body(), HomeNSAns.class);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);
        assertThat(answer.result().description()).contains("DevEUI");
    }

    @Test
    void a_non_blocking_lookup_runs_on_the_requests_thread_and_an_immediate_one_on_the_handler_executor() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        InboundRequest request = InboundRequest.of(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_0)));
        BiServer inline = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> {
                    ran.set(Thread.currentThread());
                    return HomeNSOutcome.found(Fixtures.NET_ID);
                }))
                .build();
        assertThat(CODEC.decode(inline.handle(request).body(), HomeNSAns.class).result().resultCode())
                .isEqualTo(ResultCode.Success);
        assertThat(ran.get()).isSameAs(Thread.currentThread());

        BiServer pooled = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((q, c) -> {
                    ran.set(Thread.currentThread());
                    return HomeNSOutcome.found(Fixtures.NET_ID);
                }))
                .build();
        assertThat(CODEC.decode(pooled.handle(request).body(), HomeNSAns.class).result().resultCode())
                .isEqualTo(ResultCode.Success);
        assertThat(ran.get()).isNotSameAs(Thread.currentThread());
        assertThat(ran.get().getName()).startsWith("bi-handler-");
    }

    @Test
    void a_non_blocking_lookup_that_throws_is_answered_other() {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> {
                    throw new IllegalStateException("table gone");
                }))
                .build();
        InboundRequest request = InboundRequest.of(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1)));
        assertThat(CODEC.decode(server.handle(request).body(), HomeNSAns.class).result().resultCode())
                .isEqualTo(ResultCode.Other);
    }
}
