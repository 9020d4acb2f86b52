//go:build unix

package testutil

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TimingLock holds a lock shared by every test process of the project
// while a timing check runs, so that go test, which runs packages in
// parallel, never runs two of them at once. It releases the lock when the
// test ends.
func TimingLock(t testing.TB) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "civicnews-timing.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Logf("no timing lock: %v", err)
		return
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Logf("no timing lock: %v", err)
		f.Close()
		return
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
