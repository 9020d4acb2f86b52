// Command gen writes the embedded gazetteer data of package gazetteer.
//
// Run it through go generate in entity/gazetteer:
//
//	go generate ./entity/gazetteer
//
// It reads ../shared/data/admin-divisions (relative to the module root).
package main
