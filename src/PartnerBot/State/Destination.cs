namespace PartnerBot.State;

/// <summary>Where facts are posted: a Discord channel or a Teams conversation.</summary>
/// <param name="Platform">"discord" or "teams".</param>
/// <param name="Id">Discord channel id or Teams conversation id.</param>
public sealed record Destination(string Platform, string Id)
{
    public const string Discord = "discord";
    public const string Teams = "teams";

    public override string ToString() => Platform + ":" + Id;
}
