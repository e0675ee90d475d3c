using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Fakes;

/// <summary>The Kestrel server on 127.0.0.1 (a free port) that hosts every fake of a run, and what the fakes share.</summary>
public static class LoopbackServer
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.UseWebSockets();
        return app;
    }

    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Reads a whole request body without copying it; the caller advances the reader with <see cref="PipeReader.AdvanceTo(SequencePosition)"/>.</summary>
    public static async Task<ReadOnlySequence<byte>> ReadBodyAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            if (read.IsCompleted || read.IsCanceled)
            {
                return read.Buffer;
            }

            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}
