using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnerBot.Teams;

/// <summary>Writes the Teams app package (the zip users upload to Teams): <c>manifest.json</c>, <c>color.png</c>, <c>outline.png</c>.</summary>
/// <remarks>
/// The template is <c>config/teams/manifest.json</c> (embedded in this assembly; a folder with the same three files
/// can replace it). <c>{{APP_ID}}</c> becomes the bot's Microsoft App ID (used as both the Teams app id and the
/// bot id, which Teams allows) and <c>{{VERSION}}</c> the package version; Teams only accepts an upload of an
/// existing app when the version has gone up.
/// </remarks>
public static partial class TeamsPackageBuilder
{
    private const string ResourcePrefix = "PartnerBot.Teams.Package.";
    private static readonly string[] s_files = ["manifest.json", "color.png", "outline.png"];

    /// <summary>Writes the package to <paramref name="outputZip"/> (replacing it) and returns the manifest written.</summary>
    /// <param name="appId">Microsoft App ID (GUID) of the Azure Bot.</param>
    /// <param name="outputZip">Path of the zip to write; its folder is created if needed.</param>
    /// <param name="version">Package version, <c>MAJOR.MINOR.PATCH</c>.</param>
    /// <param name="templateDirectory">Folder with manifest.json, color.png and outline.png to use instead of the built-in ones.</param>
    /// <exception cref="ArgumentException">The app id or version is malformed.</exception>
    public static string Write(string appId, string outputZip, string version = "1.0.0", string? templateDirectory = null)
    {
        if (!Guid.TryParse(appId, out var id))
        {
            throw new ArgumentException($"'{appId}' is not a Microsoft App ID; pass the GUID shown on the Azure Bot's Configuration page.", nameof(appId));
        }
        if (!SemVer().IsMatch(version))
        {
            throw new ArgumentException($"'{version}' is not a version like 1.0.0.", nameof(version));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(outputZip);

        var template = Encoding.UTF8.GetString(Read("manifest.json", templateDirectory));
        var manifestText = template.Replace("{{APP_ID}}", id.ToString("D"), StringComparison.Ordinal)
            .Replace("{{VERSION}}", version, StringComparison.Ordinal);
        if (manifestText.Contains("{{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The manifest template has a placeholder other than {{APP_ID}} and {{VERSION}}.");
        }
        var manifest = JsonNode.Parse(manifestText) ?? throw new InvalidOperationException("The manifest template is empty.");
        var pretty = manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var folder = Path.GetDirectoryName(Path.GetFullPath(outputZip));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var temp = outputZip + ".tmp";
        using (var stream = File.Create(temp))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var name in s_files)
            {
                var bytes = name == "manifest.json" ? Encoding.UTF8.GetBytes(pretty) : Read(name, templateDirectory);
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                using var entryStream = entry.Open();
                entryStream.Write(bytes);
            }
        }
        File.Move(temp, outputZip, overwrite: true);
        return pretty;
    }

    private static byte[] Read(string name, string? templateDirectory)
    {
        if (templateDirectory is not null) return File.ReadAllBytes(Path.Combine(templateDirectory, name));
        using var resource = typeof(TeamsPackageBuilder).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Embedded {name} is missing from {typeof(TeamsPackageBuilder).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"^\d{1,4}\.\d{1,4}\.\d{1,4}$")]
    private static partial Regex SemVer();
}
