/**
 * The client's internals: reading responses, the in-memory pending store, TransactionIDs. Not API.
 */
@NullMarked
package io.lorawanbi.client.internal;

import org.jspecify.annotations.NullMarked;
