/**
 * A {@link io.lorawanbi.client.PendingAnswerStore} on Redis (Lettuce), so that the instance of a
 * network server that receives a posted asynchronous answer completes the call of the instance that
 * sent the request.
 */
module io.lorawanbi.client.redis {
    requires transitive io.lorawanbi.client;
    requires transitive lettuce.core;
    requires static org.jspecify;

    exports io.lorawanbi.client.redis;
}
