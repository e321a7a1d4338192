package io.lorawanbi.client.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore;
import io.lorawanbi.client.PendingKey;
import io.lorawanbi.client.redis.internal.KeyNames;
import io.lorawanbi.client.redis.internal.Scripts;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PendingAnswerStore} in Redis, shared by every instance of a network server: the instance
 * whose endpoint receives a posted answer {@linkplain #deliver delivers} it, and the instance that
 * {@linkplain #register registered} the request receives it, without polling.
 *
 * <p>Each pending request is one Redis key, {@code <prefix><form>:<SenderID>:<TransactionID>} (form
 * {@code N}, {@code J} or {@code A} for a NetID, JoinEUI or AS-ID), written with {@code NX} and an
 * expiry of twice the timeout. Delivery is one Lua script: it stores the answer in the key and
 * announces the key on the channel {@code <prefix>answers}, to which every store is subscribed; the
 * waiting instance then takes the answer with another script, so exactly one delivery completes a
 * request and a repeated one is {@code LATE}. Whether an answer is in time is decided by Redis's clock
 * inside the delivery script, so a delivery racing the timeout either completes the request or is
 * reported late, never both. After a timeout or a cancellation the key stays marked for at least the
 * timeout again, so late answers are {@code LATE} and reported to the {@link LateAnswerListener}.
 *
 * <p>Connection loss: Lettuce reconnects by itself. While Redis cannot be reached, {@link #register}
 * throws and {@link #deliver} fails with {@link PendingStoreUnavailableException} within the
 * {@linkplain Builder#operationTimeout operation timeout}. When the subscription is back, the store
 * takes every answer announced while it was not listening and registers its waiting requests again if
 * Redis lost them (a restart without persistence), so waiting requests survive a Redis restart.
 *
 * <p>{@link PendingAnswer#cancel()} returns once Redis has marked the key cancelled (at most the
 * operation timeout), so that an answer delivered afterwards is {@code LATE}.
 *
 * <p>TransactionIDs must be unique per SenderID across all instances sharing the store:
 * {@link #register} throws {@link IllegalStateException} for a key that is pending, or was used within
 * its late window, on any instance, so that an allocator can pick another.
 *
 * <p>Thread-safe. {@link #toString()} and every message name the server by host and port only, never
 * with its password.
 */
public final class RedisPendingAnswerStore implements PendingAnswerStore {

    static final System.Logger LOG = System.getLogger(RedisPendingAnswerStore.class.getName());

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final @Nullable RedisClient ownedClient;
    private final StatefulRedisConnection<String, byte[]> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final KeyNames names;
    private final String where;
    private final RedisCalls calls;
    private final LateAnswerListener listener;
    private final Waiters waiters;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisPendingAnswerStore(Builder builder, StoreConnections connections) {
        this.ownedClient = connections.ownedClient();
        this.commands = connections.commands();
        this.pubSub = connections.pubSub();
        this.where = connections.where();
        this.names = new KeyNames(builder.keyPrefix);
        this.calls = new RedisCalls(commands, builder.operationTimeout, where);
        this.listener = builder.listener;
        this.waiters = new Waiters(calls, where);
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String redisKey) {
                waiters.announced(redisKey);
            }

            @Override
            public void subscribed(String channel, long count) {
                waiters.resume(); // also after every reconnection: picks up what was announced meanwhile
            }
        });
        try {
            calls.await(pubSub.async().subscribe(names.channel()).toCompletableFuture(), "subscribe to " + names.channel());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A builder: at least {@link Builder#redisUri} or {@link Builder#redisClient} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the timeout is not positive
     * @throws PendingStoreUnavailableException if Redis cannot be reached within the operation timeout
     */
    @Override
    public PendingAnswer register(PendingKey key, Duration timeout) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        ensureOpen();
        String redisKey = names.key(key);
        long timeoutMillis = Math.max(1, timeout.toMillis());
        Waiter waiter = new Waiter(this, key, redisKey, timeoutMillis, System.nanoTime() + timeout.toNanos());
        if (!waiters.add(waiter)) {
            throw new IllegalStateException(describe(key) + " is already pending on this instance");
        }
        String status;
        try {
            status = status(calls.await(calls.eval(Scripts.REGISTER, redisKey, Waiters.ascii(timeoutMillis)), "register " + describe(key)));
        } catch (RuntimeException e) {
            waiters.remove(waiter);
            throw e;
        }
        if (!"O".equals(status)) {
            waiters.remove(waiter);
            throw new IllegalStateException(describe(key) + " is pending, or was used within its late window,"
                    + " on an instance sharing " + where + "; choose another TransactionID");
        }
        waiters.startTimer(waiter, timeout, this::closedError);
        return waiter;
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code LATE} and {@code UNMATCHED} are also reported to the store's {@link LateAnswerListener}
     * before the stage completes. The stage fails with {@link PendingStoreUnavailableException} when Redis
     * cannot be reached within the operation timeout, and with {@link IllegalStateException} when the
     * store is closed.
     */
    @Override
    public CompletionStage<Delivery> deliver(PendingKey key, byte[] answer) {
        Objects.requireNonNull(key, "key");
        byte[] body = Objects.requireNonNull(answer, "answer").clone();
        if (closed.get()) {
            return CompletableFuture.failedFuture(closedError());
        }
        return calls.eval(Scripts.DELIVER, names.key(key), body, names.channel().getBytes(StandardCharsets.UTF_8))
                .handleAsync((result, error) -> {
                    if (error != null) {
                        throw calls.unavailable("deliver the answer to " + describe(key), error);
                    }
                    switch (status(result)) {
                        case "C":
                            return Delivery.COMPLETED;
                        case "U":
                            report(() -> listener.unmatchedAnswer(key, body));
                            return Delivery.UNMATCHED;
                        case "T":
                            report(() -> listener.lateAnswer(key, body, LateAnswerListener.Reason.TIMED_OUT));
                            return Delivery.LATE;
                        case "K":
                            report(() -> listener.lateAnswer(key, body, LateAnswerListener.Reason.CANCELLED));
                            return Delivery.LATE;
                        default:
                            report(() -> listener.lateAnswer(key, body, LateAnswerListener.Reason.ALREADY_ANSWERED));
                            return Delivery.LATE;
                    }
                }, waiters.callbacks);
    }

    /**
     * Fails every request of this instance still waiting with {@link IllegalStateException}, marks them
     * cancelled in Redis (so that their answers are reported late), and closes the connections, and the
     * Redis client if the store created it. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        waiters.closeAll(this::closedError);
        if (ownedClient != null) {
            ownedClient.shutdown(0, calls.operationTimeout().toMillis(), TimeUnit.MILLISECONDS); // closes both
        } else {
            pubSub.close();
            commands.close();
        }
    }

    /** The store's server (host and port, never credentials), its channel and the count of waiting requests. */
    @Override
    public String toString() {
        return "RedisPendingAnswerStore[" + where + ", channel " + names.channel() + ", " + waiters.size()
                + " waiting" + (closed.get() ? ", closed]" : "]");
    }

    void cancel(Waiter waiter) {
        waiters.cancel(waiter);
    }

    private void report(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the late-answer listener failed", e);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw closedError();
        }
    }

    private IllegalStateException closedError() {
        return new IllegalStateException("the pending-answer store on " + where + " is closed");
    }

    static String describe(PendingKey key) {
        return "SenderID " + key.senderId() + " TransactionID " + key.transactionId();
    }

    private static String status(byte @Nullable [] result) {
        return result == null ? "" : new String(result, StandardCharsets.US_ASCII);
    }

    /**
     * Configures a {@link RedisPendingAnswerStore}. Give the server as {@link #redisUri(RedisURI)}, or
     * inject a {@link #redisClient(RedisClient)} of your own (with or without a URI).
     */
    public static final class Builder {

        /** The default key prefix, {@value}. */
        public static final String DEFAULT_KEY_PREFIX = "lorawan-bi:pending:";

        private @Nullable RedisURI uri;
        private @Nullable RedisClient client;
        String keyPrefix = DEFAULT_KEY_PREFIX;
        Duration operationTimeout = Duration.ofSeconds(5);
        LateAnswerListener listener = LoggingListener.INSTANCE;

        private Builder() {}

        /**
         * The Redis server, for example built with {@code RedisURI.Builder.redis(host, port).withPassword(...)}.
         * Without {@link #redisClient}, the store creates its own client, which rejects commands at once
         * while disconnected, and shuts it down on {@link #close()}.
         */
        public Builder redisUri(RedisURI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * The Redis server as text: {@code redis://[[user:]password@]host[:port][/database]}, or
         * {@code rediss://} for TLS.
         *
         * @throws IllegalArgumentException if the text is not a Redis URI (the message does not repeat it)
         */
        public Builder redisUri(String uri) {
            Objects.requireNonNull(uri, "uri");
            try {
                this.uri = RedisURI.create(uri);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "not a Redis URI; expected redis://[[user:]password@]host[:port][/database]");
            }
            return this;
        }

        /**
         * A Redis client of your own (shared resources, your client options). The store opens two
         * connections on it (to {@link #redisUri} if given, else to the client's default URI) and closes
         * them on {@link #close()}, but leaves the client running. With the client's default options a
         * command waits while Redis is disconnected; the operation timeout still bounds it.
         */
        public Builder redisClient(RedisClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * The prefix of the store's keys and of its channel ({@code <prefix>answers}); instances that
         * share pending requests use the same prefix. Default {@value #DEFAULT_KEY_PREFIX}.
         */
        public Builder keyPrefix(String keyPrefix) {
            if (Objects.requireNonNull(keyPrefix, "keyPrefix").isEmpty()) {
                throw new IllegalArgumentException("keyPrefix must not be empty");
            }
            this.keyPrefix = keyPrefix;
            return this;
        }

        /**
         * The longest a register or deliver waits for Redis before failing with
         * {@link PendingStoreUnavailableException}. Default 5 seconds.
         */
        public Builder operationTimeout(Duration operationTimeout) {
            Objects.requireNonNull(operationTimeout, "operationTimeout");
            if (operationTimeout.isNegative() || operationTimeout.toMillis() < 1) {
                throw new IllegalArgumentException("operationTimeout must be at least 1 ms, was " + operationTimeout);
            }
            this.operationTimeout = operationTimeout;
            return this;
        }

        /** Told of every late or unmatched answer delivered on this instance. Default: logs at WARNING. */
        public Builder lateAnswerListener(LateAnswerListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Connects and subscribes.
         *
         * @throws IllegalStateException if neither a URI nor a client was given
         * @throws PendingStoreUnavailableException if Redis cannot be reached or refuses the credentials
         */
        public RedisPendingAnswerStore build() {
            if (uri == null && client == null) {
                throw new IllegalStateException("set redisUri or redisClient");
            }
            return new RedisPendingAnswerStore(this, StoreConnections.open(client, uri, CODEC, operationTimeout));
        }

        /** The settings, with the server by host and port only. */
        @Override
        public String toString() {
            return "RedisPendingAnswerStore.Builder[" + StoreConnections.describe(uri) + ", keyPrefix " + keyPrefix
                    + ", operationTimeout " + operationTimeout + "]";
        }
    }
}
