//go:build !unix

package testutil

import "testing"

// TimingLock does nothing where file locks are not available.
func TimingLock(t testing.TB) {}
