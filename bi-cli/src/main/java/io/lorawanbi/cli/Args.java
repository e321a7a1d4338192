package io.lorawanbi.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The options and operands of one command: {@code --name value} pairs (repeatable) and the rest. */
final class Args {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();
    private final boolean verbose;

    private Args(boolean verbose) {
        this.verbose = verbose;
    }

    /**
     * Parses the arguments after the command name.
     *
     * @param known the options that take a value
     * @param flags the options that take none
     */
    static Args parse(List<String> args, Set<String> known, Set<String> flags) {
        Args out = new Args(args.contains("--verbose"));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--verbose")) {
                continue;
            }
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                if (flags.contains(name)) {
                    out.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                    continue;
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                out.options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
            } else {
                out.operands.add(a);
            }
        }
        return out;
    }

    boolean verbose() {
        return verbose;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        List<String> values = options.get(name);
        if (values != null && values.size() > 1) {
            throw new UsageException("--" + name + " is given more than once");
        }
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    List<String> operands() {
        return operands;
    }

    /** Converts an option's text, with a clear message when it does not parse. */
    static <T> T convert(String name, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + " " + value + ": " + e.getMessage());
        }
    }
}
