package io.lorawanbi.auth.config;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.server.auth.ClientAuthUsage;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The client CAs trusted per SenderID, in the format The Things Stack reads for
 * {@code interop.sender-client-ca} (source {@code directory}), so that an operator can reuse its
 * directory: a {@code config.yml} mapping each SenderID to a PEM file, relative to the directory:
 *
 * <pre>{@code
 * 000013: ca-000013.pem
 * 70B3D57ED0000000: partner-js.pem
 * }</pre>
 *
 * <p>A key is a NetID (6 hex digits) or a JoinEUI (16 hex digits), read as written (so {@code 000013}
 * stays a NetID, not the number 13); a PEM file may hold several certificates, all trusted for that
 * SenderID, and blocks of other types are skipped. Anything else stops start-up with a
 * {@link TrustConfigException} naming the file and line: an unknown or repeated key, a value that is
 * not a file name, an unreadable file or one without a certificate, YAML that does not parse. The
 * files are read once, by {@link #load(Path)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SenderClientCas {

    /** The configuration file's name inside the directory. */
    public static final String CONFIG_FILE = "config.yml";

    private static final Pattern NET_ID = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final Pattern EUI = Pattern.compile("[0-9A-Fa-f]{16}");
    private static final int MAX_CONFIG_CODE_POINTS = 1024 * 1024;

    private final Map<PartyID, List<X509Certificate>> cas;

    private SenderClientCas(Map<PartyID, List<X509Certificate>> cas) {
        this.cas = cas;
    }

    /**
     * Reads {@code config.yml} in a directory and every PEM file it names.
     *
     * @param directory the directory holding {@code config.yml}
     * @throws TrustConfigException for anything that cannot be used, with the file and line
     */
    public static SenderClientCas load(Path directory) {
        return loadConfig(directory.resolve(CONFIG_FILE));
    }

    /**
     * Reads a configuration file of the same format under another name; PEM file names are relative
     * to its directory.
     *
     * @throws TrustConfigException for anything that cannot be used, with the file and line
     */
    public static SenderClientCas loadConfig(Path configFile) {
        Objects.requireNonNull(configFile, "configFile");
        Node root = compose(configFile);
        if (!(root instanceof MappingNode mapping)) {
            throw new TrustConfigException(configFile, line(root), "expected a map of SenderID to PEM file");
        }
        Path base = configFile.toAbsolutePath().getParent();
        Map<PartyID, List<X509Certificate>> out = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            int line = line(keyNode);
            String key = scalar(configFile, keyNode, "a SenderID");
            PartyID id = senderId(configFile, line, key);
            if (out.containsKey(id)) {
                throw new TrustConfigException(configFile, line, "SenderID " + id + " is configured twice");
            }
            String fileName = scalar(configFile, entry.getValueNode(), "a PEM file name");
            if (fileName.isBlank()) {
                throw new TrustConfigException(configFile, line(entry.getValueNode()), "no PEM file for " + id);
            }
            Path pem = base.resolve(fileName);
            List<X509Certificate> certificates;
            try {
                certificates = PemFiles.readCertificates(pem);
            } catch (TrustConfigException e) {
                throw new TrustConfigException(configFile, line(entry.getValueNode()),
                        "the CA file of " + id + " cannot be used: " + e.getMessage(), e);
            }
            out.put(id, certificates);
        }
        if (out.isEmpty()) {
            throw new TrustConfigException(configFile, 0, "no SenderID is configured");
        }
        return new SenderClientCas(java.util.Collections.unmodifiableMap(out));
    }

    /** The CAs of each configured SenderID, in the order of the file. */
    public Map<PartyID, List<X509Certificate>> cas() {
        return cas;
    }

    /** The CAs trusted for one SenderID, if configured. */
    public Optional<List<X509Certificate>> casFor(PartyID senderId) {
        return Optional.ofNullable(cas.get(senderId));
    }

    /** Every configured CA: what the TLS listener should accept client certificates from ({@link ServerTls}). */
    public Set<X509Certificate> allCas() {
        Set<X509Certificate> all = new LinkedHashSet<>();
        cas.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    /** Adds every SenderID's CAs to a builder. */
    public ClientCertificateAuthenticator.Builder trustAll(ClientCertificateAuthenticator.Builder builder) {
        cas.forEach(builder::trust);
        return builder;
    }

    /** An authenticator trusting exactly these CAs per SenderID, with the default key usage check. */
    public ClientCertificateAuthenticator authenticator() {
        return authenticator(ClientAuthUsage.IF_PRESENT);
    }

    /** An authenticator trusting exactly these CAs per SenderID, with this key usage check. */
    public ClientCertificateAuthenticator authenticator(ClientAuthUsage usage) {
        return trustAll(ClientCertificateAuthenticator.builder().clientAuthUsage(usage)).build();
    }

    /** The configured SenderIDs and how many CAs each has; certificates are public, but long. */
    @Override
    public String toString() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cas.forEach((id, list) -> counts.put(id.toString(), list.size()));
        return "SenderClientCas" + counts;
    }

    private static Node compose(Path file) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setCodePointLimit(MAX_CONFIG_CODE_POINTS)
                .setMaxAliasesForCollections(10)
                .setAllowRecursiveKeys(false)
                .build();
        byte[] bytes = PemFiles.readBounded(file); // bounded before parsing: comments count too
        try (Reader reader = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader))).getSingleNode()
                    .orElseThrow(() -> new TrustConfigException(file, 0, "empty: no SenderID is configured"));
        } catch (IOException e) {
            throw new TrustConfigException(file, 0, "cannot read: " + e.getClass().getSimpleName(), e);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new TrustConfigException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new TrustConfigException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String scalar(Path file, Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw new TrustConfigException(file, line(node), "expected " + what + ", found a " + node.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT));
        }
        return s.getValue().strip();
    }

    private static PartyID senderId(Path file, int line, String key) {
        if (NET_ID.matcher(key).matches()) {
            return NetID.parse(key);
        }
        if (EUI.matcher(key).matches()) {
            return EUI64.parse(key);
        }
        throw new TrustConfigException(file, line, "unknown key '" + key
                + "': expected a SenderID, a NetID of 6 or a JoinEUI of 16 hex digits");
    }

    private static int line(Node node) {
        return node == null ? 0 : node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
