package bot

import (
	"bytes"
	"encoding/json"

	"github.com/bwmarrin/discordgo"
)

// discordgo writes MessageAllowedMentions with "replied_user":false; the
// wire form is exactly {"parse":[]}: nothing may ping. Quotation marks in
// user text are escaped in JSON, so this byte sequence cannot come from a
// string value.
var (
	gotMentions  = []byte(`"allowed_mentions":{"parse":[],"replied_user":false}`)
	wantMentions = []byte(`"allowed_mentions":{"parse":[]}`)
)

// Wire is the JSON Discord receives for resp: allowed_mentions exactly
// {"parse":[]}, and an autocomplete result as its choices alone (an empty
// list included, which discordgo would leave out).
func Wire(resp *discordgo.InteractionResponse) ([]byte, error) {
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		choices := []*discordgo.ApplicationCommandOptionChoice{}
		if resp.Data != nil && resp.Data.Choices != nil {
			choices = resp.Data.Choices
		}
		return json.Marshal(struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data struct {
				Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
			} `json:"data"`
		}{Type: resp.Type, Data: struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		}{choices}})
	}
	b, err := json.Marshal(resp)
	if err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(b, gotMentions, wantMentions), nil
}

// WireEdit is the JSON of a follow-up edit, with the same mentions rule.
func WireEdit(e *discordgo.WebhookEdit) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(b, gotMentions, wantMentions), nil
}

// wireSession sends through a discordgo session (its REST client, rate
// limits and base URL) but writes the bodies in the wire form above.
type wireSession struct{ s *discordgo.Session }

var (
	_ Responder   = wireSession{}
	_ FollowUpper = wireSession{}
)

func (w wireSession) InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error {
	body, err := Wire(resp)
	if err != nil {
		return err
	}
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err = w.s.RequestWithBucketID("POST", endpoint, json.RawMessage(body), endpoint, options...)
	return err
}

func (w wireSession) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error) {
	body, err := WireEdit(e)
	if err != nil {
		return nil, err
	}
	endpoint := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	resp, err := w.s.RequestWithBucketID("PATCH", endpoint, json.RawMessage(body), discordgo.EndpointWebhookToken("", ""), options...)
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	if len(resp) > 0 {
		if err := json.Unmarshal(resp, &m); err != nil {
			return nil, err
		}
	}
	return &m, nil
}
