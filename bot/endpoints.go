package bot

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// SetBaseURL points discordgo's REST endpoints at base (discord.base_url:
// "https://discord.com", a REST proxy, or a test server). discordgo
// computes its endpoint strings once at init from EndpointDiscord, so each
// derived string is recomputed here; the function endpoints (interaction
// callbacks, webhooks, commands) read these strings at call time. The
// gateway address follows too: Session.Open asks GET EndpointGateway.
//
// These are package variables: set them before opening any session, not
// while one is sending.
func SetBaseURL(base string) {
	d := discordgo.EndpointDiscord
	if base != "" {
		d = strings.TrimRight(base, "/") + "/"
	}
	discordgo.EndpointDiscord = d
	api := d + "api/v" + discordgo.APIVersion + "/"
	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = api + "guilds/"
	discordgo.EndpointChannels = api + "channels/"
	discordgo.EndpointUsers = api + "users/"
	discordgo.EndpointGateway = api + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = api + "webhooks/"
	discordgo.EndpointStickers = api + "stickers/"
	discordgo.EndpointStageInstances = api + "stage-instances"
	discordgo.EndpointSKUs = api + "skus"
	discordgo.EndpointVoice = api + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = api + "/sticker-packs"
	discordgo.EndpointGuildCreate = api + "guilds"
	discordgo.EndpointApplications = api + "applications"
	discordgo.EndpointOAuth2 = api + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
}
