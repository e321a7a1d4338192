package io.lorawanbi.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code bi} command-line tool: {@code demo}, {@code serve}, {@code check}, {@code lint}. Errors
 * are one line on standard error (a stack trace only with {@code --verbose}). Exit status: 0 success,
 * 1 a required rule or a message failed, 2 the command could not run.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "usage: bi COMMAND [OPTIONS]",
            "  " + DemoCommand.USAGE,
            "  " + ServeCommand.USAGE,
            "  " + CheckCommand.USAGE,
            "  " + LintCommand.USAGE,
            "  add --verbose to any command for stack traces");

    private Main() {}

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
    }

    /** Runs the tool and returns its exit status, without exiting. */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        boolean verbose = rest.contains("--verbose");
        try {
            return switch (command) {
                case "demo" -> DemoCommand.run(Args.parse(rest, Set.of(), Set.of()), out);
                case "serve" -> ServeCommand.run(Args.parse(rest, Set.of("devices", "port", "trust-sender", "ns-id"),
                        Set.of()), out);
                case "check" -> CheckCommand.run(Args.parse(rest, Set.of("sender-id", "join-eui", "dev-eui",
                        "unknown-dev-eui", "version", "sender-ns-id", "cert", "key", "ca", "token"),
                        Set.of("no-sender-check", "no-receiver-check", "home-ns-id-known")), out);
                case "lint" -> LintCommand.run(Args.parse(rest, Set.of(), Set.of()), in, out);
                default -> throw new UsageException("unknown command " + command + "\n" + USAGE);
            };
        } catch (UsageException e) {
            err.println("bi " + command + ": " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (RuntimeException e) {
            err.println("bi " + command + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + (verbose ? "" : " (--verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return 2;
        }
    }
}
