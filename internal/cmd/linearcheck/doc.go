// Command linearcheck checks that layout and the whole flow take time
// linear in the size of pathological input: one long line, a million tiny
// lines, runs of marks, text without punctuation that is full of places and
// officials. For each input it times 1 MB and 8 MB (the process's CPU time,
// best of several readings) and fails when 8 MB takes more than a generous
// multiple of 1 MB: a quadratic step gives 64×, linear work 8×.
//
// It is a program rather than a test because a timing check inside the unit
// suite is flaky on a shared machine by nature. .ci/run runs it; a failing
// input is measured again up to -tries times before the program gives up,
// so that one disturbed reading does not fail CI.
//
//	go run ./internal/cmd/linearcheck [-tries 3] [-only layout|parse]
package main
