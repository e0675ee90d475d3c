using Microsoft.Extensions.Options;
using QuoteBot.Cards;

namespace QuoteBot.Hosting;

/// <summary><see cref="CardOptions.Validate"/>, checked by code generated at compile time (no reflection).</summary>
[OptionsValidator]
internal sealed partial class CardOptionsValidator : IValidateOptions<CardOptions>;
