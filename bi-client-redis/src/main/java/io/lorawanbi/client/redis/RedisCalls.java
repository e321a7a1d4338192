package io.lorawanbi.client.redis;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the store's scripts on its command connection, each bounded by the operation timeout. */
final class RedisCalls {

    private final StatefulRedisConnection<String, byte[]> commands;
    private final Duration operationTimeout;
    private final String where;

    RedisCalls(StatefulRedisConnection<String, byte[]> commands, Duration operationTimeout, String where) {
        this.commands = commands;
        this.operationTimeout = operationTimeout;
        this.where = where;
    }

    /** The script's reply; fails with Lettuce's error, or {@link TimeoutException} after the timeout. */
    CompletableFuture<byte[]> eval(String script, String redisKey, byte[]... args) {
        RedisFuture<byte[]> sent;
        try {
            sent = commands.async().eval(script, ScriptOutputType.VALUE, new String[] {redisKey}, args);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<byte[]> result = sent.toCompletableFuture().thenApply(r -> r);
        result.orTimeout(operationTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> {
            if (e != null) {
                sent.cancel(true); // timed out or given up: a command buffered while disconnected must not run later
            }
        });
        return result;
    }

    /** Waits for the future, at most the operation timeout. */
    <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(operationTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw unavailable(what, e);
        } catch (ExecutionException | TimeoutException e) {
            future.cancel(true);
            throw unavailable(what, e);
        }
    }

    /** The store's error for a failed call: what, where (host and port), and the client's reason. */
    PendingStoreUnavailableException unavailable(String what, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String why = cause instanceof TimeoutException
                ? "no reply within " + operationTimeout
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new PendingStoreUnavailableException("could not " + what + " in " + where + " (" + why + ")", cause);
    }

    Duration operationTimeout() {
        return operationTimeout;
    }
}
