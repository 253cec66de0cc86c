//go:build race

package engine_test

// raceEnabled: the race detector makes loading several times slower, so
// the budget tests scale their sizes down and their budgets up.
const raceEnabled = true
