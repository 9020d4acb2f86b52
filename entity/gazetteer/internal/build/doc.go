// Package build turns the admin-division CSV files of ../shared/data/admin-divisions
// into the compact text form embedded by package gazetteer.
//
// The compact form is one division a line, sorted by code:
//
//	CODE,NAME
//
// where CODE is the short hierarchical code (2, 4, 6, 9 or 12 digits). The level
// follows from the code's length and the parent is the nearest shorter prefix
// present in the file. Placeholder rows (市辖区, 省直辖县级行政区划, 县) and the
// synthetic rows of the upstream scrape (a county or township named exactly like
// its parent) are dropped; their children are attached to the nearest kept
// ancestor.
package build
