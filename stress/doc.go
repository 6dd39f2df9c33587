// Package stress holds Margin's reliability tests. They build the margin
// binary and run it as a person's scripts would: many processes writing to
// one library at once, some of them killed with SIGKILL at random moments,
// and then check that the library is intact and that every write a process
// reported as saved is there.
//
// By default the tests run in a reduced form that takes seconds; with
// MARGIN_STRESS=full (make stress) they run at full size and print a final
// line with the counts.
package stress
