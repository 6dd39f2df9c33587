package library

// ObserveTransactions makes f be told when each write transaction takes
// the write lock (done false) and lets it go (done true), until the
// returned function is called.
func ObserveTransactions(f func(op string, done bool)) (stop func()) {
	txObserver = f
	return func() { txObserver = nil }
}
