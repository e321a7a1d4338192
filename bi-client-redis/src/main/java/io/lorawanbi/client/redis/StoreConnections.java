package io.lorawanbi.client.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The two connections of a store (commands, and the subscription), the client if the store created
 * it, and the server's description for messages: host and port, never credentials.
 */
record StoreConnections(
        @Nullable RedisClient ownedClient,
        StatefulRedisConnection<String, byte[]> commands,
        StatefulRedisPubSubConnection<String, String> pubSub,
        String where) {

    static StoreConnections open(@Nullable RedisClient injected, @Nullable RedisURI uri,
            RedisCodec<String, byte[]> codec, Duration shutdownTimeout) {
        String where = describe(uri);
        RedisClient owned = null;
        RedisClient client = injected;
        if (client == null) {
            owned = client = RedisClient.create();
            client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
        }
        StatefulRedisConnection<String, byte[]> commands = null;
        try {
            commands = uri == null ? client.connect(codec) : client.connect(codec, uri);
            StatefulRedisPubSubConnection<String, String> pubSub = uri == null
                    ? client.connectPubSub(StringCodec.UTF8)
                    : client.connectPubSub(StringCodec.UTF8, uri);
            return new StoreConnections(owned, commands, pubSub, where);
        } catch (RuntimeException e) {
            if (commands != null) {
                commands.close();
            }
            if (owned != null) {
                owned.shutdown(0, shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            throw new PendingStoreUnavailableException("could not connect to " + where + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The server by host, port and database, or socket, or sentinel master: never its credentials. */
    static String describe(@Nullable RedisURI uri) {
        if (uri == null) {
            return "Redis (the client's default URI)";
        }
        if (uri.getSocket() != null) {
            return "Redis at socket " + uri.getSocket();
        }
        if (!uri.getSentinels().isEmpty()) {
            return "Redis (sentinel master " + uri.getSentinelMasterId() + ")";
        }
        return "Redis at " + uri.getHost() + ":" + uri.getPort() + (uri.getDatabase() == 0 ? "" : "/" + uri.getDatabase());
    }
}
