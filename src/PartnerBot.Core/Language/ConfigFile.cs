using System.Reflection;

namespace PartnerBot.Core.Language;

/// <summary>Reads a configuration table from a folder, falling back to the copy embedded in this assembly.</summary>
/// <remarks>
/// The tables under <c>config/</c> are embedded at build time (see PartnerBot.Core.csproj), so a published binary
/// answers without the folder; a file in the folder wins, so the tables can be regenerated or edited without a rebuild.
/// </remarks>
internal static class ConfigFile
{
    /// <summary>The text of <paramref name="fileName"/>: from <paramref name="folder"/> when it is there, else embedded.</summary>
    public static string Read(string? folder, string fileName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!string.IsNullOrEmpty(folder))
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        return ReadEmbedded(fileName);
    }

    /// <summary>The embedded copy of <paramref name="fileName"/> (its logical name is the bare file name).</summary>
    public static string ReadEmbedded(string fileName)
    {
        using var stream = typeof(ConfigFile).Assembly.GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{fileName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
