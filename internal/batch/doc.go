// Package batch runs civicnews over many pages: it gathers the inputs
// (files, directories walked with a glob filter, standard input, list
// files), splits them into shards by a hash of their path, parses them with
// a pool of workers over the one shared parser, and writes one JSON record a
// line (JSONL) in input order, so that an interrupted run can be resumed
// from its own output.
//
// A [Record] holds the page's path, the SHA-256 of its bytes, its size, and
// either the parsed document or an error. A page that cannot be read,
// decoded or is too large becomes a record with an error; it never stops
// the run.
//
// The package backs examples/newsbatch and the Beam pipeline in
// examples/beam, which writes the same records.
package batch
