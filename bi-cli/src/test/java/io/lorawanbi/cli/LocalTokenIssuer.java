package io.lorawanbi.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Packet Broker-style token issuer on loopback: an Ed25519 key, its JWKS at
 * {@code ISSUER/.well-known/jwks.json} (the JDK HTTP server), and cluster tokens signed with it
 * (EdDSA compact JWS, the claims Packet Broker sends).
 */
final class LocalTokenIssuer implements AutoCloseable {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer http;
    private final KeyPair key;

    private LocalTokenIssuer(HttpServer http, KeyPair key) {
        this.http = http;
        this.key = key;
    }

    static LocalTokenIssuer start() throws IOException, GeneralSecurityException {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = key.getPublic().getEncoded();
        byte[] x = Arrays.copyOfRange(spki, spki.length - 32, spki.length); // the raw key ends the SubjectPublicKeyInfo
        byte[] jwks = ("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"test-1\",\"use\":\"sig\",\"alg\":\"EdDSA\",\"x\":\""
                + B64.encodeToString(x) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        http.start();
        return new LocalTokenIssuer(http, key);
    }

    /** The issuer URL ({@code iss}), such as {@code http://127.0.0.1:41234}. */
    String issuer() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** A cluster token for this audience, valid for ten minutes. */
    String clusterToken(String audience) throws GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"EdDSA\",\"kid\":\"test-1\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer() + "\",\"sub\":\"test-cluster\",\"aud\":[\"" + audience + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + 600) + ",\"https://iam.packetbroker.net/claims\":{\"c\":true}}";
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signer.sign());
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
