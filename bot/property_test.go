package bot

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"factdesk/corpus/engine"
)

// seedQuestion is one entry of testdata/seeds-questions.yaml (a copy of
// ../shared/eval/seeds-questions.yaml).
type seedQuestion struct {
	Command string `yaml:"command"`
	Q       string `yaml:"q"`
}

func seedEngine(t *testing.T) *engine.Engine {
	t.Helper()
	e, err := engine.OpenDir("", engine.Options{})
	require.NoError(t, err)
	return e
}

// commandInteraction builds a slash command interaction with string options.
func commandInteraction(id, name string, opts map[string]string) *discordgo.Interaction {
	d := discordgo.ApplicationCommandInteractionData{ID: "5" + id, Name: name}
	for k, v := range opts {
		d.Options = append(d.Options, &discordgo.ApplicationCommandInteractionDataOption{Name: k, Type: discordgo.ApplicationCommandOptionString, Value: v})
	}
	return &discordgo.Interaction{ID: id, AppID: "4242", Type: discordgo.InteractionApplicationCommand, Token: "tok-" + id,
		Member: &discordgo.Member{User: &discordgo.User{ID: "9001"}}, Data: d}
}

// assertResponseFits checks every Discord limit on a whole response.
func assertResponseFits(t *testing.T, s sent) {
	t.Helper()
	require.NotNil(t, s.Resp.Data)
	assert.LessOrEqual(t, Len(s.Resp.Data.Content), MaxContent)
	assert.LessOrEqual(t, len(s.Resp.Data.Embeds), 10)
	total := 0
	for _, e := range s.Resp.Data.Embeds {
		assertFits(t, e)
		total += EmbedLen(e)
	}
	assert.LessOrEqual(t, total, MaxEmbedTotal, "all embeds of a message together")
	assert.Contains(t, s.JSON, `"allowed_mentions":{"parse":[]}`)
	for _, ch := range s.Resp.Data.Choices {
		assert.LessOrEqual(t, Len(ch.Name), MaxChoiceName)
	}
}

func seedQuestions(t *testing.T) []seedQuestion {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "seeds-questions.yaml"))
	require.NoError(t, err)
	var qs []seedQuestion
	require.NoError(t, yaml.Unmarshal(raw, &qs))
	require.NotEmpty(t, qs)
	return qs
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

// TestSeedQuestionsFitDiscord asks every seed question through the bot
// over the real engine: whatever the engine answers, the reply fits.
func TestSeedQuestionsFitDiscord(t *testing.T) {
	qs := seedQuestions(t)
	b := testBot(seedEngine(t))
	for n, q := range qs {
		t.Run(q.Command+" "+q.Q, func(t *testing.T) {
			var opts map[string]string
			switch q.Command {
			case "ask":
				opts = map[string]string{"question": q.Q}
			case "whosaid":
				opts = map[string]string{"quote": q.Q}
			case "quotes":
				opts = map[string]string{"speaker": q.Q}
			default:
				t.Skipf("command %q is not a slash command", q.Command)
			}
			s := dispatch(t, b, commandInteraction(strconv.Itoa(n), q.Command, opts))
			assert.Equal(t, discordgo.InteractionResponseChannelMessageWithSource, s.Resp.Type)
			require.Len(t, s.Resp.Data.Embeds, 1)
			assertResponseFits(t, s)
		})
	}
}

func TestSeedCorpusCommands(t *testing.T) {
	e := seedEngine(t)
	b := testBot(e)
	st := e.Stats()

	s := dispatch(t, b, loadInteraction(t, "sources.json"))
	assertResponseFits(t, s)
	src := embedOf(t, s)
	assert.Equal(t, "5 articles in the corpus", src.Title)
	titles := articleTitles(e.Corpus())
	for _, a := range e.Sources() {
		switch {
		case a.URL == "" && titles[a.File] != "":
			assert.Contains(t, allText(src), "“"+Escape(titles[a.File])+"”", "an article without an address is named by its headline")
			assert.NotContains(t, allText(src), a.File)
		case a.URL == "":
			assert.Contains(t, allText(src), "`"+a.File+"`", "an article with neither is named by its file")
		default:
			assert.Contains(t, allText(src), "("+a.URL+")", "an article with an address is linked")
		}
	}

	s = dispatch(t, b, loadInteraction(t, "about.json"))
	assert.Contains(t, allText(embedOf(t, s)), "5 articles")

	for _, typed := range []string{"", "wit", "ushk", strings.Repeat("x", 200)} {
		i := loadInteraction(t, "quotes_autocomplete.json")
		d := i.Data.(discordgo.ApplicationCommandInteractionData)
		d.Options[0].Value = typed
		i.Data = d
		s := dispatch(t, b, i)
		assert.LessOrEqual(t, len(s.Resp.Data.Choices), MaxChoices)
		for _, c := range s.Resp.Data.Choices {
			assert.LessOrEqual(t, Len(c.Name), MaxChoiceName)
		}
	}
	if st.Quotes == 0 {
		t.Log("the seed corpus has no quotations yet: quotation checks skipped")
		return
	}
	q := e.Corpus().Quotes[0]
	if q.Speaker != "" {
		s := dispatch(t, b, commandInteraction("77", "quotes", map[string]string{"speaker": q.Speaker}))
		assertResponseFits(t, s)
		assert.Contains(t, embedOf(t, s).Title, "Quotations of ")
	}
}
