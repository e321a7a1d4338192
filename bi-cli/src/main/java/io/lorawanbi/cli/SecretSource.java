package io.lorawanbi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a secret is kept: a file (its content without the trailing line break) or an environment
 * variable. A configuration never holds a secret inline, so it can be shown and committed. Only
 * {@link #read} sees the secret; {@link #toString()} names the source.
 *
 * @param file the file holding the secret, or empty
 * @param env the environment variable holding the secret, or empty
 */
record SecretSource(Optional<Path> file, Optional<String> env) {

    /** The largest secret file read, in bytes. */
    static final int MAX_FILE_BYTES = 16 * 1024;

    /**
     * Reads the keys {@code file: PATH} or {@code env: NAME} of a section, exactly one of them; the
     * caller refuses the section's other keys.
     */
    static SecretSource read(ConfigNode n) {
        Optional<Path> file = n.path("file");
        Optional<String> env = n.string("env");
        if (file.isPresent() == env.isPresent()) {
            throw n.error("give exactly one of file (a file holding the secret) or env (an environment variable)");
        }
        return new SecretSource(file, env);
    }

    /**
     * The secret.
     *
     * @throws UsageException naming the file or variable (never the secret) when it cannot be read or is empty
     */
    String read(Map<String, String> environment) {
        String secret;
        if (file.isPresent()) {
            Path f = file.get();
            try {
                if (Files.size(f) > MAX_FILE_BYTES) {
                    throw new UsageException(f + ": larger than " + MAX_FILE_BYTES + " bytes; a secret file holds one secret");
                }
                secret = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException(Errors.cannotRead(f, e));
            }
            secret = secret.endsWith("\r\n") ? secret.substring(0, secret.length() - 2)
                    : secret.endsWith("\n") ? secret.substring(0, secret.length() - 1) : secret;
            if (secret.isBlank()) {
                throw new UsageException(f + ": the secret file is empty");
            }
        } else {
            String name = env.orElseThrow();
            secret = environment.get(name);
            if (secret == null || secret.isBlank()) {
                throw new UsageException("the environment variable " + name + " is not set or empty");
            }
        }
        return secret;
    }

    @Override
    public String toString() {
        return file.map(f -> "file " + f).orElseGet(() -> "environment variable " + env.orElseThrow());
    }
}
