package io.lorawanbi.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a numeric member that real peers also send as a JSON string of decimal digits: Helium sent
 * {@code DedupWindowSize} as a number in one version and as a string ({@code "DedupWindowSize":"200"})
 * in another (docs/reference.md §3.2 "PRStartReq" and §6.4). A codec accepts both forms for such a
 * member and emits a number; every other numeric member must be a JSON number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface NumericString {
}
