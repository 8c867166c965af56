namespace PartnerBot.Core.Companies;

/// <summary>A place the articles name, with its other names (Chinese names such as 杭州 for Hangzhou).</summary>
/// <param name="Name">Canonical English name.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Description">One neutral line.</param>
/// <param name="Kind">city, province, region, country or district.</param>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, string Description, string Kind)
{
    /// <summary>The canonical name followed by the aliases.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
