package io.lorawanbi.server.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Clients that misbehave on purpose, over raw loopback sockets, for the transport adapters' tests:
 * slow senders that hold a connection open after one byte, and clients that hang up before reading
 * the answer. Also counts this process's open file descriptors ({@code /proc/self/fd}).
 */
public final class HostileClients {

    private HostileClients() {}

    /** An answer read off a socket, and how long it took from connecting to the last byte. */
    public record Answer(int status, byte[] body, Duration elapsed) {}

    /**
     * Opens {@code count} connections, sends one byte of a request line on each and keeps them open.
     * The caller closes them.
     */
    public static List<Socket> slowSenders(InetSocketAddress server, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket(server.getAddress(), server.getPort());
            sockets.add(s);
            s.getOutputStream().write('P');
            s.getOutputStream().flush();
        }
        return sockets;
    }

    /** Closes every socket, ignoring failures. */
    public static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** One POST with {@code Connection: close}, read to the end; the socket times out after {@code timeout}. */
    public static Answer post(InetSocketAddress server, byte[] body, Duration timeout) throws IOException {
        long start = System.nanoTime();
        try (Socket s = new Socket(server.getAddress(), server.getPort())) {
            s.setSoTimeout((int) timeout.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(requestHead(server, body.length, true));
            out.write(body);
            out.flush();
            byte[] raw = s.getInputStream().readAllBytes();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
                throw new IOException("not an HTTP answer: " + text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            byte[] answer = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
            return new Answer(status, answer, elapsed);
        }
    }

    /**
     * Sends a whole request (with {@code Content-Length}) and closes the connection at once, without
     * reading the answer.
     */
    public static void hangUpAfterSending(InetSocketAddress server, byte[] body) throws IOException {
        try (Socket s = new Socket(server.getAddress(), server.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(requestHead(server, body.length, false));
            out.write(body);
            out.flush();
        }
    }

    private static byte[] requestHead(InetSocketAddress server, int length, boolean close) {
        return ("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + server.getPort() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + length + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The number of file descriptors this process holds open now (Linux: the entries of /proc/self/fd). */
    public static long openDescriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether descriptors can be counted here (Linux). */
    public static boolean canCountDescriptors() {
        return Files.isDirectory(Path.of("/proc/self/fd"));
    }

    /**
     * Waits until this process holds at most {@code limit} descriptors, polling every 50 ms, for up to
     * {@code within}; returns the last count.
     */
    public static long awaitDescriptorsAtMost(long limit, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long count = openDescriptors();
        while (count > limit && System.nanoTime() < deadline) {
            Thread.sleep(50);
            count = openDescriptors();
        }
        return count;
    }

}
