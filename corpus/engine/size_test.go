package engine_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sahilm/fuzzy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"factdesk/corpus"
	"factdesk/corpus/engine"
	"factdesk/corpus/synth"
)

// probeKind names a probe's kind for the figures: whosaid, when, howlong,
// fired.
func probeKind(p synth.Probe) string {
	switch {
	case p.Command == "whosaid":
		return "whosaid"
	case strings.HasPrefix(p.Q, "When"):
		return "when"
	case strings.HasPrefix(p.Q, "How long"):
		return "howlong"
	}
	return "fired"
}

// hit says whether a reply is what a reporter asking p wanted first: the
// right speaker, and the answer line holding the expected words.
func hit(gen *synth.Corpus, p synth.Probe, a corpus.Answer) bool {
	if !a.Found {
		return false
	}
	if p.Speaker != "" && a.Speaker != p.Speaker && a.Answer != p.Speaker && !gen.Right(p, a.Answer) {
		return false
	}
	return p.Answer == "" || strings.Contains(strings.ToLower(a.Answer), p.Answer)
}

// hitRates runs every probe and returns hit@1 per kind.
func hitRates(t testing.TB, e *engine.Engine, gen *synth.Corpus, probes []synth.Probe, verbose bool) map[string]float64 {
	rates, _ := timedRates(t, e, gen, probes, verbose)
	return rates
}

// timedRates is hitRates, and the time each probe took, by kind.
func timedRates(t testing.TB, e *engine.Engine, gen *synth.Corpus, probes []synth.Probe, verbose bool) (map[string]float64, map[string][]time.Duration) {
	ctx := context.Background()
	n, hits := map[string]int{}, map[string]int{}
	took := map[string][]time.Duration{}
	for _, p := range probes {
		var a corpus.Answer
		var err error
		t0 := time.Now()
		if p.Command == "whosaid" {
			a, err = e.WhoSaid(ctx, p.Q)
		} else {
			a, err = e.Ask(ctx, p.Q)
		}
		require.NoError(t, err, p.Q)
		k := probeKind(p)
		took[k] = append(took[k], time.Since(t0))
		n[k]++
		if hit(gen, p, a) {
			hits[k]++
		} else if verbose {
			if p.Command == "whosaid" {
				texts := make([]string, len(e.Corpus().Quotes))
				for i, q := range e.Corpus().Quotes {
					texts[i] = q.Text
				}
				if m := fuzzy.Find(p.Q, texts); len(m) > 0 {
					t.Logf("fuzzy: %q by %q", texts[m[0].Index], e.Corpus().Quotes[m[0].Index].Speaker)
				}
				t.Logf("answer quote %q", a.Quote)
			}
			t.Logf("miss %s: %q want %q/%q got found=%v %q speaker %q sugg %q", k, p.Q, p.Speaker, p.Answer, a.Found, a.Answer, a.Speaker, a.Suggestions)
		}
	}
	out := map[string]float64{}
	for k := range n {
		out[k] = float64(hits[k]) / float64(n[k])
	}
	return out, took
}

// TestSizeInvariance checks that answers do not depend on the corpus's
// size: hit@1 of every probe kind at the largest size may fall at most 2
// points below its hit@1 at 1,000 articles. CI runs 1,000 and 4,000;
// FACTDESK_SIZES="1000,10000,100000" runs others.
func TestSizeInvariance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several synthetic corpora")
	}
	sizes := []int{1000, 4000}
	if s := os.Getenv("FACTDESK_SIZES"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			require.NoError(t, err, "FACTDESK_SIZES")
			sizes = append(sizes, n)
		}
	}
	var base map[string]float64
	for _, n := range sizes {
		t.Run(fmt.Sprintf("articles=%d", n), func(t *testing.T) {
			gen := synth.Generate(synth.Options{Articles: n, Seed: 1})
			e, err := engine.Open(gen.FS, "synth", engine.Options{})
			require.NoError(t, err)
			rates := hitRates(t, e, gen, gen.Probes(400, 2), os.Getenv("FACTDESK_VERBOSE") != "")
			t.Logf("hit@1 at %d articles: %v", n, rates)
			assert.GreaterOrEqual(t, rates["whosaid"], 0.99, "whosaid hit@1")
			if base == nil {
				base = rates
				return
			}
			for k, r := range base {
				assert.GreaterOrEqualf(t, rates[k], r-0.02, "%s: hit@1 %.3f at %d articles, %.3f at the first size", k, rates[k], n, r)
			}
		})
	}
}

// TestOneMoreNameChangesNoAnswer adds to a synthetic corpus one article
// about a Mr Fire, as a large archive holds: "Who called for X to be
// fired?" must be answered as often as without him ("fired" is no slip
// of his name, and the quotation that calls for it needs no "call").
func TestOneMoreNameChangesNoAnswer(t *testing.T) {
	gen := synth.Generate(synth.Options{Articles: 400, Seed: 1})
	var fired []synth.Probe
	for _, p := range gen.Probes(200, 2) {
		if probeKind(p) == "fired" {
			fired = append(fired, p)
		}
	}
	base, err := engine.Open(gen.FS, "synth", engine.Options{})
	require.NoError(t, err)
	gen.FS["zzz_fire.txt"] = &fstest.MapFile{Data: []byte("Fire and Rasov talk by phone\n\n" +
		"US envoy Muvhi Fire spoke by phone with Kremlin aide Kuto Rasov on May 2, according to a transcript published by AP.\n\n" +
		"Rasov replied: \"We will continue the talks.\"\n\nFire said that Rasov will visit Moscow next week.\n")}
	more, err := engine.Open(gen.FS, "synth", engine.Options{})
	require.NoError(t, err)
	_, ok := more.Lookup("Muvhi Fire")
	require.True(t, ok, "the article names Mr Fire")
	want := hitRates(t, base, gen, fired, false)["fired"]
	assert.Greater(t, want, 0.9)
	assert.Equal(t, want, hitRates(t, more, gen, fired, false)["fired"])
}
