package io.lorawanbi.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member that is emitted even when it is empty, where every other optional member is omitted
 * when absent or empty: {@code KEKLabel}, which every studied peer emits as {@code ""} for a plain key
 * (docs/reference.md §3.3 "KeyEnvelope"), and {@code GWInfo} of ULMetaData and DLMetaData, which
 * ChirpStack cannot decode when missing or {@code null} and so is emitted as {@code []}
 * (docs/reference.md §3.3 "ULMetaData", "DLMetaData"). The model never holds such a member as
 * {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface AlwaysEmitted {
}
