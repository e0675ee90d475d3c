# syntax=docker/dockerfile:1

# Build: restore on the project files first (a layer cached until they change), then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/QuoteBot.Core/QuoteBot.Core.csproj src/QuoteBot.Core/
COPY src/QuoteBot.Telegram/QuoteBot.Telegram.csproj src/QuoteBot.Telegram/
COPY src/QuoteBot.Discord/QuoteBot.Discord.csproj src/QuoteBot.Discord/
COPY src/QuoteBot.Digest/QuoteBot.Digest.csproj src/QuoteBot.Digest/
COPY src/QuoteBot.Storage/QuoteBot.Storage.csproj src/QuoteBot.Storage/
COPY src/QuoteBot.Cards/QuoteBot.Cards.csproj src/QuoteBot.Cards/
COPY src/QuoteBot/QuoteBot.csproj src/QuoteBot/
RUN dotnet restore src/QuoteBot/QuoteBot.csproj
COPY src/ src/
COPY quotes.json appsettings.json ./
RUN dotnet publish src/QuoteBot/QuoteBot.csproj -c Release -o /app --no-restore

# Run: the ASP.NET Core runtime (webhooks, health and metrics need it), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/data && chown app:app /app/data
# State (SQLite) lives here; mount a volume to keep it across upgrades.
VOLUME ["/app/data"]
# Tokens come only from the environment at run time (Bot__Telegram__Token, Bot__Discord__Token), never from the image.
ENV DOTNET_gcServer=0 \
    DOTNET_TieredPGO=1 \
    Bot__Health__Enabled=true \
    Bot__Http__Urls=http://0.0.0.0:8080 \
    Bot__Console__Mode=off
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "/app/QuoteBot.dll", "health", "http://127.0.0.1:8080"]
ENTRYPOINT ["dotnet", "/app/QuoteBot.dll"]
