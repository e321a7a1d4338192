/**
 * The client's internals: reading responses, the in-memory pending store, TransactionIDs, telling transport
 * failures apart. Not API: exported only to the test kit ({@code io.lorawanbi.testkit}).
 */
@NullMarked
package io.lorawanbi.client.internal;

import org.jspecify.annotations.NullMarked;
