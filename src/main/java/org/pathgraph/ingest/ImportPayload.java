package org.pathgraph.ingest;

/** What {@code importContent} answers: the report of the import it ran. */
record ImportPayload(ImportReport report) {}
