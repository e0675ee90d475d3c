namespace QuoteBot.Fakes.Discord;

/// <summary>Documented Discord payloads for the fakes.</summary>
public static class FakePayloads
{
    public static string CommandInteraction(string id, string name = "quote", string token = "interaction-token-secret", string optionValue = "energy") => $$$"""
        {"id":"{{{id}}}","application_id":"1234","type":2,"token":"{{{token}}}","version":1,
         "guild_id":"77","channel_id":"88","locale":"en-US","app_permissions":"2048","context":0,
         "member":{"user":{"id":"5","username":"alice"},"permissions":"2048","nick":null},
         "data":{"id":"300","name":"{{{name}}}","type":1,
                 "options":[{"name":"topic","type":1,"options":[{"name":"name","type":3,"value":"{{{optionValue}}}"}]}]}}
        """;
}
