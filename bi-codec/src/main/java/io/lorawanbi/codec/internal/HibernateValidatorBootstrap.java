package io.lorawanbi.codec.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bootstraps Hibernate Validator as the codec uses it when asked to
 * ({@code BiCodec.Builder.hibernateValidator()}): with {@code ParameterMessageInterpolator}, so no
 * expression-language implementation is needed, and without its start-up banner in the host's log.
 * Hibernate Validator is an optional dependency of the codec: this class is the only one that refers
 * to it, and it is loaded only when that option is chosen.
 */
public final class HibernateValidatorBootstrap {

    /**
     * Hibernate Validator announces its version at INFO on first bootstrap. Where the host has not set
     * a level for that one logger (through java.util.logging, jboss-logging's fallback), it is raised
     * to WARNING so that embedding the codec prints nothing. The reference keeps the logger, and so
     * the level, alive.
     */
    private static final java.util.logging.Logger HV_VERSION_LOGGER =
            java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private HibernateValidatorBootstrap() {}

    /**
     * A new Hibernate Validator validator.
     *
     * @throws IllegalStateException if Hibernate Validator is not on the class or module path
     */
    public static Validator validator() {
        try {
            if (HV_VERSION_LOGGER.getLevel() == null) {
                HV_VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
            }
            return Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("hibernateValidator() needs org.hibernate.validator:hibernate-validator"
                    + " on the class or module path (an optional dependency of bi-codec); without it, use the"
                    + " generated rules (the default) or pass a validator with validator(Validator)", e);
        }
    }
}
