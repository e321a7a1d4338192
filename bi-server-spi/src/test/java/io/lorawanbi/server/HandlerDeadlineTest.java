package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.testsupport.LogCapture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code handlerTimeout} holds for every handler shape: handlers are called on the handler executor,
 * so a lookup that blocks before returning its stage ({@link HomeNSHandler#immediate}) is answered
 * {@code Other} at the deadline. With {@code Runnable::run} it is not bounded, as documented.
 */
@Timeout(20)
class HandlerDeadlineTest {

    static final NetID HOME = NetID.parse("000013");

    final LogCapture log = LogCapture.install();

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    static InboundRequest request() {
        return InboundRequest.builder(BiCodec.standard().encode(Fixtures.homeNSReq(ProtocolVersion.V1_1))).build();
    }

    static HomeNSAns answer(OutboundResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return BiCodec.standard().decode(response.body(), HomeNSAns.class);
    }

    static BiServer.Builder server(HomeNSHandler handler) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(java.util.Set.of(Fixtures.NET_ID)))
                .homeNsHandler(handler)
                .handlerTimeout(Duration.ofMillis(200));
    }

    @Test
    void an_immediate_lookup_that_blocks_is_answered_other_at_the_deadline_while_it_still_blocks() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        BiServer server = server(HomeNSHandler.immediate((req, ctx) -> {
            try {
                release.await(); // blocks until the test has its answer: the answer cannot wait for it
                return HomeNSOutcome.found(HOME);
            } finally {
                finished.countDown();
            }
        })).build();

        HomeNSAns answer = answer(server.handle(request()));

        assertThat(finished.getCount()).as("the lookup is still blocked when the answer is out").isEqualTo(1);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Other);
        assertThat(answer.result().description()).isEqualTo("the answer was not ready in time");
        assertThat(log.anyContains("missed its deadline of 200 ms")).isTrue();
        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_handler_runs_on_the_executor_the_builder_supplies_and_not_on_the_callers_thread() {
        AtomicInteger calls = new AtomicInteger();
        Executor counting = task -> {
            calls.incrementAndGet();
            new Thread(task, "test-handler").start();
        };
        Thread caller = Thread.currentThread();
        String[] ranOn = new String[1];
        BiServer server = server(HomeNSHandler.immediate((req, ctx) -> {
            ranOn[0] = Thread.currentThread().getName();
            return Thread.currentThread() == caller ? HomeNSOutcome.unknownDevice() : HomeNSOutcome.found(HOME);
        })).handlerExecutor(counting).build();

        assertThat(answer(server.handle(request())).result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(calls).hasValue(1);
        assertThat(ranOn[0]).isEqualTo("test-handler");
    }

    @Test
    void a_call_the_executor_refuses_is_answered_other_at_once() {
        BiServer server = server(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(HOME)))
                .handlerExecutor(task -> {
                    throw new RejectedExecutionException("full");
                }).build();

        HomeNSAns answer = answer(server.handle(request()));

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Other);
        assertThat(answer.result().description()).isEqualTo("internal error");
        assertThat(log.anyContains("java.util.concurrent.RejectedExecutionException: no thread is free to run the handler"))
                .isTrue();
    }

    @Test
    void a_call_still_queued_at_its_deadline_is_answered_without_running_the_handler() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        Executor late = task -> CompletableFutures.delayed(task, 400, ran);
        BiServer server = server(HomeNSHandler.immediate((req, ctx) -> {
            lookups.incrementAndGet();
            return HomeNSOutcome.found(HOME);
        })).handlerExecutor(late).build();

        HomeNSAns answer = answer(server.handle(request()));

        assertThat(answer.result().description()).isEqualTo("the answer was not ready in time");
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(lookups).as("the queued call did not run the lookup").hasValue(0);
    }

    @Test
    void on_the_callers_thread_a_blocking_lookup_is_not_bounded_as_documented() {
        BiServer server = server(HomeNSHandler.immediate((req, ctx) -> {
            Thread.sleep(400);
            return HomeNSOutcome.found(HOME);
        })).handlerExecutor(Runnable::run).build();

        HomeNSAns answer = answer(server.handle(request()));

        assertThat(answer.result().resultCode()).as("answered after the 200 ms timeout, normally")
                .isEqualTo(ResultCode.Success);
    }

    /** A delayed executor that counts the task down once it has run. */
    private static final class CompletableFutures {
        static void delayed(Runnable task, long millis, CountDownLatch ran) {
            java.util.concurrent.CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(() -> {
                task.run();
                ran.countDown();
            });
        }
    }
}
