# syntax=docker/dockerfile:1

# Build: the Native AOT executable. Restore on the project files first (a layer cached until they change), then publish.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The native compiler links with clang; zlib is linked in. tzdata: the zones the runtime image lacks (copied below).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang zlib1g-dev tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Build.props src/
COPY src/QuoteBot.Core/QuoteBot.Core.csproj src/QuoteBot.Core/
COPY src/QuoteBot.Telegram/QuoteBot.Telegram.csproj src/QuoteBot.Telegram/
COPY src/QuoteBot.Discord/QuoteBot.Discord.csproj src/QuoteBot.Discord/
COPY src/QuoteBot.Digest/QuoteBot.Digest.csproj src/QuoteBot.Digest/
COPY src/QuoteBot.Storage/QuoteBot.Storage.csproj src/QuoteBot.Storage/
COPY src/QuoteBot.Cards/QuoteBot.Cards.csproj src/QuoteBot.Cards/
COPY src/QuoteBot/QuoteBot.csproj src/QuoteBot/
RUN dotnet restore src/QuoteBot/QuoteBot.csproj -r linux-x64 -p:PublishAot=true
COPY src/ src/
COPY quotes.json appsettings.json ./
RUN dotnet publish src/QuoteBot/QuoteBot.csproj -c Release -r linux-x64 -p:PublishAot=true -o /app --no-restore
# What the runtime image has no shell to make: the state folder (owned by the app user there) and the IANA zones
# TimeZoneInfo reads (Bot:TimeZone, the digest's local times), without the leap-second "right/" copies.
RUN mkdir -p /volume/data /tz \
    && cp -a /usr/share/zoneinfo /tz/zoneinfo \
    && rm -rf /tz/zoneinfo/right

# Run: no .NET runtime needed, only the native libraries it links against (glibc, OpenSSL, libstdc++); no shell, no
# ICU, no tzdata; the image's non-root user "app".
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime
WORKDIR /app
COPY --from=build /tz/zoneinfo /usr/share/zoneinfo
# The executable, the native libraries it loads (cards, SQLite, Discord signatures), its corpus and settings, and the
# licence of the font built into it; not the symbols (.dbg, .pdb) or the API docs (.xml) the publish leaves next to it.
COPY --from=build /app/QuoteBot /app/libSkiaSharp.so /app/libHarfBuzzSharp.so /app/libe_sqlite3.so /app/libsodium.so /app/quotes.json /app/appsettings.json /app/CardFont-OFL.txt ./
COPY --from=build --chown=app:app /volume/ /app/
# State (SQLite) lives here; mount a volume to keep it across upgrades.
VOLUME ["/app/data"]
# Tokens come only from the environment at run time (Bot__Telegram__Token, Bot__Discord__Token), never from the image.
# The runtime settings (workstation GC) are the executable's own, chosen in src/QuoteBot/QuoteBot.csproj.
ENV Bot__Health__Enabled=true \
    Bot__Http__Urls=http://0.0.0.0:8080 \
    Bot__Console__Mode=off
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/app/QuoteBot", "health", "http://127.0.0.1:8080"]
ENTRYPOINT ["/app/QuoteBot"]
