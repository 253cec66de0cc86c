package bot

import (
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/stretchr/testify/assert"
)

func TestSetBaseURL(t *testing.T) {
	t.Cleanup(func() { SetBaseURL("https://discord.com") })
	tests := []struct {
		base string
		api  string
	}{
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080/api/v9/"},
		{"https://proxy.example/discord/", "https://proxy.example/discord/api/v9/"},
		{"https://discord.com", "https://discord.com/api/v9/"},
	}
	for _, tc := range tests {
		t.Run(tc.base, func(t *testing.T) {
			SetBaseURL(tc.base)
			assert.Equal(t, tc.api, discordgo.EndpointAPI)
			// Every endpoint the bot uses follows, including the function
			// endpoints that read the strings at call time.
			assert.Equal(t, tc.api+"gateway", discordgo.EndpointGateway, "Session.Open asks this for the gateway address")
			assert.Equal(t, tc.api+"gateway/bot", discordgo.EndpointGatewayBot)
			assert.Equal(t, tc.api+"interactions/1/tok/callback", discordgo.EndpointInteractionResponse("1", "tok"))
			assert.Equal(t, tc.api+"webhooks/42/tok/messages/@original", discordgo.EndpointInteractionResponseActions("42", "tok"))
			assert.Equal(t, tc.api+"webhooks/42/tok", discordgo.EndpointFollowupMessage("42", "tok"))
			assert.Equal(t, tc.api+"applications/42/commands", discordgo.EndpointApplicationGlobalCommands("42"))
			assert.Equal(t, tc.api+"applications/42/guilds/7/commands", discordgo.EndpointApplicationGuildCommands("42", "7"))
			assert.Equal(t, tc.api+"channels/5", discordgo.EndpointChannel("5"))
			assert.Equal(t, tc.api+"users/@me", discordgo.EndpointUser("@me"))
		})
	}
}
