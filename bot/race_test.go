//go:build race

package bot

// raceEnabled: the race detector slows each interaction tenfold and keeps
// shadow memory of its own, so heap figures mean nothing under it.
const raceEnabled = true
