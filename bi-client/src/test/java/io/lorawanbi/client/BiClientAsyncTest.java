package io.lorawanbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.ScriptedPeer.Reply;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An asynchronous peer: any 2xx acknowledges, the answer is posted later and handed to the client. */
class BiClientAsyncTest {

    private final ScriptedPeer peer = new ScriptedPeer();
    private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
    private final List<PendingKey> late = new CopyOnWriteArrayList<>();
    private final List<String> unmatched = new CopyOnWriteArrayList<>();
    private final BiPeer async = BiPeer.builder(peer.uri()).protocolVersion(ProtocolVersion.V1_1)
            .async(Duration.ofSeconds(5)).build();
    private final BiClient client = BiClient.builder().defaultPeer(async).listener(new ClientListener() {
        @Override
        public void lateAnswer(PendingKey key) {
            late.add(key);
        }

        @Override
        public void unmatchedAnswer(String description) {
            unmatched.add(description);
        }
    }).build();

    @AfterEach
    void close() {
        client.close();
        peer.close();
        poster.shutdownNow();
    }

    /** Acknowledges with the reply and posts the answer to the client 50 ms later. */
    private void acknowledgeThenPost(Reply acknowledgement) {
        peer.enqueue(body -> {
            poster.schedule(() -> client.acceptAnswer(Messages.answer(body)), 50, TimeUnit.MILLISECONDS);
            return acknowledgement;
        });
    }

    @Test
    void downlinkAcceptedThenThePostedAnswer() {
        acknowledgeThenPost(Reply.of(202, "text/plain", "Downlink Accepted"));
        HomeNSAns answer = client.send(Messages.request());
        assertThat(answer.isSuccess()).isTrue();
    }

    @Test
    void anEmptyObjectAndAnEmptyBodyAcknowledgeToo() {
        acknowledgeThenPost(Reply.of(200, "application/json", "{}"));
        acknowledgeThenPost(Reply.of(204, null, ""));
        assertThat(client.send(Messages.request()).isSuccess()).isTrue();
        assertThat(client.send(Messages.request()).isSuccess()).isTrue();
    }

    @Test
    void anAnswerInTheAcknowledgementIsUsed() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body)));
        assertThat(client.send(Messages.request()).isSuccess()).isTrue();
    }

    @Test
    void theRequestIsPendingBeforeItIsSent() {
        // The answer is handed over inside the peer's handler, before the acknowledgement is sent.
        CompletableFuture<Delivery> delivery = new CompletableFuture<>();
        peer.enqueue(body -> {
            delivery.complete(client.acceptAnswer(Messages.answer(body)).toCompletableFuture().join());
            return Reply.of(200, null, "");
        });
        assertThat(client.send(Messages.request()).isSuccess()).isTrue();
        assertThat(delivery).succeedsWithin(Duration.ofSeconds(5)).isEqualTo(Delivery.COMPLETED);
    }

    @Test
    void aRefusalOfTheRequestFailsAtOnce() {
        peer.enqueue(Reply.of(401, "application/json", "{\"ResultCode\":\"Other\",\"Description\":\"unauthorized\"}"));
        BiClientException e = catchThrowableOfType(() -> client.send(Messages.request()), BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.BARE_RESULT);
        assertThat(e.status()).hasValue(401);
    }

    @Test
    void aPostedAnswerOfAnotherTypeFailsTheRequest() {
        peer.enqueue(body -> {
            poster.schedule(() -> client.acceptAnswer(Messages.otherAnswer(body)), 50, TimeUnit.MILLISECONDS);
            return Reply.of(200, null, "");
        });
        BiClientException e = catchThrowableOfType(() -> client.send(Messages.request()), BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.WRONG_ANSWER_TYPE);
    }

    @Test
    void noAnswerInTimeIsTimeoutAndALateAnswerIsReported() throws Exception {
        BiPeer quick = BiPeer.builder(peer.uri()).protocolVersion(ProtocolVersion.V1_1).async(Duration.ofMillis(300)).build();
        List<byte[]> requests = new CopyOnWriteArrayList<>();
        peer.enqueue(body -> {
            requests.add(body);
            return Reply.of(200, null, "");
        });
        BiClientException e = catchThrowableOfType(() -> client.send(quick, Messages.request()), BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        Delivery d = client.acceptAnswer(Messages.answer(requests.get(0))).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(d).isEqualTo(Delivery.LATE);
        assertThat(late).hasSize(1);
        assertThat(late.get(0).transactionId())
                .isEqualTo(Messages.CODEC.decode(requests.get(0), HomeNSReq.class).header().transactionId());
    }

    @Test
    void anAnswerNoRequestWaitsForIsUnmatched() throws Exception {
        byte[] stray = Messages.CODEC.encode(HomeNSAns.builder()
                .header(Messages.request(7).header().answerHeader())
                .result(io.lorawanbi.model.message.Result.success()).hNetId(Messages.NET_ID).build());
        assertThat(client.acceptAnswer(stray).toCompletableFuture().get()).isEqualTo(Delivery.UNMATCHED);
        assertThat(client.acceptAnswer("not json".getBytes(StandardCharsets.UTF_8)).toCompletableFuture().get())
                .isEqualTo(Delivery.UNMATCHED);
        assertThat(unmatched).hasSize(2);
    }

    @Test
    void transactionIdsOfConcurrentRequestsAreUnique() {
        int n = 40;
        for (int i = 0; i < n; i++) {
            acknowledgeThenPost(Reply.of(202, "text/plain", "Downlink Accepted"));
        }
        List<CompletableFuture<HomeNSAns>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            answers.add(client.sendAsync(Messages.request()).toCompletableFuture());
        }
        Set<Long> ids = new HashSet<>();
        for (CompletableFuture<HomeNSAns> a : answers) {
            ids.add(a.join().header().transactionId());
        }
        assertThat(ids).hasSize(n);
    }

    @Test
    void aCallerChosenTransactionIdAlreadyPendingIsRefused() {
        peer.enqueue(Reply.of(200, null, ""));
        CompletableFuture<HomeNSAns> first = client.sendAsync(Messages.request(99)).toCompletableFuture();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.sendAsync(Messages.request(99)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already waiting");
        first.cancel(false);
    }

    @Test
    void closingTheClientFailsTheWaitingRequests() {
        peer.enqueue(Reply.of(200, null, ""));
        CompletableFuture<HomeNSAns> waiting = client.sendAsync(Messages.request()).toCompletableFuture();
        peer.takeQuietly();
        client.close();
        assertThat(waiting).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(BiClientException.class);
    }

    @Test
    void postingAnAnswerSucceedsOnAny2xxAndFailsTypedOtherwise() throws Exception {
        HomeNSAns answer = HomeNSAns.builder().header(Messages.request(5).header().answerHeader())
                .result(io.lorawanbi.model.message.Result.success()).hNetId(Messages.NET_ID).build();
        peer.enqueue(Reply.of(200, null, ""));
        peer.enqueue(Reply.of(503, "text/html", "<html><h1>Service Unavailable</h1></html>"));
        Acknowledgement ack = client.postAnswer(async, answer).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(Messages.CODEC.decode(peer.take().body(), HomeNSAns.class)).isEqualTo(answer);
        assertThat(client.postAnswer(async, answer).toCompletableFuture()).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class).havingCause()
                .isInstanceOfSatisfying(BiClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.ERROR_PAGE);
                    assertThat(e.status()).hasValue(503);
                });
    }
}
