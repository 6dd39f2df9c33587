package library

import "time"

// ObserveTransactions makes f be told of every write transaction, with how
// long it held the write lock, until the returned function is called.
func ObserveTransactions(f func(op string, took time.Duration)) (stop func()) {
	txObserver = f
	return func() { txObserver = nil }
}
