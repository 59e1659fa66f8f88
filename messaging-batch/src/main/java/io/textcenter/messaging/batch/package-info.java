/**
 * The bulk-send batch job's artifacts (Jakarta Batch): read the recipients, queue their texts in chunks, hold the job's
 * lease, and restart jobs whose instance went down. Thin: what a recipient gets and when is the core's bulk package.
 */
package io.textcenter.messaging.batch;
