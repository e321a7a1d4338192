/**
 * The Backend Interfaces client: sends requests to peers and returns their typed answers, synchronously
 * or asynchronously, with pending asynchronous requests kept in a {@link io.lorawanbi.client.PendingAnswerStore}.
 */
module io.lorawanbi.client {
    requires transitive io.lorawanbi.codec;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.core;
    requires static org.jspecify;

    exports io.lorawanbi.client;
    // Internal: the testkit's client and conformance reports tell transport failures apart the same way.
    exports io.lorawanbi.client.internal to io.lorawanbi.testkit;
}
