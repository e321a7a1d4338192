package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.NetID;
import io.lorawanbi.server.testsupport.TestPki;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS files of {@code bi serve} replaced on disk while a client keeps sending: a half-written
 * certificate and a certificate without its key are refused (the old certificate stays in service),
 * the complete pair is taken without a restart, no exchange fails, and new connections see the new
 * certificate.
 */
@Timeout(180)
class TlsReloadTest {

    private static final String REQUEST = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
            + "\"TransactionID\":%d,\"MessageType\":\"HomeNSReq\",\"SenderNSID\":\"0000000000000001\",\"DevEUI\":\"0102030405060708\"}";

    @Test
    void renewed_files_are_taken_without_a_restart_or_a_failed_exchange(@TempDir Path dir) throws Exception {
        TestPki before = TestPki.generate(Files.createDirectory(dir.resolve("pki-before")));
        TestPki after = TestPki.generate(Files.createDirectory(dir.resolve("pki-after")));
        Path cert = dir.resolve("fullchain.pem");
        Path key = dir.resolve("privkey.pem");
        replace(cert, TestPki.pem(before.server.chain()));
        replace(key, TestPki.pem(before.server.key()));
        Path devices = Files.writeString(dir.resolve("devices.csv"),
                DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,C00053,\n");
        ServeConfig config = ServeConfig.defaults()
                .withListen(new ListenConfig("127.0.0.1", Optional.of(0),
                        Optional.of(new TlsConfig(cert, key, TlsConfig.ClientAuth.NONE, Duration.ofMillis(100)))))
                .withRegistry(RegistryConfig.csvFile(devices));
        ConcurrentLinkedQueue<String> reports = new ConcurrentLinkedQueue<>();
        SSLContext client = trusting(before.server.leaf(), after.server.leaf());

        try (ResponderAssembly responder = ResponderAssembly.start(config, Set.of(NetID.parse("000013")), java.util.Map.of(),
                reports::add)) {
            URI uri = responder.uri();
            assertThat(serverCertificate(client, uri)).isEqualTo(before.server.leaf());

            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Thread sender = new Thread(() -> {
                HttpClient keptAlive = HttpClient.newBuilder().sslContext(client).version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 1; sending.get(); i++) {
                    // one kept-alive connection across the reload, and a new connection every third exchange
                    HttpClient c = i % 3 == 0
                            ? HttpClient.newBuilder().sslContext(client).version(HttpClient.Version.HTTP_1_1).build() : keptAlive;
                    try {
                        HttpResponse<String> r = c.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                                .POST(HttpRequest.BodyPublishers.ofString(REQUEST.formatted(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && r.body().contains("\"ResultCode\":\"Success\"")) {
                            answered.incrementAndGet();
                        } else {
                            failures.add("HTTP " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException e) {
                        failures.add(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tls-reload-sender");
            sender.start();
            try {
                awaitAnswers(answered, 3);

                // Certbot-like replacement caught half way: a truncated certificate, then the new
                // certificate beside the old key. Neither can be used; the old certificate stays.
                String newChain = TestPki.pem(after.server.chain());
                replace(cert, newChain.substring(0, newChain.length() / 2));
                awaitReport(reports, "cannot be used yet");
                replace(cert, newChain);
                awaitReport(reports, "does not belong");
                int mid = answered.get();
                awaitAnswers(answered, mid + 3);
                assertThat(serverCertificate(client, uri)).isEqualTo(before.server.leaf());

                replace(key, TestPki.pem(after.server.key()));
                awaitReport(reports, "reloaded the TLS certificate");
                assertThat(serverCertificate(client, uri)).as("a new connection").isEqualTo(after.server.leaf());
                int afterReload = answered.get();
                awaitAnswers(answered, afterReload + 3);
            } finally {
                sending.set(false);
                sender.join(30_000);
            }
            assertThat(failures).as("failed exchanges").isEmpty();
            assertThat(answered.get()).isGreaterThanOrEqualTo(9);
            assertThat(String.join("\n", reports)).doesNotContain("PRIVATE KEY");
        }
    }

    /** Writes a file as Certbot does: a new file moved into place. */
    private static void replace(Path file, String text) throws IOException {
        Path tmp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitAnswers(AtomicInteger answered, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answered.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(answered.get()).as("exchanges answered").isGreaterThanOrEqualTo(count);
    }

    private static void awaitReport(ConcurrentLinkedQueue<String> reports, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (reports.stream().noneMatch(r -> r.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reports).as("reports").anyMatch(r -> r.contains(text));
    }

    /** The certificate a new connection sees (a new client context each time, so no session is resumed). */
    private static X509Certificate serverCertificate(SSLContext context, URI uri) throws Exception {
        SSLContext fresh = SSLContext.getInstance("TLS");
        fresh.init(null, new javax.net.ssl.TrustManager[] {new TrustAll()}, null);
        try (SSLSocket socket = (SSLSocket) fresh.getSocketFactory().createSocket(uri.getHost(), uri.getPort())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Accepts any server: only the certificate presented is looked at. */
    private static final class TrustAll implements javax.net.ssl.X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static SSLContext trusting(X509Certificate... certificates) throws Exception {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            anchors.setCertificateEntry("c" + i, certificates[i]);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
