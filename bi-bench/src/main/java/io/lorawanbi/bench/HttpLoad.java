package io.lorawanbi.bench;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.jetty.BiJettyHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP benchmark: one Jetty 12 server on 127.0.0.1 with the settings of {@code BiJettyServer}'s
 * defaults (HTTP/1.1, 200 threads, no Server or Date header) and two paths: {@code /bi}, the
 * {@link BiJettyHandler} serving a {@link BiServer} that answers HomeNSReq from an in-memory lookup
 * ({@code HomeNSHandler.nonBlocking}), and {@code /fixed}, a handler that answers every request with
 * the same HomeNSAns bytes without reading anything: the transport's own ceiling. Closed-loop clients
 * (1, 8 and 64), each on one keep-alive connection of its own, send HomeNSReq (1.0 and 1.1
 * alternating) for a fixed time after a warm-up; the table gives requests per second and the p50 and
 * p99 latency of each, and the library's share as the ratio of the two.
 *
 * <p>Run: {@code java -cp bi-bench/target/benchmarks.jar io.lorawanbi.bench.HttpLoad [seconds]}
 * (default 10 s of measurement per row, after 3 s of warm-up). Not a JMH benchmark: JMH measures one
 * thread's calls, this the server under concurrent connections, client included (the clients run on
 * the same machine).
 */
public final class HttpLoad {

    private static final int[] CLIENTS = {1, 8, 64};

    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        BiCodec codec = BiCodec.standard();
        BiServer bi = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Samples.NET_ID)))
                .answersFor(Samples.JOIN_EUI)
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> HomeNSOutcome.found(Samples.NET_ID, Samples.NSID)))
                .build();
        byte[][] bodies = {codec.encode(Samples.homeNSReq(ProtocolVersion.V1_0)),
                codec.encode(Samples.homeNSReq(ProtocolVersion.V1_1))};
        byte[] fixed = bi.handle(io.lorawanbi.server.InboundRequest.of(bodies[1])).body();
        if (codec.decode(fixed, HomeNSAns.class).result().resultCode() != ResultCode.Success) {
            throw new IllegalStateException("the sample is not answered Success");
        }
        Server server = jetty(bi, fixed);
        try {
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            System.out.printf(Locale.ROOT, "HTTP/1.1 on 127.0.0.1, %d s per row, %d cores, load average before: %s%n",
                    seconds, Runtime.getRuntime().availableProcessors(), loadAverage());
            System.out.println("| clients | BiServer req/s | p50 µs | p99 µs | fixed bytes req/s | p50 µs | p99 µs | BiServer / fixed (req/s) |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int clients : CLIENTS) {
                Result library = run(port, "/bi", bodies, clients, seconds);
                Result ceiling = run(port, "/fixed", bodies, clients, seconds);
                System.out.printf(Locale.ROOT, "| %d | %,.0f | %,d | %,d | %,.0f | %,d | %,d | %.2f |%n", clients,
                        library.perSecond, library.p50 / 1000, library.p99 / 1000,
                        ceiling.perSecond, ceiling.p50 / 1000, ceiling.p99 / 1000, library.perSecond / ceiling.perSecond);
            }
            System.out.println("load average after: " + loadAverage());
        } finally {
            server.stop();
        }
    }

    private static Server jetty(BiServer bi, byte[] fixed) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        BiJettyHandler library = new BiJettyHandler(bi);
        Handler.Abstract ceiling = new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, fixed.length);
                response.write(true, ByteBuffer.wrap(fixed), callback);
                return true;
            }
        };
        server.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return "/fixed".equals(Request.getPathInContext(request))
                        ? ceiling.handle(request, response, callback) : library.handle(request, response, callback);
            }

            @Override
            protected void doStart() throws Exception {
                library.setServer(getServer());
                ceiling.setServer(getServer());
                library.start();
                ceiling.start();
                super.doStart();
            }
        });
        server.start();
        return server;
    }

    private record Result(double perSecond, long p50, long p99) {}

    private static Result run(int port, String path, byte[][] bodies, int clients, int seconds) throws Exception {
        long warmUpEnd = System.nanoTime() + 3_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<Client> all = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Client client = new Client(port, path, bodies, c, warmUpEnd, end, done);
            all.add(client);
            Thread t = new Thread(client, "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long count = 0;
        long[] merged = new long[0];
        for (Client c : all) {
            if (c.failure != null) {
                throw new IllegalStateException("client failed", c.failure);
            }
            count += c.count;
            int from = merged.length;
            merged = Arrays.copyOf(merged, from + c.count);
            System.arraycopy(c.latencies, 0, merged, from, c.count);
        }
        Arrays.sort(merged);
        return new Result(count / (double) seconds, merged[merged.length / 2], merged[(int) (merged.length * 0.99)]);
    }

    /** A closed-loop client on one keep-alive connection: send, read the whole answer, repeat. */
    private static final class Client implements Runnable {
        final int port;
        final String path;
        final byte[][] requests;
        final int id;
        final long warmUpEnd;
        final long end;
        final CountDownLatch done;
        long[] latencies = new long[1 << 16];
        int count;
        Exception failure;

        Client(int port, String path, byte[][] bodies, int id, long warmUpEnd, long end, CountDownLatch done) {
            this.port = port;
            this.path = path;
            this.id = id;
            this.warmUpEnd = warmUpEnd;
            this.end = end;
            this.done = done;
            this.requests = new byte[bodies.length][];
            for (int i = 0; i < bodies.length; i++) {
                byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + bodies[i].length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                requests[i] = Arrays.copyOf(head, head.length + bodies[i].length);
                System.arraycopy(bodies[i], 0, requests[i], head.length, bodies[i].length);
            }
        }

        @Override
        public void run() {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
                byte[] body = new byte[4096];
                for (long i = id; ; i++) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    out.write(requests[(int) (i & 1)]);
                    out.flush();
                    int length = readHead(in);
                    if (in.readNBytes(body, 0, length) != length) {
                        throw new IOException("the connection closed within an answer");
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmUpEnd) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = t1 - t0;
                    }
                }
            } catch (Exception e) {
                failure = e;
            } finally {
                done.countDown();
            }
        }

        /** Reads the status line and headers; returns Content-Length. Fails unless the status is 200. */
        private static int readHead(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int length = -1;
            boolean first = true;
            while (true) {
                line.setLength(0);
                int c;
                while ((c = in.read()) != '\n') {
                    if (c < 0) {
                        throw new IOException("the connection closed");
                    }
                    if (c != '\r') {
                        line.append((char) c);
                    }
                }
                if (line.length() == 0) {
                    break;
                }
                String text = line.toString();
                if (first && !text.startsWith("HTTP/1.1 200")) {
                    throw new IOException("answered " + text);
                }
                first = false;
                if (text.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(text.substring(15).trim());
                }
            }
            if (length < 0) {
                throw new IOException("no Content-Length");
            }
            return length;
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
