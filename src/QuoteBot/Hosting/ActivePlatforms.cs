namespace QuoteBot.Hosting;

/// <summary>Which platforms this run serves, as the settings decide (a token for a chat platform, <c>Bot:Console:Mode</c>).</summary>
public sealed record ActivePlatforms(bool Telegram, bool Discord, bool Console)
{
    /// <summary>
    /// Why a run with no platform is refused: it would serve <c>/healthz</c> forever and answer no one, which looks
    /// healthy to a container runtime.
    /// </summary>
    public const string NothingToDo =
        "Configuration error: nothing to do: no chat platform has a token and Bot:Console:Mode is 'off'. " +
        "Set Bot:Telegram:Token (Bot__Telegram__Token) or Bot:Discord:Token (Bot__Discord__Token), or Bot:Console:Mode to 'on'.";

    public bool None => !Telegram && !Discord && !Console;
}
