using Microsoft.AspNetCore.Routing;

namespace QuoteBot.Core.Hosting;

/// <summary>
/// An endpoint some part needs (a webhook, health), mapped with the bot's own service provider. The host runs its HTTP
/// server only when at least one part registered one.
/// </summary>
public sealed record HttpEndpointRegistration(string Name, Action<IEndpointRouteBuilder, IServiceProvider> Map);
