/**
 * The Backend Interfaces client and the store of its pending asynchronous requests.
 */
@NullMarked
package io.lorawanbi.client;

import org.jspecify.annotations.NullMarked;
