/**
 * {@link io.lorawanbi.client.redis.RedisPendingAnswerStore}: pending asynchronous requests kept in
 * Redis and shared by every instance of a network server, with answers handed over by Redis
 * publish/subscribe.
 */
@NullMarked
package io.lorawanbi.client.redis;

import org.jspecify.annotations.NullMarked;
