/**
 * The typed, immutable, validated model of the LoRaWAN Backend Interfaces (TS002) 1.0 and 1.1.
 *
 * <p>Packages: {@code io.lorawanbi.model} (identifiers and codes), {@code .message} (every message),
 * {@code .object} (nested objects), {@code .validation} (version groups, constraints, member paths).
 * The model depends on the Jakarta Validation API only. Its rules run without a provider through
 * {@code io.lorawanbi.model.validation.MessageRules}, code generated from the constraints at build
 * time; a Jakarta Validation provider (such as Hibernate Validator) runs the same constraints.
 */
module io.lorawanbi.model {
    requires transitive jakarta.validation;
    requires static transitive org.jspecify;

    exports io.lorawanbi.model;
    exports io.lorawanbi.model.message;
    exports io.lorawanbi.model.object;
    exports io.lorawanbi.model.validation;

    // A validation provider reads the records and instantiates the constraint validators reflectively.
    opens io.lorawanbi.model;
    opens io.lorawanbi.model.message;
    opens io.lorawanbi.model.object;
    opens io.lorawanbi.model.validation;
    opens io.lorawanbi.model.internal;
}
