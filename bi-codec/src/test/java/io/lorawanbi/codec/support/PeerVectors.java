package io.lorawanbi.codec.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The peer wire vectors kept with the tests ({@code peer-vectors/} on the test class path, from
 * {@code bi-codec/src/test/resources}; provenance in its README), or the directory in the system
 * property {@code bi.vectors.dir} when set: each file's message body and the peer's own verdict.
 */
public final class PeerVectors {

    /** The class-path folder of the vectors. */
    static final String RESOURCE = "peer-vectors";

    private static final JsonFactory JSON = new JsonFactory();

    /** One vector. */
    public record Vector(String name, byte[] body, boolean peerAccepted, String peerResultCode) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PeerVectors() {}

    /**
     * The vectors directory: {@code bi.vectors.dir} if set, else {@code peer-vectors/} on the test
     * class path: a directory when the tests run from Maven's {@code target/test-classes}, a folder of
     * bi-codec's test jar for other modules' tests.
     *
     * @throws IllegalStateException if the folder is not on the class path
     */
    public static Path directory() {
        String configured = System.getProperty("bi.vectors.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        URL url = PeerVectors.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the peer vectors are not on the test class path: "
                    + RESOURCE + "/ belongs in bi-codec/src/test/resources");
        }
        try {
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) { // from bi-codec's test jar, as other modules' tests read them
                try {
                    java.nio.file.FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notOpenYet) {
                    try {
                        java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException openedMeanwhile) {
                        // another thread opened it: use that one
                    }
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | FileSystemNotFoundException | IllegalArgumentException | IOException e) {
            throw new IllegalStateException("the peer vectors at " + url + " are not a directory", e);
        }
    }

    /** Every vector, by file name. */
    public static List<Vector> all() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the peer vectors are not at " + dir);
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
