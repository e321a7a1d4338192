/**
 * The conformance suite of the HomeNSReq answering role: named rules ({@code required_…},
 * {@code optional_…}) citing sections of docs/reference.md, a plain-Java runner and its report, and
 * the targets it runs against (an in-process server or a live HTTP(S) endpoint).
 */
@NullMarked
package io.lorawanbi.testkit.conformance;

import org.jspecify.annotations.NullMarked;
