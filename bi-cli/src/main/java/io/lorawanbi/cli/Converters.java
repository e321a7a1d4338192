package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the protocol's identifiers, with the parser's own reason as the error. */
final class Converters {

    private Converters() {}

    /** Registers the converters on a command line and the subcommands it already has. */
    static void register(CommandLine cl) {
        cl.registerConverter(NetID.class, plain(NetID::parse));
        cl.registerConverter(EUI64.class, plain(EUI64::parse));
    }

    /** A converter whose IllegalArgumentException becomes picocli's "Invalid value" with the reason alone. */
    static <T> ITypeConverter<T> plain(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "': " + Errors.plain(e));
            }
        };
    }
}
