using System.Text.Json;
using PartnerBot.Core.Companies.JsonModels;
using PartnerBot.Core.Language;

namespace PartnerBot.Core.Companies;

/// <summary>The companies, organisations and places the articles name (<c>config/companies.json</c>), with lookups.</summary>
/// <remarks>
/// Matching folds case and diacritics, drops possessives and punctuation, and for <see cref="Find"/> also ignores
/// legal-form words ("Ltd", "Group", "Holding"). Read from a folder when the file is there, else from the copy embedded
/// in this assembly. Immutable and thread-safe once loaded.
/// </remarks>
public sealed partial class CompanyCatalog
{
    /// <summary>File name (also the logical name of the embedded copy).</summary>
    public const string FileName = "companies.json";

    private readonly Dictionary<string, Company> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Company> _byStrippedKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _placesByKey = new(StringComparer.Ordinal);
    private readonly List<(string Key, Company Company)> _companyKeys = [];
    private readonly Dictionary<Company, string[]> _keysByCompany = new(ReferenceEqualityComparer.Instance);
    private readonly MentionFinder _mentions;

    private CompanyCatalog(IReadOnlyList<Company> companies, IReadOnlyList<Place> places)
    {
        Companies = companies;
        Places = places;
        foreach (var company in companies)
        {
            foreach (var name in company.Names)
            {
                var key = NameKey.Of(name);
                if (key.Length == 0) continue;
                _byKey.TryAdd(key, company);
                _byStrippedKey.TryAdd(NameKey.Stripped(key), company);
                _companyKeys.Add((key, company));
            }
            _keysByCompany[company] = [.. company.Names.Select(NameKey.Of).Where(key => key.Length > 0).Distinct()];
        }
        foreach (var place in places)
        {
            foreach (var name in place.Names)
            {
                var key = NameKey.Of(name);
                if (key.Length > 0) _placesByKey.TryAdd(key, place);
            }
        }
        _mentions = new MentionFinder(companies, places);
    }

    /// <summary>Companies and organisations, sorted by canonical name.</summary>
    public IReadOnlyList<Company> Companies { get; }

    /// <summary>Places (cities, provinces, countries …), sorted by canonical name.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every (name or alias, company) pair, canonical names included, for query expansion.</summary>
    public IEnumerable<(string Alias, Company Company)> AllAliases =>
        Companies.SelectMany(company => company.Names.Select(name => (name, company)));

    /// <summary>Every (name or alias, place) pair, canonical names included ("杭州" → Hangzhou).</summary>
    public IEnumerable<(string Alias, Place Place)> AllPlaceAliases =>
        Places.SelectMany(place => place.Names.Select(name => (name, place)));

    /// <summary>Loads <c>companies.json</c> from <paramref name="folder"/>, or the embedded copy when it is not there.</summary>
    /// <exception cref="InvalidDataException">The file is not valid catalogue JSON (the message says why).</exception>
    public static CompanyCatalog Load(string? folder, CancellationToken cancellationToken) =>
        FromJson(ConfigFile.Read(folder, FileName, cancellationToken));

    /// <summary>Loads the copy embedded in this assembly.</summary>
    public static CompanyCatalog LoadEmbedded() => FromJson(ConfigFile.ReadEmbedded(FileName));

    /// <summary>Parses catalogue JSON (<c>{"companies":[{"name","aliases","description","kind","parent"}],"places":[…]}</c>).</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or an entry has no name.</exception>
    public static CompanyCatalog FromJson(string json)
    {
        JsonCatalog? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.JsonCatalog);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{FileName} is not valid JSON: {exception.Message}", exception);
        }
        if (file is null) throw new InvalidDataException($"{FileName} is empty.");

        var companies = file.Companies
            .Select(entry => new Company(
                RequireName(entry), Clean(entry.Aliases), entry.Description?.Trim() ?? "", entry.Kind?.Trim() ?? "company",
                string.IsNullOrWhiteSpace(entry.Parent) ? null : entry.Parent.Trim()))
            .OrderBy(company => company.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var places = file.Places
            .Select(entry => new Place(RequireName(entry), Clean(entry.Aliases), entry.Description?.Trim() ?? "", entry.Kind?.Trim() ?? "place"))
            .OrderBy(place => place.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CompanyCatalog(companies, places);
    }

    /// <summary>The company whose canonical name or alias is <paramref name="name"/>, ignoring case, diacritics, punctuation, possessives and legal-form words.</summary>
    public Company? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Of(name);
        if (key.Length == 0) return null;
        if (_byKey.TryGetValue(key, out var company)) return company;
        return _byStrippedKey.GetValueOrDefault(NameKey.Stripped(key));
    }

    /// <summary>The place whose name or alias is <paramref name="name"/> ("杭州" → Hangzhou).</summary>
    public Place? FindPlace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _placesByKey.GetValueOrDefault(NameKey.Of(name));
    }

    /// <summary>Companies and places named in <paramref name="tokens"/> (longest names first; Chinese names also inside longer Han runs).</summary>
    public IReadOnlyList<Mention> FindMentions(IReadOnlyList<Text.Token> tokens) => _mentions.Find(tokens);

    private static string RequireName(JsonEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Name)
            ? throw new InvalidDataException($"{FileName}: an entry has no \"name\".")
            : entry.Name.Trim();

    private static IReadOnlyList<string> Clean(List<string>? aliases) =>
        aliases is null ? [] : [.. aliases.Where(alias => !string.IsNullOrWhiteSpace(alias)).Select(alias => alias.Trim()).Distinct()];
}
