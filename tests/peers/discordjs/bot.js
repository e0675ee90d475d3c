'use strict';

// The Discord peer: a minimal bot on @discordjs/ws (gateway) and @discordjs/rest, answering the /quote (and /topic)
// slash commands with an interaction callback carrying a fixed embed and buttons. No intents, as QuoteBot: interactions
// come whatever the intents. Reads DISCORD_TOKEN and DISCORD_API (the REST root without the
// version, e.g. http://127.0.0.1:5000/api); the gateway URL is what GET /gateway/bot answers. Prints "ready" on READY.

const { REST } = require('@discordjs/rest');
const { WebSocketManager, WebSocketShardEvents } = require('@discordjs/ws');
const { GatewayDispatchEvents, InteractionType, Routes } = require('discord-api-types/v10');
const { discordCallback } = require('../quote.js');

const token = process.env.DISCORD_TOKEN;
if (!token) {
  console.error('DISCORD_TOKEN is not set');
  process.exit(2);
}

const api = process.env.DISCORD_API;
const rest = new REST(api ? { api, version: '10' } : { version: '10' }).setToken(token);
const manager = new WebSocketManager({ token, intents: 0, rest });

manager.on(WebSocketShardEvents.Ready, () => console.log('ready'));
manager.on(WebSocketShardEvents.Error, (error) => console.error(`gateway error: ${error.message}`));
manager.on(WebSocketShardEvents.Dispatch, (payload) => {
  if (payload.t !== GatewayDispatchEvents.InteractionCreate) {
    return;
  }

  const interaction = payload.d;
  if (interaction.type !== InteractionType.ApplicationCommand || !['quote', 'topic'].includes(interaction.data.name)) {
    return;
  }

  rest
    .post(Routes.interactionCallback(interaction.id, interaction.token), { body: discordCallback, auth: false })
    .catch((error) => console.error(`interaction ${interaction.id}: ${error.message}`));
});

manager.connect().catch((error) => {
  console.error(`could not connect: ${error.message}`);
  process.exit(1);
});
