package io.lorawanbi.codec.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peer wire vectors beside the repository ({@code ../shared/vectors/peers}, or the directory in
 * the system property {@code bi.vectors.dir}): each file's message body and the peer's own verdict.
 */
public final class PeerVectors {

    private static final JsonFactory JSON = new JsonFactory();

    /** One vector. */
    public record Vector(String name, byte[] body, boolean peerAccepted, String peerResultCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PeerVectors() {}

    /** The vectors directory. */
    public static Path directory() {
        String configured = System.getProperty("bi.vectors.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return dir.getParent().resolve("shared/vectors/peers");
    }

    /** Every vector, by file name. */
    public static List<Vector> all() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the peer vectors are not at " + dir
                    + ": check out the shared material beside the repository, or set -Dbi.vectors.dir");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Vector> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Vector read(Path file) throws IOException {
        byte[] body = null;
        boolean accepted = false;
        String code = null;
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("message")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        g.copyCurrentStructure(p);
                    }
                    body = out.toByteArray();
                } else if (name.equals("expect")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String e = p.currentName();
                        p.nextToken();
                        if (e.equals("accepted")) {
                            accepted = p.currentToken() == JsonToken.VALUE_TRUE;
                        } else if (e.equals("resultCode") && p.currentToken() == JsonToken.VALUE_STRING) {
                            code = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        String name = file.getFileName().toString().replace(".json", "");
        return new Vector(name, body, accepted, code);
    }
}
