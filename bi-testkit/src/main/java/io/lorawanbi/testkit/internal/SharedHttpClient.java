package io.lorawanbi.testkit.internal;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client the test kit uses when the caller gives none: HTTP/1.1, a 5 s connect timeout, no
 * redirects followed, the JDK's default TLS settings. Created on first use; thread-safe.
 */
public final class SharedHttpClient {

    private SharedHttpClient() {}

    private static final class Holder {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The shared client. */
    public static HttpClient get() {
        return Holder.INSTANCE;
    }
}
