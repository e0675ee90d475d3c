'use strict';

// The Telegram peer: a minimal grammY bot as its documentation shows one, long polling with bot.start() (updates
// handled one after another, grammY's default), answering /quote (and /topic, which the load tool alternates with it)
// with a fixed reply. Reads TELEGRAM_TOKEN and TELEGRAM_API_ROOT (grammY's client.apiRoot);
// prints "ready" once polling starts (getMe and deleteWebhook answered).

const { Bot } = require('grammy');
const { telegram } = require('../quote.js');

const token = process.env.TELEGRAM_TOKEN;
if (!token) {
  console.error('TELEGRAM_TOKEN is not set');
  process.exit(2);
}

const apiRoot = process.env.TELEGRAM_API_ROOT;
const bot = new Bot(token, apiRoot ? { client: { apiRoot } } : undefined);

bot.command(['quote', 'topic'], (ctx) => ctx.reply(telegram.text, telegram.options));
bot.on('callback_query:data', (ctx) => ctx.answerCallbackQuery());
bot.catch((err) => console.error(`update ${err.ctx.update.update_id} failed: ${err.error}`));

bot.start({ onStart: () => console.log('ready') });
