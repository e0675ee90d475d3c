'use strict';

// The one reply both peers send, shaped as QuoteBot shapes its answer to /quote (English UI): the same quote, the
// same attribution, topics and buttons, so the comparison sends messages of the same size and structure.

const quote = {
  id: 'q01',
  text: '保罗·格雷厄姆曾经说过的一句话，我认为它从未像它应该那样受到重视，那就是你要努力做到足智多谋。令人惊讶的是，如果你不断寻找解决眼前问题的新的攻击方法，你就能解决它。我认为这是生活中最重要的技能之一。',
  speaker: 'Sam Altman',
  event: 'Harvard Business School',
  date: '2024-05-01',
  topics: ['Resourcefulness', 'Startups'],
  firstTopic: 'resourcefulness',
};

// Another · Context · Same topic · Card, with the button data QuoteBot gives them.
const buttons = [
  { label: '🔄 Another', data: 'a' },
  { label: '📖 Context', data: `c:${quote.id}` },
  { label: '🏷 Same topic', data: `t:${quote.firstTopic}` },
  { label: '🖼 Card', data: `/card ${quote.id}` },
];

// Telegram: HTML with the quote in a block quote, one row of callback buttons and a Share row (inline query).
const telegram = {
  text:
    `<blockquote>${quote.text}</blockquote>\n` +
    `— ${quote.speaker} · ${quote.event} · ${quote.date} · <code>${quote.id}</code>\n` +
    `🏷 ${quote.topics.join(' · ')}`,
  options: {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    reply_markup: {
      inline_keyboard: [
        buttons.map((b) => ({ text: b.label, callback_data: b.data })),
        [{ text: '📤 Share', switch_inline_query: quote.id }],
      ],
    },
  },
};

// Discord: an interaction callback of type 4 (a message) with one embed and one row of secondary buttons, nobody mentioned.
const discordCallback = {
  type: 4,
  data: {
    embeds: [
      {
        description: quote.text,
        author: { name: quote.speaker },
        footer: { text: `${quote.event} · ${quote.date} · ${quote.id}` },
        fields: [{ name: 'Topics', value: quote.topics.join(' · '), inline: true }],
        timestamp: `${quote.date}T00:00:00+00:00`,
        color: 0x5865f2,
      },
    ],
    components: [
      { type: 1, components: buttons.map((b) => ({ type: 2, label: b.label, custom_id: `qb:${b.data}`, style: 2 })) },
    ],
    allowed_mentions: { parse: [] },
  },
};

module.exports = { telegram, discordCallback };
