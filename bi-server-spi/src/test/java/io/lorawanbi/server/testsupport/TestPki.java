package io.lorawanbi.server.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A small PKI made at test time with the JDK's {@code keytool}: three CAs ("trusted", "other",
 * "untrusted"), a client certificate signed by each (with DNS SANs), and a self-signed server
 * certificate for 127.0.0.1. Keys are EC P-256, valid for two days.
 */
public final class TestPki {

    /** A private key with its certificate chain, leaf first. */
    public record Identity(PrivateKey key, List<X509Certificate> chain) {
        public Identity {
            chain = List.copyOf(chain);
        }

        public X509Certificate leaf() {
            return chain.get(0);
        }
    }

    public static final List<String> TRUSTED_CLIENT_DNS = List.of("ns.trusted.example", "backup.trusted.example");
    public static final List<String> OTHER_CLIENT_DNS = List.of("ns.other.example");
    public static final List<String> UNTRUSTED_CLIENT_DNS = List.of("ns.untrusted.example");

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final long PROCESS_TIMEOUT_SECONDS = 30;

    public final X509Certificate trustedCa;
    public final X509Certificate otherCa;
    public final X509Certificate untrustedCa;
    public final Identity trustedClient;
    public final Identity otherClient;
    public final Identity untrustedClient;
    /** Signed by the trusted CA, but with the extended key usage serverAuth only. */
    public final Identity trustedServerUsageClient;
    public final Identity server;

    private TestPki(Path dir) throws IOException, GeneralSecurityException {
        trustedCa = loadIdentity(dir.resolve("trusted-ca.p12"), "ca").leaf();
        otherCa = loadIdentity(dir.resolve("other-ca.p12"), "ca").leaf();
        untrustedCa = loadIdentity(dir.resolve("untrusted-ca.p12"), "ca").leaf();
        trustedClient = client(dir, "trusted", trustedCa);
        otherClient = client(dir, "other", otherCa);
        untrustedClient = client(dir, "untrusted", untrustedCa);
        trustedServerUsageClient = client(dir, "serverusage", trustedCa);
        server = loadIdentity(dir.resolve("server.p12"), "server");
    }

    /** Generates the PKI into a directory (normally a {@code @TempDir}). */
    public static TestPki generate(Path dir) throws IOException, GeneralSecurityException, InterruptedException {
        List<List<String>> keys = new ArrayList<>();
        for (String name : List.of("trusted", "other", "untrusted")) {
            keys.add(List.of("-genkeypair", "-alias", "ca", "-dname", "CN=" + name + " test CA", "-ext", "BC:c=ca:true",
                    "-keystore", dir.resolve(name + "-ca.p12").toString()));
            keys.add(List.of("-genkeypair", "-alias", "client", "-dname", "CN=" + name + " client",
                    "-keystore", dir.resolve(name + "-client.p12").toString()));
        }
        keys.add(List.of("-genkeypair", "-alias", "client", "-dname", "CN=server usage client",
                "-keystore", dir.resolve("serverusage-client.p12").toString()));
        keys.add(List.of("-genkeypair", "-alias", "server", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", dir.resolve("server.p12").toString()));
        runAll(dir, keys.stream().map(List::of).toList());

        // certreq | gencert, the three pipelines in parallel
        List<List<List<String>>> signing = new ArrayList<>();
        signing.add(signing(dir, "trusted", TRUSTED_CLIENT_DNS));
        signing.add(signing(dir, "other", OTHER_CLIENT_DNS));
        signing.add(signing(dir, "untrusted", UNTRUSTED_CLIENT_DNS));
        signing.add(signing(dir, "serverusage", "trusted", List.of("ns.serverusage.example"), "serverAuth"));
        runAll(dir, signing);
        return new TestPki(dir);
    }

    /** A client's CSR piped into its CA's gencert. */
    private static List<List<String>> signing(Path dir, String name, List<String> dnsNames) {
        return signing(dir, name, name, dnsNames, "clientAuth");
    }

    private static List<List<String>> signing(Path dir, String name, String ca, List<String> dnsNames, String usage) {
        String san = "SAN=" + String.join(",", dnsNames.stream().map(d -> "dns:" + d).toList());
        return List.of(
                List.of("-certreq", "-alias", "client", "-keystore", dir.resolve(name + "-client.p12").toString()),
                List.of("-gencert", "-alias", "ca", "-keystore", dir.resolve(ca + "-ca.p12").toString(),
                        "-outfile", dir.resolve(name + "-client.pem").toString(), "-rfc",
                        "-ext", "BC:c=ca:false", "-ext", san, "-ext", "EKU=" + usage));
    }

    /**
     * Runs keytool pipelines (one command, or several whose output feeds the next) in parallel and
     * waits, bounded, for all of them.
     */
    private static void runAll(Path dir, List<List<List<String>>> pipelines) throws IOException, InterruptedException {
        List<Process> processes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (List<List<String>> pipeline : pipelines) {
            List<ProcessBuilder> builders = new ArrayList<>();
            for (int i = 0; i < pipeline.size(); i++) {
                Path log = Files.createTempFile(dir, "keytool", ".log");
                ProcessBuilder b = new ProcessBuilder(command(pipeline.get(i))).redirectError(log.toFile());
                if (i == pipeline.size() - 1) {
                    b.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                }
                builders.add(b);
                logs.add(log);
                names.add(pipeline.get(i).toString());
            }
            processes.addAll(ProcessBuilder.startPipeline(builders));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROCESS_TIMEOUT_SECONDS);
        try {
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new IOException("keytool timed out: " + names.get(i));
                }
                if (p.exitValue() != 0) {
                    throw new IOException("keytool failed: " + names.get(i) + "\n"
                            + Files.readString(logs.get(i), StandardCharsets.UTF_8));
                }
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData"));
        cmd.addAll(args);
        cmd.addAll(List.of("-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-noprompt"));
        if (args.get(0).equals("-genkeypair")) {
            cmd.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        } else if (args.get(0).equals("-gencert")) {
            cmd.addAll(List.of("-validity", "2"));
        }
        return cmd;
    }

    private static Identity loadIdentity(Path p12, String alias) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD);
        }
        return new Identity((PrivateKey) ks.getKey(alias, PASSWORD), List.of((X509Certificate) ks.getCertificate(alias)));
    }

    private static Identity client(Path dir, String name, X509Certificate ca) throws IOException, GeneralSecurityException {
        PrivateKey key = loadIdentity(dir.resolve(name + "-client.p12"), "client").key();
        X509Certificate leaf;
        try (InputStream in = Files.newInputStream(dir.resolve(name + "-client.pem"))) {
            leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        return new Identity(key, List.of(leaf, ca));
    }

    /** Certificates as PEM text, in order. */
    public static String pem(List<X509Certificate> certificates) {
        StringBuilder out = new StringBuilder();
        java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate c : certificates) {
            try {
                out.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(c.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    /** A private key as PKCS#8 PEM. */
    public static String pem(PrivateKey key) {
        java.util.Base64.Encoder base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN PRIVATE KEY-----\n" + base64.encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    /** The server's TLS context: the server certificate, and all three CAs trusted at the TLS level. */
    public SSLContext serverContext() throws GeneralSecurityException, IOException {
        return context(server, List.of(trustedCa, otherCa, untrustedCa));
    }

    /** A client's TLS context: its identity (none for {@code null}) and the server certificate trusted. */
    public SSLContext clientContext(Identity identity) throws GeneralSecurityException, IOException {
        return context(identity, List.of(server.leaf()));
    }

    private static SSLContext context(Identity identity, List<X509Certificate> trusted)
            throws GeneralSecurityException, IOException {
        KeyManagerFactory kmf = null;
        if (identity != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("key", identity.key(), PASSWORD, identity.chain().toArray(new X509Certificate[0]));
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, PASSWORD);
        }
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        for (int i = 0; i < trusted.size(); i++) {
            anchors.setCertificateEntry("anchor" + i, trusted.get(i));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }
}
