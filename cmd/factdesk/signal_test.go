package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// TestMain lets a test run this test binary as factdesk itself, to send it
// real signals.
func TestMain(m *testing.M) {
	if os.Getenv("FACTDESK_TEST_AS_MAIN") == "1" {
		os.Args = append([]string{"factdesk"}, os.Args[1:]...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// bigCorpus writes a generated corpus that takes a while to load.
func bigCorpus(t *testing.T, articles int) string {
	t.Helper()
	dir := t.TempDir()
	g := synth.Generate(synth.Options{Articles: articles, Seed: 13})
	for name, f := range g.FS {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), f.Data, 0o600))
	}
	return dir
}

func TestCtrlCMidLoadExits130WithinASecond(t *testing.T) {
	dir := bigCorpus(t, 1000)
	exe, err := os.Executable()
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
		code int
		msg  string
	}{
		{"Ctrl-C", syscall.SIGINT, 130, "factdesk: interrupted\n"},
		{"SIGTERM", syscall.SIGTERM, 143, "factdesk: stopped (SIGTERM)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(exe, "sources", "--corpus", dir)
			cmd.Env = append(os.Environ(), "FACTDESK_TEST_AS_MAIN=1")
			var out, errw bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errw
			require.NoError(t, cmd.Start())
			busy(t, cmd.Process.Pid, 200*time.Millisecond) // well into loading: the corpus takes seconds
			sent := time.Now()
			require.NoError(t, cmd.Process.Signal(tc.sig))
			err := cmd.Wait()
			took := time.Since(sent)
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "stderr: %s", errw.String())
			assert.Equal(t, tc.code, ee.ExitCode())
			assert.Less(t, took, 1500*time.Millisecond, "stops within about a second (grace 0.8 s)")
			assert.Empty(t, out.String(), "nothing half-done is printed")
			assert.Equal(t, tc.msg, errw.String())
		})
	}
}

// busy waits until process pid has used cpu more processor time than
// when it was called (Linux /proc), so a signal lands in its work, not its
// start-up, however slow the machine or the race detector makes it.
func busy(t *testing.T, pid int, cpu time.Duration) {
	t.Helper()
	start := cpuOf(t, pid)
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if cpuOf(t, pid)-start >= cpu {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the process never got busy")
}

func cpuOf(t *testing.T, pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Skipf("no /proc to watch the process: %v", err)
	}
	// Fields after the command name: state is 3rd; utime, stime 14th, 15th.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// SIGTERM to `factdesk serve` while a SIGHUP reload of a large corpus
// runs: the process exits cleanly well within its shutdown grace.
func TestServeSigtermMidReload(t *testing.T) {
	serveEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32)})
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"),
		[]byte("Envoy and aide spoke\n\nThe envoy said the talks went well and that a second call would follow next week.\n"), 0o600))
	exe, err := os.Executable()
	require.NoError(t, err)
	cmd := exec.Command(exe, "serve", "--http", "127.0.0.1:0", "--corpus", dir)
	cmd.Env = append(os.Environ(), "FACTDESK_TEST_AS_MAIN=1")
	var errw lockedBuffer
	cmd.Stderr = &errw
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	addr := waitFor(t, &errw, regexp.MustCompile(`listening on (127\.0\.0\.1:\d+)`))
	require.Eventually(t, func() bool {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 20*time.Second, 20*time.Millisecond, "the first corpus loads")

	// The folder grows large, and a reload starts on it.
	g := synth.Generate(synth.Options{Articles: 1000, Seed: 5})
	for name, f := range g.FS {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), f.Data, 0o600))
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGHUP))
	busy(t, cmd.Process.Pid, 200*time.Millisecond)
	sent := time.Now()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	err = cmd.Wait()
	assert.NoError(t, err, "a clean stop: %s", errw.String())
	assert.Less(t, time.Since(sent), serveGrace)
	assert.Less(t, time.Since(sent), reloadStopWait+2*time.Second, "the reload is abandoned, not waited for")
	assert.NotContains(t, errw.String(), "corpus reloaded")
}

func TestRunWithCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errw bytes.Buffer
	err := run(ctx, []string{"sources", "--corpus", bigCorpus(t, 20)}, &out, &errw)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, 130, exitCode(err))
	assert.Empty(t, out.String())
}

// SIGTERM during a reload: the reload is abandoned, the old corpus stays,
// and stopping does not wait for the reload to finish.
func TestSigtermMidReloadKeepsOldCorpus(t *testing.T) {
	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	dir := bigCorpus(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	var log lockedBuffer
	stop := reloadOnHUP(ctx, e, dir, slog.New(slog.NewTextHandler(&log, nil)))
	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
	time.Sleep(50 * time.Millisecond) // the reload is under way: it takes seconds
	cancel()                          // what SIGTERM does to serve's context
	began := time.Now()
	stop()
	assert.Less(t, time.Since(began), reloadStopWait+time.Second)
	assert.Equal(t, 5, e.Stats().Articles, "the seeds are still served")
	assert.Equal(t, engine.SeedsName, e.Name())
	time.Sleep(100 * time.Millisecond)
	assert.NotContains(t, log.String(), "corpus reloaded")
	assert.Regexp(t, "reload abandoned|left behind", log.String())
}

func TestServeSaysLoadingUntilReady(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	stop := serveLoading(ln, slog.New(slog.DiscardHandler))
	for _, path := range []string{"/healthz", "/interactions"} {
		t.Run(path, func(t *testing.T) {
			resp, err := http.Get("http://" + ln.Addr().String() + path)
			require.NoError(t, err)
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
			assert.Equal(t, "loading\n", string(b))
		})
	}
	stop()
	t.Run("the listener is handed on open", func(t *testing.T) {
		srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ready") })}
		go srv.Serve(ln)
		defer srv.Close()
		resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
		require.NoError(t, err)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, "ready", string(b))
	})
}

func TestServePortIsSaidAtWarnLevel(t *testing.T) {
	serveEnv(t, map[string]string{"DISCORD_PUBLIC_KEY": "ab" + string(bytes.Repeat([]byte("ab"), 31)), "FACTDESK_LOG_LEVEL": "warn"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var log lockedBuffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--http", "127.0.0.1:0"}, io.Discard, &log) }()
	addr := waitFor(t, &log, regexp.MustCompile(`listening on (127\.0\.0\.1:\d+)`))
	assert.NotEqual(t, "127.0.0.1:0", addr)
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// In gateway mode metrics.listen is bound before the corpus loads, as
// --http is: /healthz says "loading" there meanwhile, and a port taken by
// something else fails at once, naming the setting.
func TestServeGatewayMetricsSayLoading(t *testing.T) {
	free, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := free.Addr().String()
	require.NoError(t, free.Close())
	serveEnv(t, map[string]string{"DISCORD_TOKEN": "not-a-real-token", "DISCORD_BASE_URL": "http://127.0.0.1:1",
		"FACTDESK_METRICS_ADDR": addr})
	dir := bigCorpus(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve", "--corpus", dir}, io.Discard, io.Discard) }()
	var status int
	var body string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err != nil {
			continue // not bound yet
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		status, body = resp.StatusCode, string(b)
		break
	}
	assert.Equal(t, http.StatusServiceUnavailable, status, "the corpus of 2,000 articles takes seconds to load")
	assert.Equal(t, "loading\n", body)
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}

	t.Run("a taken port fails at once", func(t *testing.T) {
		taken, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		defer taken.Close()
		t.Setenv("FACTDESK_METRICS_ADDR", taken.Addr().String())
		err = run(context.Background(), []string{"serve"}, io.Discard, io.Discard)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "metrics.listen "+taken.Addr().String())
	})
}
