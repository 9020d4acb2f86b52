//go:build !race

package gazetteer

// raceEnabled is true when the race detector slows everything down.
const raceEnabled = false
