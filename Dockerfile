# syntax=docker/dockerfile:1
# Build: SDK image restores and publishes; run: the small ASP.NET-free runtime image as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props Bot.sln ./
COPY src/QuoteBot.Core/QuoteBot.Core.csproj src/QuoteBot.Core/
COPY src/QuoteBot.Digest/QuoteBot.Digest.csproj src/QuoteBot.Digest/
COPY src/QuoteBot.Storage/QuoteBot.Storage.csproj src/QuoteBot.Storage/
COPY src/QuoteBot/QuoteBot.csproj src/QuoteBot/
RUN dotnet restore src/QuoteBot/QuoteBot.csproj
COPY src/ src/
COPY quotes.json appsettings.json ./
RUN dotnet publish src/QuoteBot/QuoteBot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Tokens come from the environment (Bot__Telegram__Token, Bot__Discord__Token), never from the image.
ENV DOTNET_gcServer=0
# The SQLite state (Bot:Storage:DataDirectory, default /app/data) must survive the container: mount a volume there.
RUN mkdir -p /app/data && chown app:app /app/data
VOLUME /app/data
USER app
ENTRYPOINT ["dotnet", "QuoteBot.dll"]
