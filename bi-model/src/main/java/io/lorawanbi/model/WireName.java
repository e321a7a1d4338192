package io.lorawanbi.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON member name of a record component, exactly as the Backend Interfaces specification spells
 * it ({@code DevEUI}, {@code ULMetaData}, {@code ReportDevStatusBatery}).
 *
 * <p>The model carries the specification's member names because its validation reports name the
 * JSON member a fault concerns (see {@link io.lorawanbi.model.validation.MemberPath}). A codec emits
 * {@link #value()} and may also accept the {@link #aliases()} that real peers send.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface WireName {

    /** The canonical member name, as emitted. */
    String value();

    /** Other spellings that peers are known to send for the same member. */
    String[] aliases() default {};
}
