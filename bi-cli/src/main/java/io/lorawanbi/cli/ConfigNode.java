package io.lorawanbi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
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
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * One mapping of a YAML configuration file, read as the text written (so {@code 000013} stays a
 * NetID, not the number 13), with the file and line of every value for errors. Each section names
 * the keys it knows ({@link #only}); any other key is an error, never ignored. Every error is a
 * {@link UsageException} of the form {@code FILE:LINE: KEY: problem}; paths are resolved against the
 * configuration file's directory.
 */
final class ConfigNode {

    /** The largest configuration file read, in bytes. */
    static final int MAX_FILE_BYTES = 256 * 1024;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private final Path file;
    private final String path;
    private final int line;
    private final Map<String, NodeTuple> entries;

    private ConfigNode(Path file, String path, MappingNode node) {
        this.file = file;
        this.path = path;
        this.line = line(node);
        Map<String, NodeTuple> map = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new UsageException(at(line(t.getKeyNode())) + where() + "a key must be a plain name");
            }
            if (map.put(key.getValue(), t) != null) {
                throw new UsageException(at(line(key)) + qualified(key.getValue()) + ": given twice");
            }
        }
        this.entries = map;
    }

    /**
     * The top mapping of a configuration file.
     *
     * @throws UsageException when the file cannot be read, is larger than {@value #MAX_FILE_BYTES}
     *     bytes, is not valid YAML, or is not a mapping
     */
    static ConfigNode read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UsageException(Errors.cannotRead(file, e));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UsageException(file + ": larger than " + MAX_FILE_BYTES + " bytes");
        }
        String text = DeviceFile.text(bytes, file.toString());
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).setMaxAliasesForCollections(10)
                .setAllowRecursiveKeys(false).setAllowDuplicateKeys(true).build();
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader))).getSingleNode()
                    .orElse(null);
        } catch (IOException e) {
            throw new UsageException(Errors.cannotRead(file, e));
        } catch (MarkedYamlEngineException e) {
            int l = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new UsageException(file + (l > 0 ? ":" + l : "") + ": not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new UsageException(file + ": not valid YAML: " + Errors.plain(e));
        }
        if (root == null || isNull(root)) {
            throw new UsageException(file + ": empty; see docs/deploy.md for the sections of a configuration");
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new UsageException(file + ":" + line(root) + ": expected a mapping of sections (listen, trust, ...)");
        }
        return new ConfigNode(file, "", mapping);
    }

    /** Refuses any key but these, naming the first unknown one and the keys known here. */
    ConfigNode only(String... known) {
        List<String> k = List.of(known);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!k.contains(e.getKey())) {
                throw new UsageException(at(line(e.getValue().getKeyNode())) + "unknown key '" + qualified(e.getKey())
                        + "'; " + (path.isEmpty() ? "the sections are " : "the keys of " + path + " are ")
                        + String.join(", ", k));
            }
        }
        return this;
    }

    /** Whether the key is given (with any value but an empty one). */
    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** Whether the key's value is a mapping. */
    boolean isMapping(String key) {
        return value(key).filter(MappingNode.class::isInstance).isPresent();
    }

    /** The keys given here, in file order. */
    List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** A nested mapping. */
    Optional<ConfigNode> section(String key) {
        return value(key).map(n -> {
            if (!(n instanceof MappingNode m)) {
                throw wrongType(key, n, "a mapping");
            }
            return new ConfigNode(file, qualified(key), m);
        });
    }

    /** A scalar as written, stripped; an empty one is an error. */
    Optional<String> string(String key) {
        return value(key).map(n -> {
            if (!(n instanceof ScalarNode s)) {
                throw wrongType(key, n, "a single value");
            }
            String v = s.getValue().strip();
            if (v.isEmpty()) {
                throw error(key, "is empty");
            }
            return v;
        });
    }

    /** A scalar converted by a parser whose IllegalArgumentException message becomes the error. */
    <T> Optional<T> parsed(String key, String what, Function<String, T> parser) {
        return string(key).map(v -> {
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException e) {
                throw error(key, "expected " + what + ", got '" + v + "'"
                        + (e.getMessage() == null ? "" : " (" + Errors.plain(e) + ")"));
            }
        });
    }

    /** A whole number within bounds. */
    Optional<Integer> integer(String key, int min, int max) {
        return string(key).map(v -> {
            try {
                int i = Integer.parseInt(v);
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(key, "expected a whole number from " + min + " to " + max + ", got '" + v + "'");
        });
    }

    /** A duration such as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
    Optional<Duration> duration(String key) {
        return string(key).map(v -> {
            Matcher m = DURATION.matcher(v);
            if (!m.matches()) {
                throw error(key, "expected a duration such as 500ms, 30s, 5m or 1h, got '" + v + "'");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        });
    }

    /** One of a fixed set of words, compared without case. */
    Optional<String> choice(String key, String... allowed) {
        return string(key).map(v -> {
            for (String a : allowed) {
                if (a.equalsIgnoreCase(v)) {
                    return a;
                }
            }
            throw error(key, "expected one of " + String.join(", ", allowed) + ", got '" + v + "'");
        });
    }

    /** A file or directory name, relative to the configuration file's directory. */
    Optional<Path> path(String key) {
        return string(key).map(v -> {
            try {
                return file.toAbsolutePath().getParent().resolve(v).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw error(key, "not a valid path: '" + v + "'");
            }
        });
    }

    /** A list of values ({@code [a, b]} or one per line with {@code -}); a single value is a list of one. */
    List<String> strings(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode) {
            return List.of(string(key).orElseThrow());
        }
        if (!(node.get() instanceof SequenceNode seq)) {
            throw wrongType(key, node.get(), "a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw new UsageException(at(line(item)) + qualified(key) + ": every item must be a single value");
            }
            out.add(s.getValue().strip());
        }
        return List.copyOf(out);
    }

    /** A list of values, each converted by a parser. */
    <T> List<T> parsedList(String key, String what, Function<String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String v : strings(key)) {
            try {
                out.add(parser.apply(v));
            } catch (IllegalArgumentException e) {
                throw error(key, "expected " + what + ", got '" + v + "'");
            }
        }
        return List.copyOf(out);
    }

    /** An error about a key of this section, with its line. */
    UsageException error(String key, String problem) {
        NodeTuple t = entries.get(key);
        return new UsageException(at(t == null ? line : line(t.getValueNode())) + qualified(key) + ": " + problem);
    }

    /** An error about this section as a whole. */
    UsageException error(String problem) {
        return new UsageException(at(line) + (path.isEmpty() ? "" : path + ": ") + problem);
    }

    /** The configuration file. */
    Path file() {
        return file;
    }

    /** The dotted name of a key of this section, as in {@code listen.tls.key}. */
    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<Node> value(String key) {
        NodeTuple t = entries.get(key);
        return t == null || isNull(t.getValueNode()) ? Optional.empty() : Optional.of(t.getValueNode());
    }

    private UsageException wrongType(String key, Node n, String expected) {
        return error(key, "expected " + expected + ", found a " + kind(n));
    }

    private static String kind(Node n) {
        return n instanceof MappingNode ? "mapping" : n instanceof SequenceNode ? "list" : "single value";
    }

    private String where() {
        return path.isEmpty() ? "" : path + ": ";
    }

    private String at(int l) {
        return file + (l > 0 ? ":" + l : "") + ": ";
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag()) && s.getValue().isBlank();
    }

    private static int line(Node n) {
        return n == null ? 0 : n.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
